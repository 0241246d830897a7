"""The demo institute: its details, sections, series, topics, people and projects.

All texts are invented for the demo. Each entry carries its English ("en") and
Hebrew ("he") texts side by side; slugs are shared by both languages.
"""

# --- the institute -----------------------------------------------------------------

INSTITUTE = {
    "en": {
        "name": "Institute for Policy and Strategy",
        "short_name": "IPS",
        "tagline": "Independent research on national security and foreign policy",
        "address": "18 Hamechkar Street, Ramat Aviv\nTel Aviv 6997801\nIsrael",
        "phone": "+972-3-555-0142",
        "fax": "+972-3-555-0143",
        "email": "info@ips.example.org",
    },
    "he": {
        "name": "המכון למדיניות ואסטרטגיה",
        "short_name": "IPS",
        "tagline": "מחקר עצמאי בתחומי הביטחון הלאומי ומדיניות החוץ",
        "address": "רחוב המחקר 18, רמת אביב\nתל אביב 6997801",
        "phone": "03-5550142",
        "fax": "03-5550143",
        "email": "info@ips.example.org",
    },
}

SITE_NAME = "IPS"

HOME = {
    "en": {
        "title": "Institute for Policy and Strategy",
        "tagline": "Research that informs decisions on Israel's national security",
        "intro": (
            "The Institute for Policy and Strategy is an independent research institute. Its researchers "
            "study the strategic challenges facing Israel and the region and put practical recommendations "
            "before decision-makers and the public."
        ),
    },
    "he": {
        "title": "המכון למדיניות ואסטרטגיה",
        "tagline": "מחקר שמסייע לקבלת החלטות בביטחון הלאומי של ישראל",
        "intro": (
            "המכון למדיניות ואסטרטגיה הוא מכון מחקר עצמאי. חוקריו בוחנים את האתגרים האסטרטגיים "
            "העומדים בפני ישראל והאזור, ומציגים למקבלי ההחלטות ולציבור המלצות מעשיות."
        ),
    },
}

# --- images -----------------------------------------------------------------------
# Palettes are (gradient top, gradient bottom, accent, highlight) as RGB.

LEAD_IMAGES = {
    "map-levant": {
        "style": "map",
        "palette": [(22, 58, 96), (14, 34, 60), (196, 176, 132), (242, 120, 75)],
        "title": "Eastern Mediterranean (illustration)",
        "alt": "Stylised map of the eastern Mediterranean coast with cities joined by orange lines",
        "credit": "Illustration: IPS graphics desk",
    },
    "map-gulf": {
        "style": "map",
        "palette": [(16, 84, 98), (8, 40, 52), (214, 190, 140), (250, 204, 70)],
        "title": "The Gulf (illustration)",
        "alt": "Stylised map of the Gulf region with shipping routes between ports",
        "credit": "Illustration: IPS graphics desk",
    },
    "map-north": {
        "style": "map",
        "palette": [(40, 70, 52), (20, 36, 30), (150, 140, 100), (230, 80, 70)],
        "title": "Northern border region (illustration)",
        "alt": "Stylised map of a hilly border region with marked positions joined by red lines",
        "credit": "Illustration: IPS graphics desk",
    },
    "orbs-dusk": {
        "style": "orbs",
        "palette": [(40, 30, 90), (12, 16, 40), (120, 110, 230), (240, 130, 190)],
        "title": "Dusk (abstract)",
        "alt": "Abstract composition of overlapping translucent circles in blue and violet",
        "credit": "Photo: IPS archive",
    },
    "orbs-desert": {
        "style": "orbs",
        "palette": [(222, 170, 110), (120, 70, 40), (250, 220, 170), (190, 90, 50)],
        "title": "Desert light (abstract)",
        "alt": "Abstract composition of warm sand-coloured circles over an ochre background",
        "credit": "Photo: IPS archive",
    },
    "grid-cyber": {
        "style": "grid",
        "palette": [(10, 22, 40), (4, 8, 18), (40, 160, 140), (120, 250, 200)],
        "title": "Network (abstract)",
        "alt": "Grid of glowing green cells and circuit-like lines on a dark background",
        "credit": "Illustration: IPS graphics desk",
    },
    "waves-sea": {
        "style": "waves",
        "palette": [(70, 130, 180), (10, 40, 80), (200, 230, 250), (120, 190, 230)],
        "title": "Sea lanes (abstract)",
        "alt": "Layered wave lines over a deep blue gradient, evoking the open sea",
        "credit": "Photo: IPS archive",
    },
    "bars-economy": {
        "style": "bars",
        "palette": [(235, 238, 242), (190, 200, 212), (60, 80, 110), (220, 90, 50)],
        "title": "Budget lines (abstract)",
        "alt": "Abstract bar chart shaped like a city skyline, with an orange trend line",
        "credit": "Illustration: IPS graphics desk",
    },
    "rays-dawn": {
        "style": "rays",
        "palette": [(30, 20, 50), (90, 40, 40), (240, 150, 80), (255, 210, 120)],
        "title": "Dawn (abstract)",
        "alt": "Rays spreading from a low orange sun over a dark horizon",
        "credit": "Photo: IPS archive",
    },
}

# The people's placeholder portraits ("{name}" is the person's English name).
PORTRAIT = {
    "title": "Portrait of {name}",
    "alt": "Illustrated portrait of {name}",
    "credit": "Photo: IPS archive",
}

PDF = {
    "title": "Artificial Intelligence and National Security: full report (PDF)",
    "filename": "ips-ai-national-security.pdf",
    "heading": "Artificial Intelligence and National Security",
    "lines": [
        "A Framework for Israel",
        "Special Publication, Institute for Policy and Strategy, 2023",
        "",
        "This file is a placeholder generated for the demonstration site.",
    ],
}

# --- top-level sections ---------------------------------------------------------------
# Built under each home in this order; "model" is resolved by the builder.

SECTIONS = [
    {
        "slug": "publications",
        "model": "publications.PublicationIndexPage",
        "en": {"title": "Publications", "intro": "Analyses, policy papers, memoranda and the Institute's journal."},
        "he": {"title": "פרסומים", "intro": "ניתוחים, מסמכי מדיניות, מזכרים וכתב העת של המכון."},
    },
    {
        "slug": "events",
        "model": "events.EventIndexPage",
        "en": {
            "title": "Events",
            "intro": "Conferences, lectures and briefings where our researchers meet decision-makers and the public.",
        },
        "he": {
            "title": "אירועים",
            "intro": "כנסים, הרצאות ותדריכים שבהם חוקרי המכון נפגשים עם מקבלי החלטות ועם הציבור.",
        },
    },
    {
        "slug": "topics",
        "model": "topics.TopicIndexPage",
        "en": {"title": "Research Topics", "intro": "The arenas and questions our researchers follow."},
        "he": {"title": "תחומי מחקר", "intro": "הזירות והשאלות שבהן עוסקים חוקרי המכון."},
    },
    {
        "slug": "projects",
        "model": "projects.ProjectIndexPage",
        "en": {
            "title": "Research Projects",
            "intro": "Multi-year projects that bring researchers together around one question.",
        },
        "he": {"title": "פרויקטים מחקריים", "intro": "פרויקטים רב-שנתיים המרכזים חוקרים סביב שאלה אחת."},
    },
    {
        "slug": "team",
        "model": "people.TeamIndexPage",
        "en": {"title": "Team", "intro": "Researchers, fellows and staff of the Institute."},
        "he": {"title": "צוות", "intro": "החוקרים, העמיתים והצוות של המכון."},
    },
    {
        "slug": "media",
        "model": "media.MediaIndexPage",
        "en": {"title": "Media", "intro": "The Institute's researchers in the press, on radio and TV, and on video."},
        "he": {"title": "תקשורת", "intro": "חוקרי המכון בעיתונות, ברדיו ובטלוויזיה, ובווידאו."},
        # Each sub-section lists its own items; Media lists them all, with a type filter.
        "children": [
            {
                "slug": "articles",
                "en": {"title": "Articles", "intro": "Articles and op-eds by our researchers in other outlets."},
                "he": {"title": "מאמרים", "intro": "מאמרים ומאמרי דעה של חוקרי המכון בכלי תקשורת אחרים."},
            },
            {
                "slug": "quotes",
                "en": {"title": "Quotes", "intro": "Our researchers quoted in news reports."},
                "he": {"title": "ציטוטים", "intro": "חוקרי המכון מצוטטים בכתבות חדשות."},
            },
            {
                "slug": "radio-and-tv",
                "en": {"title": "Radio and TV", "intro": "Interviews and studio appearances."},
                "he": {"title": "רדיו וטלוויזיה", "intro": "ראיונות והופעות באולפנים."},
            },
            {
                "slug": "videos",
                "en": {"title": "Video Gallery", "intro": "Talks and briefings by the Institute, with transcripts."},
                "he": {"title": "גלריית וידאו", "intro": "הרצאות ותדריכים של המכון, עם תמלול."},
            },
            {
                "slug": "press-releases",
                "en": {"title": "Press Releases", "intro": "Announcements for the press."},
                "he": {"title": "הודעות לעיתונות", "intro": "הודעות המכון לתקשורת."},
            },
        ],
    },
    {
        "slug": "about",
        "model": "standardpages.StandardPage",
        "en": {
            "title": "About",
            "intro": "An independent institute for research and policy analysis on national security.",
            "body": [
                (
                    "p",
                    "The Institute for Policy and Strategy was founded in 2009 by former civil servants, officers "
                    "and academics who believed that Israel's security debate needed a place where evidence comes "
                    "before positions. Its research is non-partisan, and its conclusions are its researchers' own.",
                ),
                ("h2", "What we do"),
                (
                    "p",
                    "The Institute publishes short analyses of current events, policy papers with recommendations, "
                    "in-depth memoranda and a peer-reviewed journal. It holds closed round tables for officials "
                    "and public conferences, and briefs the Knesset's committees on request.",
                ),
            ],
        },
        "he": {
            "title": "אודות",
            "intro": "מכון עצמאי למחקר ולניתוח מדיניות בתחומי הביטחון הלאומי.",
            "body": [
                (
                    "p",
                    "המכון למדיניות ואסטרטגיה נוסד ב-2009 בידי אנשי שירות המדינה, קצינים ואנשי אקדמיה "
                    "שסברו כי הדיון הביטחוני בישראל זקוק למקום שבו הראיות קודמות לעמדות. המחקר במכון "
                    "אינו מפלגתי, ומסקנותיו הן של החוקרים עצמם.",
                ),
                ("h2", "מה אנחנו עושים"),
                (
                    "p",
                    "המכון מפרסם ניתוחים קצרים של אירועים שוטפים, מסמכי מדיניות ובהם המלצות, מזכרים "
                    "מעמיקים וכתב עת שפיט. הוא מקיים שולחנות עגולים סגורים לבעלי תפקידים וכנסים פתוחים "
                    "לציבור, ומתדרך את ועדות הכנסת לבקשתן.",
                ),
            ],
        },
        "children": [
            {
                "slug": "vision-and-mission",
                "en": {
                    "title": "Vision and Mission",
                    "intro": "Why the Institute exists and what it aims to change.",
                    "body": [
                        (
                            "p",
                            "Our vision is a security policy that is debated openly, grounded in evidence and "
                            "measured against its results. Our mission is to give decision-makers timely, "
                            "rigorous analysis and to give the public the means to judge it.",
                        ),
                        (
                            "list",
                            "lettered",
                            [
                                "Research that is independent of any government body or political party.",
                                "Recommendations that can be carried out, with their costs stated.",
                                "An open dialogue with the public in Hebrew, English and Arabic.",
                            ],
                        ),
                    ],
                },
                "he": {
                    "title": "חזון ומטרות",
                    "intro": "מדוע המכון קיים ומה הוא מבקש לשנות.",
                    "body": [
                        (
                            "p",
                            "חזוננו הוא מדיניות ביטחון שנידונה בגלוי, נשענת על ראיות ונמדדת לפי תוצאותיה. "
                            "מטרתנו היא לספק למקבלי ההחלטות ניתוח מעמיק ובזמן, ולתת לציבור את הכלים לשפוט אותו.",
                        ),
                        (
                            "list",
                            "lettered",
                            [
                                "מחקר עצמאי שאינו תלוי בגוף ממשלתי או במפלגה.",
                                "המלצות ברות ביצוע, שעלותן מוצגת במפורש.",
                                "שיח פתוח עם הציבור בעברית, באנגלית ובערבית.",
                            ],
                        ),
                    ],
                },
            },
            {
                "slug": "history",
                "en": {
                    "title": "History",
                    "intro": "From a seminar room to a national research institute.",
                    "body": [
                        (
                            "p",
                            "The Institute began as a weekly seminar of a dozen researchers in a borrowed "
                            "university room. Its first policy paper, on missile defence for the home front, was "
                            "published in 2010 and cited in a State Comptroller's report two years later.",
                        ),
                        (
                            "p",
                            "In 2014 the Institute launched its journal, Strategic Assessment, and in 2019 it "
                            "moved to its present building in Ramat Aviv. Today it employs some forty researchers "
                            "and staff and hosts fellows from Israel and abroad.",
                        ),
                    ],
                },
                "he": {
                    "title": "היסטוריה",
                    "intro": "מחדר סמינרים למכון מחקר לאומי.",
                    "body": [
                        (
                            "p",
                            "המכון החל את דרכו כסמינר שבועי של תריסר חוקרים בחדר שהושאל מהאוניברסיטה. מסמך "
                            "המדיניות הראשון שלו, על הגנה מפני טילים בעורף, פורסם ב-2010 וצוטט בדוח מבקר "
                            "המדינה שנתיים לאחר מכן.",
                        ),
                        (
                            "p",
                            'ב-2014 השיק המכון את כתב העת "הערכה אסטרטגית", וב-2019 עבר לבניינו הנוכחי ברמת '
                            'אביב. כיום מועסקים בו כארבעים חוקרים ואנשי צוות, והוא מארח עמיתים מישראל ומחו"ל.',
                        ),
                    ],
                },
            },
            {
                "slug": "board",
                "en": {
                    "title": "Board of Directors",
                    "intro": "The public board that oversees the Institute's independence.",
                    "body": [
                        (
                            "p",
                            "The board approves the Institute's budget and research plan and appoints its "
                            "director. Board members serve without pay and take no part in the choice of "
                            "research findings.",
                        ),
                        (
                            "list",
                            "bulleted",
                            [
                                "Judge (ret.) Hannah Levinson, chair",
                                "Prof. Samuel Adler",
                                "Ms. Rana Khoury, CPA",
                                "Brig. Gen. (res.) Uri Navon",
                            ],
                        ),
                    ],
                },
                "he": {
                    "title": "הוועד המנהל",
                    "intro": "הוועד הציבורי המשגיח על עצמאות המכון.",
                    "body": [
                        (
                            "p",
                            "הוועד מאשר את תקציב המכון ואת תוכנית המחקר שלו וממנה את ראש המכון. חברי הוועד "
                            "משמשים בהתנדבות ואינם מתערבים בממצאי המחקר.",
                        ),
                        (
                            "list",
                            "bulleted",
                            [
                                "השופטת (בדימ') חנה לוינסון, יושבת ראש",
                                "פרופ' שמואל אדלר",
                                "רו\"ח ראנה ח'ורי",
                                "תא\"ל (במיל') אורי נבון",
                            ],
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": "contact",
        "model": "standardpages.ContactPage",
        "en": {
            "title": "Contact",
            "intro": "We are happy to hear from readers, journalists and researchers.",
            "body": [
                (
                    "p",
                    "Media enquiries are answered by the spokesperson's office on working days between 9:00 "
                    "and 17:00. Visitors to the library are asked to book a seat in advance.",
                ),
            ],
        },
        "he": {
            "title": "צור קשר",
            "intro": "נשמח לשמוע מקוראים, מעיתונאים ומחוקרים.",
            "body": [
                (
                    "p",
                    "פניות תקשורת נענות בלשכת הדוברת בימי עבודה בין 9:00 ל-17:00. מבקרים בספרייה "
                    "מתבקשים להזמין מקום מראש.",
                ),
            ],
        },
    },
    {
        "slug": "support-us",
        "model": "standardpages.StandardPage",
        "en": {
            "title": "Support Us",
            "intro": "The Institute's independence rests on the support of many.",
            "body": [
                (
                    "p",
                    "The Institute accepts no funding that comes with conditions on its research. Donations "
                    "from individuals and foundations fund fellowships, the journal and our public events.",
                ),
                (
                    "p",
                    "Donations in Israel are recognised for tax purposes under section 46 of the Income Tax "
                    "Ordinance. To discuss a gift, please write to our development office.",
                ),
            ],
        },
        "he": {
            "title": "תמכו בנו",
            "intro": "עצמאות המכון נשענת על תמיכתם של רבים.",
            "body": [
                (
                    "p",
                    "המכון אינו מקבל מימון המותנה בתוכן המחקר. תרומות של אנשים פרטיים ושל קרנות מממנות "
                    "מלגות עמיתים, את כתב העת ואת האירועים הפתוחים לציבור.",
                ),
                (
                    "p",
                    "תרומות בישראל מוכרות לצורכי מס לפי סעיף 46 לפקודת מס הכנסה. לשיחה על תרומה "
                    "אפשר לפנות למחלקת הפיתוח שלנו.",
                ),
            ],
        },
    },
    {
        "slug": "newsletter",
        "model": "newsletter.NewsletterPage",
        "en": {
            "title": "Newsletter",
            "intro": "The Institute's new research, events and recordings, in one email a month.",
            "body": [
                (
                    "p",
                    "Each issue brings the analyses and policy papers published since the last one, the coming "
                    "events and a short note from the research team. Choose the topics you follow, or receive "
                    "everything; English and Hebrew editions are separate, so pick the language you read.",
                ),
            ],
        },
        "he": {
            "title": "ניוזלטר",
            "intro": "המחקרים, האירועים וההקלטות החדשים של המכון, בדואר אחד בחודש.",
            "body": [
                (
                    "p",
                    "כל גיליון מביא את הניתוחים ומסמכי המדיניות שפורסמו מאז הגיליון הקודם, את האירועים "
                    "הקרובים ודבר קצר מצוות המחקר. בחרו את הנושאים שמעניינים אתכם, או קבלו הכול; "
                    "המהדורות בעברית ובאנגלית נפרדות, ולכן בחרו את השפה שבה אתם קוראים.",
                ),
            ],
        },
    },
]

# --- publication series ------------------------------------------------------------------
# "first_number" is the running number of the series' oldest demo publication.

SERIES = [
    {
        "slug": "insight",
        "first_number": 1102,
        "has_volumes": False,
        "en": {
            "title": "Insight",
            "intro": "Short, timely analyses of events as they unfold, with their implications for Israel.",
            "default_disclaimer": "The views in IPS Insight are the authors' alone and do not necessarily "
            "reflect those of the Institute.",
        },
        "he": {
            "title": "מבט על",
            "intro": "ניתוחים קצרים ועדכניים של אירועים בזמן התרחשותם, והשלכותיהם על ישראל.",
            "default_disclaimer": "הדעות המובעות בסדרת מבט על הן על דעת המחברים בלבד ואינן משקפות בהכרח את עמדת המכון.",
        },
    },
    {
        "slug": "policy-papers",
        "first_number": 41,
        "has_volumes": False,
        "en": {
            "title": "Policy Paper",
            "intro": "Policy options on a single question, weighed against each other, with recommendations.",
            "default_disclaimer": "IPS Policy Papers present the analysis and recommendations of their authors. "
            "The Institute takes no institutional position on matters of policy.",
        },
        "he": {
            "title": "מסמך מדיניות",
            "intro": "חלופות מדיניות בסוגיה אחת, נבחנות זו מול זו, ובצידן המלצות.",
            "default_disclaimer": "מסמכי המדיניות של המכון מציגים את ניתוחם ואת המלצותיהם של המחברים. "
            "המכון אינו נוקט עמדה מוסדית בשאלות מדיניות.",
        },
    },
    {
        "slug": "strategic-assessment",
        "first_number": 1,
        "has_volumes": True,
        "en": {
            "title": "Strategic Assessment",
            "intro": "The Institute's peer-reviewed quarterly journal of security and policy research.",
            "default_disclaimer": "Articles in Strategic Assessment are peer reviewed. Responsibility for their "
            "content lies with the authors alone.",
        },
        "he": {
            "title": "הערכה אסטרטגית",
            "intro": "כתב העת הרבעוני והשפיט של המכון לחקר ביטחון ומדיניות.",
            "default_disclaimer": "המאמרים בכתב העת הערכה אסטרטגית עוברים שיפוט עמיתים. האחריות לתוכנם "
            "מוטלת על המחברים בלבד.",
        },
    },
    {
        "slug": "memoranda",
        "first_number": 201,
        "has_volumes": False,
        "en": {
            "title": "Memorandum",
            "intro": "In-depth studies of a strategic question, based on extended research.",
            "default_disclaimer": "The Memoranda series publishes in-depth research. The opinions expressed are "
            "those of the authors.",
        },
        "he": {
            "title": "מזכר",
            "intro": "מחקרים מעמיקים בשאלה אסטרטגית, המבוססים על עבודת מחקר ממושכת.",
            "default_disclaimer": "סדרת המזכרים מפרסמת מחקרי עומק. הדעות המובעות בהם הן של המחברים.",
        },
    },
    {
        "slug": "special-publications",
        "first_number": 1,
        "has_volumes": False,
        "en": {
            "title": "Special Publication",
            "intro": "Annual assessments, conference proceedings and reports of the Institute's task forces.",
            "default_disclaimer": "Special Publications reflect the work of the Institute's research teams and "
            "do not represent the position of any government body.",
        },
        "he": {
            "title": "פרסום מיוחד",
            "intro": "הערכות שנתיות, סיכומי כנסים ודוחות של צוותי המשימה של המכון.",
            "default_disclaimer": "הפרסומים המיוחדים משקפים את עבודת צוותי המחקר של המכון ואינם מייצגים "
            "עמדה של גוף ממשלתי כלשהו.",
        },
    },
]

# --- topics -------------------------------------------------------------------------------------
# Groups (level 1) and topics (level 2) follow the reference taxonomy; the level-3
# sub-topics are the demo's own. Topic addresses are flat (/topics/<slug>/), so every
# slug is unique in the whole tree.


def _t(slug, en, he, en_intro, he_intro, children=()):
    return {
        "slug": slug,
        "en": {"title": en, "intro": en_intro},
        "he": {"title": he, "intro": he_intro},
        "children": list(children),
    }


TOPICS = [
    _t(
        "israel-and-the-global-powers",
        "Israel and the Global Powers",
        "ישראל בזירה הגלובלית",
        "Israel's relations with the powers that shape its strategic environment.",
        "יחסי ישראל עם המעצמות המעצבות את סביבתה האסטרטגית.",
        [
            _t(
                "israel-united-states",
                "Israel-United States Relations",
                "יחסי ישראל-ארצות הברית",
                "The alliance with Washington: aid, coordination and friction.",
                "הברית עם וושינגטון: סיוע, תיאום וחיכוכים.",
            ),
            _t(
                "israel-china",
                "Glazer Israel-China Policy Center",
                "מרכז גלייזר למדיניות ישראל-סין",
                "China's growing role in the Middle East and in Israel's economy.",
                "תפקידה הגובר של סין במזרח התיכון ובכלכלת ישראל.",
            ),
            _t(
                "russia",
                "Russia",
                "רוסיה",
                "Russian policy in the Middle East and its consequences for Israel.",
                "מדיניות רוסיה במזרח התיכון והשלכותיה על ישראל.",
                [
                    _t(
                        "war-in-ukraine",
                        "War in Ukraine",
                        "המלחמה באוקראינה",
                        "The war's course and its effects on the region and on Israel.",
                        "מהלך המלחמה והשפעותיה על האזור ועל ישראל.",
                    ),
                ],
            ),
            _t(
                "europe",
                "Europe",
                "אירופה",
                "The European Union and European states: trade, energy and diplomacy.",
                "האיחוד האירופי ומדינות אירופה: סחר, אנרגיה ודיפלומטיה.",
            ),
        ],
    ),
    _t(
        "iran-and-the-shiite-axis",
        "Iran and the Shi'ite Axis",
        "איראן והציר השיעי",
        "Iran and the network of allies and proxies it leads.",
        "איראן ורשת בעלות הברית והשלוחים שבראשה היא עומדת.",
        [
            _t(
                "iran",
                "Iran",
                "איראן",
                "The Islamic Republic's regional strategy, domestic politics and military build-up.",
                "האסטרטגיה האזורית של הרפובליקה האסלאמית, הפוליטיקה הפנימית שלה והתעצמותה הצבאית.",
                [
                    _t(
                        "nuclear-program",
                        "Nuclear Program",
                        "תוכנית הגרעין",
                        "Iran's nuclear programme, inspections and the diplomacy around them.",
                        "תוכנית הגרעין האיראנית, הפיקוח עליה והדיפלומטיה סביבה.",
                    ),
                    _t(
                        "iran-domestic-politics",
                        "Domestic Politics in Iran",
                        "הפוליטיקה הפנימית באיראן",
                        "Protest, succession and the economy inside the Islamic Republic.",
                        "מחאה, ירושה וכלכלה בתוך הרפובליקה האסלאמית.",
                    ),
                ],
            ),
            _t(
                "lebanon-and-hezbollah",
                "Lebanon and Hezbollah",
                "לבנון וחזבאללה",
                "Hezbollah's military power and its hold on the Lebanese state.",
                "עוצמתו הצבאית של חזבאללה ואחיזתו במדינה הלבנונית.",
            ),
            _t(
                "syria",
                "Syria",
                "סוריה",
                "Syria after the civil war: foreign forces, reconstruction and the new regime.",
                "סוריה שאחרי מלחמת האזרחים: כוחות זרים, שיקום והמשטר החדש.",
            ),
            _t(
                "yemen-and-the-houthis",
                "Yemen and the Houthi Movement",
                "תימן והחות'ים",
                "The Houthis' war in Yemen and their campaign against shipping and Israel.",
                "מלחמת החות'ים בתימן ומערכתם נגד השיט ונגד ישראל.",
            ),
            _t(
                "iraq-and-the-shiite-militias",
                "Iraq and the Iraqi Shiite Militias",
                "עיראק והמיליציות השיעיות העיראקיות",
                "Iraqi politics and the armed militias aligned with Tehran.",
                "הפוליטיקה העיראקית והמיליציות החמושות המזוהות עם טהרן.",
            ),
        ],
    ),
    _t(
        "conflict-to-agreements",
        "Conflict to Agreements",
        "מסכסוך להסדרים",
        "From the conflict with the Palestinians to peace and normalization in the region.",
        "מהסכסוך עם הפלסטינים ועד לשלום ולנורמליזציה באזור.",
        [
            _t(
                "israeli-palestinian-relations",
                "Israeli-Palestinian Relations",
                "יחסי ישראל-פלסטינים",
                "The Palestinian Authority, the West Bank and the prospects of an arrangement.",
                "הרשות הפלסטינית, יהודה ושומרון והסיכויים להסדר.",
            ),
            _t(
                "hamas-and-the-gaza-strip",
                "Hamas and the Gaza Strip",
                "רצועת עזה וחמאס",
                "Hamas, the war in Gaza and the question of the day after.",
                "חמאס, המלחמה ברצועה ושאלת היום שאחרי.",
                [
                    _t(
                        "gaza-reconstruction",
                        "Gaza Reconstruction",
                        "שיקום עזה",
                        "Governance, aid and rebuilding in the Gaza Strip.",
                        "ממשל, סיוע ובנייה מחדש ברצועת עזה.",
                    ),
                ],
            ),
            _t(
                "peace-and-normalization",
                "Peace Agreements and Normalization in the Middle East",
                "הסכמי שלום ונורמליזציה במזרח התיכון",
                "The Abraham Accords, the older peace treaties and what may follow.",
                "הסכמי אברהם, הסכמי השלום הוותיקים ומה שעשוי לבוא אחריהם.",
            ),
            _t(
                "saudi-arabia-and-the-gulf",
                "Saudi Arabia and the Gulf States",
                "סעודיה ומדינות המפרץ",
                "The Gulf monarchies' security, economies and regional diplomacy.",
                "הביטחון, הכלכלה והדיפלומטיה האזורית של מונרכיות המפרץ.",
                [
                    _t(
                        "red-sea-security",
                        "Red Sea Security",
                        "ביטחון בים האדום",
                        "Shipping, naval forces and threats in the Red Sea and Bab el-Mandeb.",
                        "שיט, כוחות ימיים ואיומים בים האדום ובמצר באב אל-מנדב.",
                    ),
                ],
            ),
            _t(
                "turkey",
                "Turkey",
                "טורקיה",
                "Turkish foreign policy and its relations with Israel.",
                "מדיניות החוץ של טורקיה ויחסיה עם ישראל.",
            ),
            _t(
                "egypt",
                "Egypt",
                "מצרים",
                "Egypt's stability, economy and role as a mediator.",
                "יציבותה של מצרים, כלכלתה ותפקידה כמתווכת.",
            ),
            _t(
                "jordan",
                "Jordan",
                "ירדן",
                "The Hashemite Kingdom, its stability and the long eastern border.",
                "הממלכה ההאשמית, יציבותה והגבול המזרחי הארוך.",
            ),
        ],
    ),
    _t(
        "national-security-policy",
        "Israel's National Security Policy",
        "מדיניות הביטחון הלאומי של ישראל",
        "The concepts, forces and society behind Israel's security.",
        "התפיסות, הכוחות והחברה העומדים מאחורי ביטחונה של ישראל.",
        [
            _t(
                "military-and-strategic-affairs",
                "Military and Strategic Affairs",
                "צבא ואסטרטגיה",
                "Force design, doctrine and the use of military power.",
                "בניין הכוח, תורת הלחימה והפעלת הכוח הצבאי.",
            ),
            _t(
                "societal-resilience",
                "Societal Resilience and the Israeli Society",
                "חוסן חברתי והחברה הישראלית",
                "How Israeli society absorbs shocks and recovers from them.",
                "כיצד החברה הישראלית סופגת זעזועים ומתאוששת מהם.",
            ),
            _t(
                "jewish-arab-relations",
                "Jewish-Arab Relations in Israel",
                "יחסי יהודים-ערבים בישראל",
                "Arab citizens of Israel, shared society and their place in national security.",
                "האזרחים הערבים בישראל, החברה המשותפת ומקומם בביטחון הלאומי.",
            ),
            _t(
                "climate-infrastructure-energy",
                "Climate, Infrastructure and Energy",
                "אקלים, תשתיות ואנרגיה",
                "Energy security, critical infrastructure and the security effects of climate change.",
                "ביטחון אנרגטי, תשתיות קריטיות והשפעות הביטחון של שינוי האקלים.",
                [
                    _t(
                        "natural-gas",
                        "Natural Gas",
                        "גז טבעי",
                        "Israel's gas fields, export routes and regional gas diplomacy.",
                        "שדות הגז של ישראל, נתיבי הייצוא ודיפלומטיית הגז האזורית.",
                    ),
                ],
            ),
            _t(
                "terrorism-and-low-intensity-conflict",
                "Terrorism and Low Intensity Conflict",
                "טרור ולוחמה בעצימות נמוכה",
                "Terrorist organisations and the long campaigns against them.",
                "ארגוני הטרור והמערכות הממושכות נגדם.",
            ),
        ],
    ),
    _t(
        "cross-arena-research",
        "Cross-Arena Research",
        "המחקר העל-זירתי",
        "Research that cuts across arenas: law, technology, economics and data.",
        "מחקר החוצה זירות: משפט, טכנולוגיה, כלכלה ונתונים.",
        [
            _t(
                "data-analytics",
                "Data Analytics Center",
                "המרכז לאיסוף וניתוח נתונים",
                "Surveys, datasets and quantitative analysis for security research.",
                "סקרים, מאגרי נתונים וניתוח כמותי לשירות מחקר הביטחון.",
            ),
            _t(
                "law-and-national-security",
                "Law and National Security",
                "משפט וביטחון לאומי",
                "International and domestic law in the conduct of security policy.",
                "המשפט הבין-לאומי והמשפט הפנימי בהפעלת מדיניות הביטחון.",
            ),
            _t(
                "advanced-technologies",
                "Advanced Technologies and National Security",
                "טכנולוגיות מתקדמות וביטחון לאומי",
                "Emerging technologies and how they change security.",
                "טכנולוגיות מתפתחות וכיצד הן משנות את הביטחון.",
                [
                    _t(
                        "cyber",
                        "Cyber",
                        "סייבר",
                        "Cyber attacks, cyber defence and the norms of cyberspace.",
                        "תקיפות סייבר, הגנת סייבר והנורמות במרחב המקוון.",
                    ),
                    _t(
                        "artificial-intelligence",
                        "Artificial Intelligence",
                        "בינה מלאכותית",
                        "AI in intelligence, weapons and decision-making.",
                        "בינה מלאכותית במודיעין, בחימוש ובקבלת החלטות.",
                    ),
                ],
            ),
            _t(
                "cognitive-warfare",
                "Cognitive Warfare",
                "לוחמה קוגניטיבית",
                "Influence campaigns, disinformation and the battle for public opinion.",
                "מערכות השפעה, דיסאינפורמציה והמאבק על דעת הקהל.",
            ),
            _t(
                "economics-and-national-security",
                "Economics and National Security",
                "כלכלה וביטחון לאומי",
                "Defence budgets, economic resilience and the cost of war.",
                "תקציב הביטחון, חוסן כלכלי ומחירה של המלחמה.",
            ),
        ],
    ),
]

# --- people -------------------------------------------------------------------------------------
# Invented researchers. "palette" draws the placeholder portrait.

PEOPLE = [
    {
        "slug": "gideon-tal",
        "email": "gideon.tal@ips.example.org",
        "palette": [(180, 196, 214), (90, 110, 140), (40, 50, 70), (214, 180, 150)],
        "expertise": ["military-and-strategic-affairs", "economics-and-national-security"],
        "en": {
            "title": "Gideon Tal",
            "role": "Director of the Institute",
            "bio": "Maj. Gen. (res.) Gideon Tal has headed the Institute since 2021. He served 34 years in the "
            "IDF, including as head of the Planning Directorate, and later as deputy national security "
            "adviser. He writes on force design and on the defence budget.",
        },
        "he": {
            "title": "גדעון טל",
            "role": "ראש המכון",
            "bio": "אלוף (מיל') גדעון טל עומד בראש המכון מאז 2021. הוא שירת 34 שנים בצה\"ל, בין השאר כראש "
            "אגף התכנון, ולאחר מכן כסגן ראש המטה לביטחון לאומי. הוא כותב על בניין הכוח ועל תקציב "
            "הביטחון.",
        },
    },
    {
        "slug": "dana-mizrahi",
        "email": "dana.mizrahi@ips.example.org",
        "palette": [(236, 214, 200), (170, 120, 110), (70, 40, 60), (200, 160, 130)],
        "expertise": ["iran", "nuclear-program", "lebanon-and-hezbollah"],
        "en": {
            "title": "Dana Mizrahi",
            "role": "Senior Research Fellow; Head of the Iran Program",
            "bio": "Dr. Dana Mizrahi studies Iran's regional strategy and its nuclear programme. She holds a "
            "PhD in Middle Eastern history and reads Persian sources daily. Before joining the Institute "
            "she spent a decade as an analyst in government service.",
        },
        "he": {
            "title": "דנה מזרחי",
            "role": "חוקרת בכירה; ראש התוכנית לחקר איראן",
            "bio": 'ד"ר דנה מזרחי חוקרת את האסטרטגיה האזורית של איראן ואת תוכנית הגרעין שלה. היא בעלת '
            "תואר דוקטור בהיסטוריה של המזרח התיכון וקוראת מקורות בפרסית מדי יום. לפני שהצטרפה "
            "למכון שימשה עשור כאנליסטית בשירות המדינה.",
        },
    },
    {
        "slug": "amir-ben-haim",
        "email": "amir.benhaim@ips.example.org",
        "palette": [(200, 210, 190), (100, 120, 90), (50, 60, 40), (210, 170, 140)],
        "expertise": ["military-and-strategic-affairs", "lebanon-and-hezbollah", "hamas-and-the-gaza-strip"],
        "en": {
            "title": "Amir Ben-Haim",
            "role": "Senior Research Fellow, Military and Strategic Affairs",
            "bio": "Col. (res.) Amir Ben-Haim commanded a brigade on the northern border and later led a "
            "doctrine department in the Ground Forces. His research deals with deterrence, "
            "multi-front war and the campaign between wars.",
        },
        "he": {
            "title": "אמיר בן-חיים",
            "role": "חוקר בכיר, צבא ואסטרטגיה",
            "bio": "אל\"ם (במיל') אמיר בן-חיים פיקד על חטיבה בגבול הצפון ולאחר מכן עמד בראש מחלקת תורה "
            "בזרוע היבשה. מחקרו עוסק בהרתעה, במלחמה רב-זירתית ובמערכה שבין המלחמות.",
        },
    },
    {
        "slug": "yael-shachar",
        "email": "yael.shachar@ips.example.org",
        "palette": [(220, 200, 230), (120, 90, 140), (60, 40, 80), (220, 180, 160)],
        "expertise": ["law-and-national-security", "israeli-palestinian-relations"],
        "en": {
            "title": "Yael Shachar",
            "role": "Director of Research; Head of the Law and National Security Program",
            "bio": "Prof. Yael Shachar is a scholar of international law. She advised the Foreign Ministry on "
            "the laws of armed conflict and has taught at universities in Israel and Canada. She "
            "directs the Institute's research programme.",
        },
        "he": {
            "title": "יעל שחר",
            "role": "ראש המחקר; ראש התוכנית למשפט וביטחון לאומי",
            "bio": "פרופ' יעל שחר היא חוקרת משפט בין-לאומי. היא ייעצה למשרד החוץ בדיני הלחימה ולימדה "
            "באוניברסיטאות בישראל ובקנדה. היא מנהלת את תוכנית המחקר של המכון.",
        },
    },
    {
        "slug": "omar-haddad",
        "email": "omar.haddad@ips.example.org",
        "palette": [(210, 220, 200), (110, 130, 100), (40, 50, 45), (190, 150, 120)],
        "expertise": ["jewish-arab-relations", "jordan", "israeli-palestinian-relations"],
        "en": {
            "title": "Omar Haddad",
            "role": "Research Fellow, Jewish-Arab Relations",
            "bio": "Dr. Omar Haddad studies Arab society in Israel, local government and civic partnership. "
            "He grew up in Shefa-'Amr and earned his doctorate in sociology. He leads the Institute's "
            "annual survey of Arab citizens.",
        },
        "he": {
            "title": "עומר חדאד",
            "role": "חוקר, יחסי יהודים-ערבים",
            "bio": 'ד"ר עומר חדאד חוקר את החברה הערבית בישראל, את השלטון המקומי ואת השותפות האזרחית. '
            "הוא גדל בשפרעם והשלים דוקטורט בסוציולוגיה. הוא מוביל את הסקר השנתי של המכון בקרב "
            "האזרחים הערבים.",
        },
    },
    {
        "slug": "natalia-orlova",
        "email": "natalia.orlova@ips.example.org",
        "palette": [(200, 214, 236), (90, 110, 160), (40, 40, 70), (230, 200, 170)],
        "expertise": ["russia", "war-in-ukraine", "europe", "turkey"],
        "en": {
            "title": "Natalia Orlova",
            "role": "Research Fellow, Russia and Europe",
            "bio": "Dr. Natalia Orlova follows Russian foreign and defence policy and Europe's response to "
            "the war in Ukraine. She was born in Kharkiv and immigrated to Israel as a child. Her book "
            "on Moscow's Middle East policy appeared in 2020.",
        },
        "he": {
            "title": "נטליה אורלובה",
            "role": "חוקרת, רוסיה ואירופה",
            "bio": 'ד"ר נטליה אורלובה עוקבת אחר מדיניות החוץ והביטחון של רוסיה ואחר תגובת אירופה '
            "למלחמה באוקראינה. היא נולדה בחרקוב ועלתה לישראל בילדותה. ספרה על מדיניות מוסקבה "
            "במזרח התיכון ראה אור ב-2020.",
        },
    },
    {
        "slug": "noa-friedman",
        "email": "noa.friedman@ips.example.org",
        "palette": [(250, 226, 200), (200, 140, 100), (90, 60, 40), (230, 190, 160)],
        "expertise": ["saudi-arabia-and-the-gulf", "peace-and-normalization", "red-sea-security"],
        "en": {
            "title": "Noa Friedman",
            "role": "Research Associate, the Gulf and Normalization",
            "bio": "Noa Friedman researches the Gulf states and Israel's normalization agreements. She "
            "holds a master's degree in Middle Eastern studies and has worked in Abu Dhabi. She "
            "coordinates the Institute's Gulf dialogue.",
        },
        "he": {
            "title": "נועה פרידמן",
            "role": "עוזרת מחקר, המפרץ והנורמליזציה",
            "bio": "נועה פרידמן חוקרת את מדינות המפרץ ואת הסכמי הנורמליזציה של ישראל. היא בעלת תואר "
            "שני בלימודי המזרח התיכון ועבדה באבו דאבי. היא מרכזת את הדיאלוג של המכון עם המפרץ.",
        },
    },
    {
        "slug": "ethan-klein",
        "email": "ethan.klein@ips.example.org",
        "palette": [(214, 220, 226), (120, 130, 140), (30, 40, 60), (220, 190, 170)],
        "expertise": ["israel-united-states", "israel-china", "nuclear-program"],
        "en": {
            "title": "Ethan Klein",
            "role": "Senior Fellow, Israel and the Global Powers",
            "bio": "Dr. Ethan Klein worked for fifteen years on Capitol Hill and at a Washington research "
            "centre before moving to Israel. He writes on the US-Israel alliance, arms control and "
            "China's place in the region.",
        },
        "he": {
            "title": "איתן קליין",
            "role": "עמית בכיר, ישראל בזירה הגלובלית",
            "bio": 'ד"ר איתן קליין עבד חמש-עשרה שנה בגבעת הקפיטול ובמכון מחקר בוושינגטון לפני שעבר '
            "לישראל. הוא כותב על הברית בין ארצות הברית לישראל, על פיקוח על נשק ועל מקומה של סין "
            "באזור.",
        },
    },
    {
        "slug": "liora-ben-david",
        "email": "liora.bendavid@ips.example.org",
        "palette": [(214, 236, 220), (100, 160, 130), (30, 70, 60), (220, 190, 160)],
        "expertise": ["climate-infrastructure-energy", "natural-gas", "egypt"],
        "en": {
            "title": "Liora Ben-David",
            "role": "Research Fellow, Energy and Infrastructure",
            "bio": "Dr. Liora Ben-David is an energy economist. She worked in the Ministry of Energy on the "
            "regulation of the gas market and now studies energy security, water and critical "
            "infrastructure.",
        },
        "he": {
            "title": "ליאורה בן-דוד",
            "role": "חוקרת, אנרגיה ותשתיות",
            "bio": 'ד"ר ליאורה בן-דוד היא כלכלנית אנרגיה. היא עבדה במשרד האנרגיה על הסדרת משק הגז, '
            "וכיום חוקרת ביטחון אנרגטי, מים ותשתיות קריטיות.",
        },
    },
    {
        "slug": "tomer-avraham",
        "email": "tomer.avraham@ips.example.org",
        "palette": [(200, 200, 230), (70, 70, 120), (20, 20, 40), (200, 170, 150)],
        "expertise": ["cyber", "artificial-intelligence", "cognitive-warfare"],
        "en": {
            "title": "Tomer Avraham",
            "role": "Research Associate, Technology and Cyber",
            "bio": "Tomer Avraham served in a technological intelligence unit and later founded a small "
            "cyber-security company. At the Institute he studies cyber conflict, artificial intelligence "
            "and influence operations.",
        },
        "he": {
            "title": "תומר אברהם",
            "role": "עוזר מחקר, טכנולוגיה וסייבר",
            "bio": 'תומר אברהם שירת ביחידה טכנולוגית באמ"ן ולאחר מכן הקים חברת אבטחת סייבר קטנה. '
            "במכון הוא חוקר עימותי סייבר, בינה מלאכותית ומבצעי השפעה.",
        },
    },
    {
        "slug": "ruth-almog",
        "email": "ruth.almog@ips.example.org",
        "palette": [(240, 220, 210), (180, 120, 110), (80, 50, 50), (225, 185, 160)],
        "expertise": ["societal-resilience", "data-analytics"],
        "en": {
            "title": "Ruth Almog",
            "role": "Research Fellow, Societal Resilience",
            "bio": "Dr. Ruth Almog is a social psychologist who studies how communities cope with prolonged "
            "emergencies. She heads the Institute's public opinion surveys and has advised the Home "
            "Front Command on community resilience.",
        },
        "he": {
            "title": "רות אלמוג",
            "role": "חוקרת, חוסן חברתי",
            "bio": 'ד"ר רות אלמוג היא פסיכולוגית חברתית החוקרת כיצד קהילות מתמודדות עם מצבי חירום '
            "ממושכים. היא עומדת בראש סקרי דעת הקהל של המכון וייעצה לפיקוד העורף בנושא חוסן קהילתי.",
        },
    },
]

# Guest authors appear by name only (PublicationAuthor.name).
GUESTS = {
    "miriam-castell": {"en": "Miriam Castell", "he": "מרים קסטל"},
    "karim-nasser": {"en": "Karim Nasser", "he": "כרים נאסר"},
    "jonathan-weiss": {"en": "Jonathan Weiss", "he": "יונתן וייס"},
}

# --- projects ------------------------------------------------------------------------------

PROJECTS = [
    {
        "slug": "iran-watch",
        "team": ["dana-mizrahi", "amir-ben-haim", "ethan-klein", "tomer-avraham"],
        "topics": ["iran", "nuclear-program", "lebanon-and-hezbollah"],
        "en": {
            "title": "Iran Watch",
            "summary": "A standing team that tracks Iran's nuclear programme and its network of allies, and "
            "assesses what each development means for Israel.",
            "description": [
                "Iran Watch brings together researchers of Iran, of military affairs and of arms control. "
                "The team publishes a monthly tracker of the nuclear programme and a yearly assessment of "
                "the axis Iran leads.",
                "The project relies on open sources in Persian, Arabic and English and on a growing dataset "
                "of incidents across the region.",
            ],
        },
        "he": {
            "title": "תצפית איראן",
            "summary": "צוות קבוע העוקב אחר תוכנית הגרעין של איראן ואחר רשת בעלות בריתה, ובוחן מה "
            "המשמעות של כל התפתחות לישראל.",
            "description": [
                "תצפית איראן מרכזת חוקרים של איראן, של צבא ואסטרטגיה ושל פיקוח על נשק. הצוות מפרסם "
                "מעקב חודשי אחר תוכנית הגרעין והערכה שנתית של הציר שבראשו עומדת איראן.",
                "הפרויקט נשען על מקורות גלויים בפרסית, בערבית ובאנגלית ועל מאגר נתונים הולך וגדל של "
                "אירועים ברחבי האזור.",
            ],
        },
    },
    {
        "slug": "eastern-mediterranean-energy",
        "team": ["liora-ben-david", "natalia-orlova", "noa-friedman"],
        "topics": ["climate-infrastructure-energy", "natural-gas", "egypt", "turkey"],
        "en": {
            "title": "Energy Security in the Eastern Mediterranean",
            "summary": "How gas, electricity and water link Israel to its neighbours, and how to protect "
            "the infrastructure they depend on.",
            "description": [
                "The discovery of gas off Israel's coast turned energy into an instrument of foreign policy. "
                "This project studies export routes, regional grids and the protection of offshore platforms.",
                "It holds an annual round table with experts from Greece, Cyprus, Egypt and Jordan.",
            ],
        },
        "he": {
            "title": "ביטחון אנרגטי במזרח הים התיכון",
            "summary": "כיצד גז, חשמל ומים קושרים את ישראל לשכנותיה, וכיצד להגן על התשתיות שהם תלויים בהן.",
            "description": [
                "גילוי הגז מול חופי ישראל הפך את האנרגיה לכלי של מדיניות חוץ. הפרויקט חוקר נתיבי "
                "ייצוא, רשתות חשמל אזוריות והגנה על אסדות בים.",
                "במסגרתו מתקיים שולחן עגול שנתי עם מומחים מיוון, מקפריסין, ממצרים ומירדן.",
            ],
        },
    },
]

# --- menus --------------------------------------------------------------------------------
# Each entry: (section slug, label key, show child pages, children). The builder maps slugs
# to the pages of the menu's language; an empty label shows the page title.

MENU_LABELS = {
    "en": {
        "research": "Research",
        "topics": "Topics",
        "projects": "Projects",
        "publications": "Publications",
        "events": "Events",
        "team": "Team",
        "media": "Media",
        "podcast": "Podcast",
        "about": "About",
        "contact": "Contact",
        "support-us": "Support Us",
        "newsletter": "Newsletter",
    },
    "he": {
        "research": "מחקר",
        "topics": "נושאים",
        "projects": "פרויקטים",
        "publications": "פרסומים",
        "events": "אירועים",
        "team": "צוות",
        "media": "תקשורת",
        "podcast": "פודקאסט",
        "about": "אודות",
        "contact": "צור קשר",
        "support-us": "תמכו בנו",
        "newsletter": "ניוזלטר",
    },
}

HEADER_MENU = [
    ("topics", "research", False, [("topics", "topics", True), ("projects", "projects", True)]),
    ("publications", "publications", True, []),
    ("events", "events", False, []),
    ("team", "team", False, []),
    ("media", "media", True, []),
    ("podcast", "podcast", False, []),
    ("about", "about", True, []),
    ("contact", "contact", False, []),
    ("support-us", "support-us", False, []),
]

FOOTER_MENU = [
    ("publications", "publications", False, []),
    ("topics", "topics", False, []),
    ("projects", "projects", False, []),
    ("events", "events", False, []),
    ("team", "team", False, []),
    ("media", "media", True, []),
    ("podcast", "podcast", False, []),
    ("about", "about", True, []),
    ("contact", "contact", False, []),
    ("support-us", "support-us", False, []),
    ("newsletter", "newsletter", False, []),
]

# Home page editors' picks, by publication or project slug.
FEATURED = ["israels-strategic-environment-2026", "twelve-days-in-june", "iran-watch"]
