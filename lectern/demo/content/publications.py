"""The demo publications: invented analyses, in English, Hebrew or both.

A publication is written in the languages whose keys it has: "en" and "he" makes an
English page and its Hebrew translation, "en" alone an English-only page, "he" alone a
Hebrew-only page. Numbers are given by the builder in date order within each series.

Body blocks are compact tuples, turned into StreamField data by ``lectern.demo.streams``:

    ("p", text)                       paragraph; "[^key]" marks a footnote reference
    ("h2", text) / ("h3", text)       heading
    ("list", style, [items])          style: "lettered", "numbered" or "bulleted"
    ("quote", text, attribution)
    ("figure", image_key, alt, caption, credit)     alt None: the image's own alt text
    ("table", caption, rows)          the first row is the header

Authors are person slugs (see ``site.PEOPLE``) or "guest:<key>" (see ``site.GUESTS``).
"""

PUBLICATIONS = [
    # ------------------------------------------------------------------ 2018
    {
        "slug": "northern-arena-after-the-nuclear-deal",
        "series": "memoranda",
        "date": "2018-05-14",
        "authors": ["amir-ben-haim", "dana-mizrahi"],
        "topics": ["iran", "syria", "military-and-strategic-affairs"],
        "image": "map-north",
        "en": {
            "title": "The Northern Arena After the Withdrawal from the Nuclear Deal",
            "summary": "Washington's exit from the nuclear agreement removes a restraint on both Iran and Israel "
            "in Syria. This memorandum assesses how the contest over Iran's military presence there is "
            "likely to develop and where it could spiral.",
            "caption": "The Golan Heights and southern Syria, where the Iranian build-up is most visible.",
            "body": [
                (
                    "p",
                    "For three years the nuclear agreement shaped the behaviour of every actor in the northern "
                    "arena, even those who were not party to it. Tehran avoided steps that might hand Washington "
                    "a pretext to walk away, and Jerusalem calibrated its strikes in Syria so as not to be blamed "
                    "for wrecking the deal. With the American withdrawal, both restraints are gone.",
                ),
                (
                    "p",
                    "Iran now has less to lose from an open entrenchment in Syria. The Revolutionary Guards have "
                    "built a network of bases, drone sites and weapons depots, some close to the Golan. "
                    "Israel, for its part, has signalled that it will not accept a permanent Iranian military "
                    "foothold and has widened the range of its targets.",
                ),
                ("h2", "Three scenarios"),
                (
                    "list",
                    "lettered",
                    [
                        "Controlled friction: strikes and counter-strikes continue below the threshold of war, "
                        "with Russia acting as a channel between the sides.",
                        "Escalation by miscalculation: an Israeli strike causes heavy Iranian casualties, or an "
                        "Iranian drone hits an Israeli town, and a round of fighting follows.",
                        "Iranian retreat: economic pressure from renewed sanctions forces Tehran to scale down its "
                        "expensive Syrian project.",
                    ],
                ),
                (
                    "p",
                    "The first scenario is the most likely in the coming year, but it is not stable. Each side "
                    "learns from the other's responses, and the threshold of what is considered tolerable keeps "
                    "moving. Israel should invest in understandings with Moscow, which controls Syria's skies "
                    "more than any other actor, while preparing the home front for a short, intense exchange.",
                ),
                (
                    "quote",
                    "The question is no longer whether Iran will try to entrench itself in Syria, but what "
                    "price it is willing to pay to do so.",
                    "From a round table held at the Institute, April 2018",
                ),
            ],
        },
        "he": {
            "title": "הזירה הצפונית לאחר היציאה מהסכם הגרעין",
            "summary": "יציאתה של וושינגטון מהסכם הגרעין מסירה מגבלה הן מאיראן והן מישראל בסוריה. המזכר "
            "בוחן כיצד צפוי להתפתח המאבק על הנוכחות הצבאית האיראנית שם, והיכן הוא עלול להסלים.",
            "caption": "רמת הגולן ודרום סוריה, שבהם ההתבססות האיראנית בולטת במיוחד.",
            "body": [
                (
                    "p",
                    "במשך שלוש שנים עיצב הסכם הגרעין את התנהגותם של כל השחקנים בזירה הצפונית, גם של "
                    "אלה שלא היו צד לו. טהרן נמנעה מצעדים שעלולים היו לתת לוושינגטון עילה לפרוש, "
                    "וירושלים כיילה את תקיפותיה בסוריה כדי שלא תואשם בטרפוד ההסכם. עם הפרישה האמריקנית "
                    "שתי המגבלות הוסרו.",
                ),
                (
                    "p",
                    "לאיראן יש כעת פחות מה להפסיד מהתבססות גלויה בסוריה. משמרות המהפכה הקימו רשת של "
                    'בסיסים, אתרי כטב"מים ומחסני נשק, חלקם סמוך לגולן. ישראל מצידה הבהירה שלא תשלים '
                    "עם אחיזה צבאית איראנית קבועה, והרחיבה את מגוון המטרות שהיא תוקפת.",
                ),
                ("h2", "שלושה תרחישים"),
                (
                    "list",
                    "lettered",
                    [
                        "חיכוך מבוקר: התקיפות והתגובות נמשכות מתחת לסף המלחמה, ורוסיה משמשת ערוץ בין הצדדים.",
                        'הסלמה בשל טעות בהערכה: תקיפה ישראלית גורמת לאבדות כבדות לאיראנים, או שכטב"מ איראני '
                        "פוגע ביישוב בישראל, ובעקבות זאת פורץ סבב לחימה.",
                        "נסיגה איראנית: הלחץ הכלכלי של הסנקציות המחודשות מאלץ את טהרן לצמצם את הפרויקט הסורי היקר שלה.",
                    ],
                ),
                (
                    "p",
                    "התרחיש הראשון הוא הסביר ביותר בשנה הקרובה, אך הוא אינו יציב. כל צד לומד מתגובות "
                    "הצד השני, וסף הנסבל זז ללא הרף. על ישראל להשקיע בהבנות עם מוסקבה, השולטת בשמי "
                    "סוריה יותר מכל שחקן אחר, ובמקביל להכין את העורף לחילופי מהלומות קצרים ועזים.",
                ),
                (
                    "quote",
                    "השאלה אינה עוד אם איראן תנסה להתבסס בסוריה, אלא איזה מחיר היא מוכנה לשלם על כך.",
                    "מתוך שולחן עגול שהתקיים במכון, אפריל 2018",
                ),
            ],
        },
    },
    {
        "slug": "gas-diplomacy-in-the-eastern-mediterranean",
        "series": "insight",
        "date": "2018-11-20",
        "authors": ["liora-ben-david"],
        "topics": ["natural-gas", "egypt", "europe"],
        "projects": ["eastern-mediterranean-energy"],
        "image": "waves-sea",
        "en": {
            "title": "Gas Diplomacy in the Eastern Mediterranean",
            "summary": "Israel's first gas exports to Egypt and Jordan are about to begin. They give Israel new "
            "ties with its neighbours, but also new dependencies and new targets to defend.",
            "caption": "Offshore platforms have become strategic assets that need constant protection.",
            "body": [
                (
                    "p",
                    "A decade after the first large discoveries, Israeli gas is about to cross borders. The "
                    "contracts signed with buyers in Egypt and Jordan are worth billions of dollars, and they "
                    "turn a commercial question into a foreign-policy one.",
                ),
                (
                    "p",
                    "For Cairo, Israeli gas feeds liquefaction plants that had stood idle and supports its "
                    "ambition to become a regional energy hub. For Amman, it replaces unreliable supply that "
                    "was repeatedly cut by attacks on the Sinai pipeline. Both governments, however, face "
                    "domestic criticism for buying energy from Israel.",
                ),
                ("h2", "Interdependence is not peace"),
                (
                    "p",
                    "Economic ties raise the cost of a crisis, but they do not prevent one. Israel should not "
                    "expect gas contracts to warm relations with publics that remain hostile. It should, "
                    "however, use the new forum of producing and consuming countries to anchor cooperation "
                    "with Greece and Cyprus and to reduce the risk of friction with Turkey over maritime borders.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "Treat the security of offshore platforms and pipelines as a national mission, with a "
                        "clear division of responsibility between the navy and civilian bodies.",
                        "Keep export contracts flexible enough to survive a political crisis with a buyer.",
                        "Involve Europe, which is looking for alternatives to Russian gas, in the region's "
                        "infrastructure plans.",
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ 2019
    {
        "slug": "deterrence-without-decision",
        "series": "strategic-assessment",
        "date": "2019-03-07",
        "authors": ["amir-ben-haim", "guest:jonathan-weiss"],
        "topics": ["military-and-strategic-affairs", "syria", "lebanon-and-hezbollah"],
        "image": "rays-dawn",
        "en": {
            "title": "Deterrence Without Decision: Israel's Campaign Between Wars",
            "summary": "Six years of strikes against weapons transfers in Syria have delayed Hezbollah's build-up "
            "without stopping it. The article examines what the campaign achieved, what it cost, and "
            "whether it can replace a decisive war.",
            "caption": "The campaign between wars is fought mostly at night and mostly out of sight.",
            "body": [
                (
                    "p",
                    "The campaign between wars began as a limited effort to stop the transfer of advanced "
                    "weapons from Iran to Hezbollah through Syria. Over time it became the main way in which "
                    "the IDF uses force, with hundreds of strikes, most never acknowledged.",
                ),
                (
                    "p",
                    "Its achievements are real. Precision missiles reached Lebanon in far smaller numbers than "
                    "Iran planned, and the Iranian attempt to build a second front in the Golan was slowed. "
                    "Yet the campaign rests on assumptions that are eroding: that the other side will absorb "
                    "strikes without responding, and that Russia will keep its air defences out of the game.",
                ),
                ("h2", "The limits of attrition"),
                (
                    "p",
                    "A campaign of attrition manages a threat; it does not remove it. Hezbollah's arsenal has "
                    "kept growing, and the organisation has learned to disperse and conceal it. At some point "
                    "the question must be asked whether the cost of postponing a decision is greater than the "
                    "cost of the war that a decision would require.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "Define in advance the signs that the campaign has stopped paying off.",
                        "Invest in the intelligence base that will be needed for a short, decisive war.",
                        "Preserve the ambiguity that lets the other side avoid responding.",
                    ],
                ),
                ("quote", "Deterrence bought with daily strikes must be paid for again every day.", "Jonathan Weiss"),
            ],
        },
    },
    {
        "slug": "drones-over-abqaiq",
        "series": "insight",
        "date": "2019-09-23",
        "authors": ["amir-ben-haim", "noa-friedman"],
        "topics": ["saudi-arabia-and-the-gulf", "iran", "military-and-strategic-affairs"],
        "image": "map-gulf",
        "en": {
            "title": "Drones over Abqaiq: Lessons for Israel's Air Defence",
            "summary": "The attack on Saudi Arabia's oil facilities showed that cheap drones and cruise missiles "
            "can paralyse a state's economic heart. Israel's air defence must prepare for a similar "
            "swarm, launched from an unexpected direction.",
            "caption": "The Gulf's oil infrastructure is concentrated in a handful of vulnerable sites.",
            "body": [
                (
                    "p",
                    "In a few minutes before dawn, some twenty drones and cruise missiles struck the world's "
                    "largest oil processing plant and cut Saudi output by half. The attack was precise, it "
                    "came from the north rather than from Yemen, and the kingdom's expensive air defences did "
                    "not stop it.",
                ),
                (
                    "p",
                    "For Israel the lesson is direct. Its strategic sites are few and concentrated: power "
                    "stations, gas platforms, desalination plants and ports. A coordinated salvo of low-flying "
                    "weapons could do damage out of all proportion to its cost.",
                ),
                ("h2", "What should change"),
                (
                    "list",
                    "lettered",
                    [
                        "Build air defence around the protection of national infrastructure, not only of "
                        "population centres and bases.",
                        "Close the gaps in low-altitude detection, especially toward the east.",
                        "Prepare infrastructure to recover quickly, with reserves and redundancy.",
                    ],
                ),
                (
                    "p",
                    "The Saudi response was also instructive: Riyadh chose not to retaliate, and Washington "
                    "did not do so on its behalf. Iran learned that it can strike a Gulf state directly and "
                    "pay almost no price. That conclusion may embolden it in other arenas.",
                ),
            ],
        },
    },
    {
        "slug": "jewish-arab-partnership-in-emergency-management",
        "series": "policy-papers",
        "date": "2019-12-02",
        "authors": ["omar-haddad", "ruth-almog"],
        "topics": ["jewish-arab-relations", "societal-resilience"],
        "image": "orbs-desert",
        "en": {
            "title": "Jewish-Arab Partnership in Local Emergency Management",
            "summary": "Arab towns in Israel are less prepared for emergencies than their Jewish neighbours, and "
            "regional cooperation between them is rare. The paper proposes a model of joint "
            "emergency councils.",
            "caption": "Neighbouring towns share roads, hospitals and risks, but rarely emergency plans.",
            "body": [
                (
                    "p",
                    "A missile barrage, an earthquake or a forest fire does not distinguish between a Jewish "
                    "town and the Arab village next to it. Yet their emergency systems are usually planned "
                    "separately, and Arab local authorities have fewer shelters, fewer trained staff and "
                    "smaller budgets.",
                ),
                (
                    "p",
                    "Our fieldwork in four regions found that where personal ties existed between the heads of "
                    "neighbouring councils, cooperation in a crisis was quick and effective. Where they did not, "
                    "even simple coordination of roads and ambulances broke down.",
                ),
                ("h2", "Recommendations"),
                (
                    "list",
                    "lettered",
                    [
                        "Establish regional emergency councils that include every local authority in a district.",
                        "Earmark funds to close the gap in public shelters in Arab towns within five years.",
                        "Train local teams together, in both Hebrew and Arabic.",
                    ],
                ),
                (
                    "p",
                    "Partnership in emergencies is also a means of building trust between citizens who meet too "
                    "rarely. A joint drill may do more for shared life than many conferences.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ 2020
    {
        "slug": "water-power-and-peace",
        "series": "policy-papers",
        "date": "2020-02-11",
        "authors": ["liora-ben-david", "omar-haddad"],
        "topics": ["climate-infrastructure-energy", "jordan", "peace-and-normalization"],
        "projects": ["eastern-mediterranean-energy"],
        "image": "bars-economy",
        "en": {
            "title": "Water, Power and Peace: Regional Infrastructure as a Stabiliser",
            "summary": "Jordan is running out of water while Israel has a surplus of desalination capacity and "
            "its neighbours have sun and land. The paper proposes an exchange of water for solar power "
            "and sets out its costs and risks.",
            "caption": "Shared infrastructure binds neighbours together, for better and for worse.",
            "body": [
                (
                    "p",
                    "Jordan is among the most water-poor countries in the world, and its population has grown "
                    "by a third in a decade, partly because of refugees from Syria. Israel, which not long ago "
                    "faced a water crisis of its own, now produces most of its drinking water by desalination.",
                ),
                (
                    "p",
                    "An exchange in which Israel supplies desalinated water to Jordan and buys electricity from "
                    "solar fields in the Jordanian desert would serve both sides. Israel would gain renewable "
                    "energy without using scarce land, and Jordan would gain water security and export income.",
                ),
                ("h2", "Costs and benefits"),
                (
                    "table",
                    "Estimated annual figures of the proposed exchange (illustrative)",
                    [
                        ["Component", "Quantity", "Approximate value"],
                        ["Desalinated water to Jordan", "200 million m³", "$180 million"],
                        ["Solar electricity to Israel", "600 MW capacity", "$210 million"],
                        ["Transmission lines and pipes", "one-time investment", "$1.1 billion"],
                    ],
                ),
                (
                    "p",
                    "The main risk is political. Jordanian public opinion is hostile to normalisation, and a "
                    "crisis in Jerusalem could lead Amman to freeze the project. Dependence runs both ways, "
                    "however, and an agreement that both sides profit from is harder to cancel.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "Involve a third party, such as the Emirates or the European Union, as investor and guarantor.",
                        "Build the project in stages, so that each stage stands on its own.",
                        "Keep a reserve of domestic supply so that neither side can be cut off.",
                    ],
                ),
            ],
        },
        "he": {
            "title": "מים, חשמל ושלום: תשתיות אזוריות כגורם מייצב",
            "summary": "לירדן אוזלים המים, בישראל יש עודף של יכולת התפלה, ולשכנותיה יש שמש ושטח. המסמך "
            "מציע עסקת חליפין של מים תמורת חשמל סולרי ומציג את עלויותיה ואת סיכוניה.",
            "caption": "תשתית משותפת קושרת שכנים זה לזה, לטוב ולרע.",
            "body": [
                (
                    "p",
                    "ירדן היא מן המדינות הענייות ביותר במים בעולם, ואוכלוסייתה גדלה בשליש בתוך עשור, "
                    "בין השאר בשל הפליטים מסוריה. ישראל, שלא מכבר התמודדה עם משבר מים משלה, מפיקה כיום "
                    "את רוב מי השתייה שלה בהתפלה.",
                ),
                (
                    "p",
                    "עסקת חליפין שבה ישראל מספקת לירדן מים מותפלים וקונה חשמל משדות סולריים במדבר "
                    "הירדני תשרת את שני הצדדים. ישראל תקבל אנרגיה מתחדשת בלי לנצל קרקע שאין לה די "
                    "ממנה, וירדן תזכה בביטחון מים ובהכנסות מייצוא.",
                ),
                ("h2", "עלויות ותועלות"),
                (
                    "table",
                    "נתונים שנתיים משוערים של העסקה המוצעת (להמחשה)",
                    [
                        ["רכיב", "כמות", "ערך משוער"],
                        ["מים מותפלים לירדן", '200 מיליון מ"ק', "180 מיליון דולר"],
                        ["חשמל סולרי לישראל", "הספק של 600 מגה-ואט", "210 מיליון דולר"],
                        ["קווי הולכה וצנרת", "השקעה חד-פעמית", "1.1 מיליארד דולר"],
                    ],
                ),
                (
                    "p",
                    "הסיכון העיקרי הוא מדיני. דעת הקהל בירדן עוינת לנורמליזציה, ומשבר בירושלים עלול "
                    "להביא את עמאן להקפיא את הפרויקט. ואולם התלות היא הדדית, והסכם ששני הצדדים "
                    "מרוויחים ממנו קשה יותר לבטל.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "לשתף צד שלישי, כמו איחוד האמירויות או האיחוד האירופי, כמשקיע וכערב.",
                        "לבנות את הפרויקט בשלבים, כך שכל שלב יעמוד בפני עצמו.",
                        "לשמור על עתודה של אספקה מקומית, כדי שאף צד לא יוכל להינתק.",
                    ],
                ),
            ],
        },
    },
    {
        "slug": "after-the-abraham-accords",
        "series": "insight",
        "date": "2020-09-22",
        "authors": ["noa-friedman", "ethan-klein"],
        "topics": ["peace-and-normalization", "saudi-arabia-and-the-gulf", "israel-united-states"],
        "image": "orbs-desert",
        "en": {
            "title": "After the Abraham Accords: What Normalization Can and Cannot Deliver",
            "summary": "The agreements with the Emirates and Bahrain open a new chapter in Israel's place in the "
            "region. They will bring trade, tourism and security cooperation, but they will not "
            "resolve the Palestinian question or change Iran's calculations overnight.",
            "caption": "The signing ceremony was held far from the region, but its effects will be felt in it.",
            "body": [
                (
                    "p",
                    "For the first time in a quarter of a century, Arab states have signed peace agreements "
                    "with Israel, and they did so without waiting for a settlement with the Palestinians. "
                    "This is a real change in the region's logic, driven by a shared fear of Iran, by the "
                    "Gulf's wish for advanced technology and by American mediation.",
                ),
                (
                    "p",
                    "The agreements differ from the cold peace with Egypt and Jordan. They have a civilian "
                    "dimension from the outset: direct flights, investments, academic exchanges. Gulf "
                    "leaders present normalisation as part of a vision of modernisation, not as a concession.",
                ),
                ("h2", "Expectations to temper"),
                (
                    "list",
                    "lettered",
                    [
                        "Saudi Arabia will not join quickly; it has a higher price and a larger public to consider.",
                        "The Palestinian issue has been postponed, not removed, and a flare-up in Jerusalem could "
                        "embarrass the new partners.",
                        "Arms sales that accompany the agreements may erode Israel's qualitative military edge.",
                    ],
                ),
                (
                    "p",
                    "Israel's main task now is to give the agreements content that benefits the societies "
                    "involved, not only their rulers. Peace that is felt by citizens is harder to reverse.",
                ),
                ("quote", "Normalization is a process, not a ceremony.", "A Gulf diplomat, speaking to the authors"),
            ],
        },
        "he": {
            "title": "אחרי הסכמי אברהם: מה הנורמליזציה יכולה להשיג ומה לא",
            "summary": "ההסכמים עם איחוד האמירויות ועם בחריין פותחים פרק חדש במעמדה של ישראל באזור. הם "
            "יביאו סחר, תיירות ושיתוף פעולה ביטחוני, אך לא יפתרו את הסוגיה הפלסטינית ולא ישנו "
            "בן-לילה את שיקוליה של איראן.",
            "caption": "טקס החתימה נערך הרחק מהאזור, אך השפעותיו יורגשו בו.",
            "body": [
                (
                    "p",
                    "לראשונה מזה רבע מאה חתמו מדינות ערביות על הסכמי שלום עם ישראל, והן עשו זאת בלי "
                    "להמתין להסדר עם הפלסטינים. זהו שינוי של ממש בהיגיון האזורי, שמניעיו הם החשש "
                    "המשותף מאיראן, רצונן של מדינות המפרץ בטכנולוגיה מתקדמת והתיווך האמריקני.",
                ),
                (
                    "p",
                    "ההסכמים שונים מהשלום הקר עם מצרים וירדן. יש להם ממד אזרחי מלכתחילה: טיסות "
                    "ישירות, השקעות וחילופי סטודנטים. שליטי המפרץ מציגים את הנורמליזציה כחלק מחזון של "
                    "מודרניזציה, ולא כוויתור.",
                ),
                ("h2", "ציפיות שיש לרסן"),
                (
                    "list",
                    "lettered",
                    [
                        "סעודיה לא תצטרף במהירות; המחיר שהיא דורשת גבוה יותר, ודעת הקהל שעליה להביא בחשבון רחבה יותר.",
                        "הסוגיה הפלסטינית נדחתה ולא הוסרה, והתלקחות בירושלים עלולה להביך את השותפות החדשות.",
                        "מכירות הנשק הנלוות להסכמים עלולות לשחוק את היתרון האיכותי של ישראל.",
                    ],
                ),
                (
                    "p",
                    "המשימה העיקרית של ישראל כעת היא לצקת בהסכמים תוכן שיועיל לחברות עצמן ולא רק "
                    "לשליטים. שלום שהאזרחים מרגישים בו קשה יותר להפוך.",
                ),
                ("quote", "נורמליזציה היא תהליך, לא טקס.", "דיפלומט מהמפרץ, בשיחה עם המחברים"),
            ],
        },
    },
    {
        "slug": "pandemic-resilience-and-public-trust",
        "series": "strategic-assessment",
        "date": "2020-12-03",
        "authors": ["ruth-almog"],
        "topics": ["societal-resilience", "data-analytics"],
        "image": "orbs-dusk",
        "en": {
            "title": "Pandemic Resilience and Public Trust in Israel",
            "summary": "Nine months of surveys during the coronavirus crisis show that public trust, not "
            "fear, predicted compliance with the rules. The article draws lessons for the next "
            "national emergency.",
            "caption": "Trust in institutions fell sharply between the first and the second lockdown.",
            "body": [
                (
                    "p",
                    "Israel entered the pandemic with a strong reputation for handling emergencies and with an "
                    "experienced home front. Within months, however, the public's trust in the government's "
                    "handling of the crisis had halved, and compliance with restrictions fell with it.",
                ),
                (
                    "p",
                    "Our panel survey followed the same two thousand respondents from March to November. "
                    "Trust in the professional echelon stayed relatively high, while trust in political "
                    "decision-makers collapsed after the second lockdown, which many saw as motivated by "
                    "politics rather than by health.",
                ),
                ("h2", "Findings"),
                (
                    "list",
                    "lettered",
                    [
                        "Respondents who trusted the authorities were twice as likely to follow the rules, "
                        "regardless of how worried they were about the virus.",
                        "Trust fell most sharply among young adults and in the ultra-Orthodox and Arab communities.",
                        "Clear, consistent explanations mattered more than the severity of the measures.",
                    ],
                ),
                (
                    "p",
                    "National resilience is often discussed in terms of shelters and stockpiles. The pandemic "
                    "showed that the decisive resource is the public's belief that decisions are made fairly "
                    "and for the common good. That resource is quickly spent and slowly rebuilt.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ 2021
    {
        "slug": "eleven-days-in-may",
        "series": "insight",
        "date": "2021-05-30",
        "authors": ["amir-ben-haim", "omar-haddad"],
        "topics": ["hamas-and-the-gaza-strip", "jewish-arab-relations", "military-and-strategic-affairs"],
        "image": "rays-dawn",
        "en": {
            "title": "Eleven Days in May: Rockets, Riots and the Limits of Deterrence",
            "summary": "The May 2021 round against Hamas was fought on two fronts: in Gaza and in Israel's mixed "
            "cities. Militarily it ended in a familiar stalemate; socially it exposed a crisis that "
            "security doctrine has ignored.",
            "caption": "Rocket fire on central Israel began on the evening of Jerusalem Day.",
            "body": [
                (
                    "p",
                    "Hamas opened the round by firing rockets at Jerusalem, presenting itself as the defender "
                    "of the city's holy places. The move surprised Israel's intelligence, which had assessed "
                    "that the organisation was focused on rebuilding Gaza and deterred from a new war.",
                ),
                (
                    "p",
                    "Over eleven days the IDF struck hundreds of targets, including much of Hamas's tunnel "
                    "network, and the Iron Dome system intercepted most of the rockets aimed at populated areas. "
                    "Yet the ceasefire left Hamas in control and claiming victory.",
                ),
                ("h2", "The second front"),
                (
                    "p",
                    "The more worrying events took place inside Israel. In Lod, Acre and other mixed cities, "
                    "riots and attacks by Arab and Jewish citizens against one another brought the police to the "
                    "edge of its capacity. For several nights the state lost control of its own streets.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "Include internal disturbances in every war scenario, with forces and plans to match.",
                        "Invest in Arab towns and in the police presence there before the next crisis.",
                        "Define an end state for Gaza that is more than a return to quiet.",
                    ],
                ),
                (
                    "quote",
                    "We were ready for the rockets. We were not ready for what happened in our own streets.",
                    "A mayor of a mixed city, at an Institute seminar",
                ),
            ],
        },
        "he": {
            "title": "אחד-עשר ימים במאי: רקטות, מהומות וגבולות ההרתעה",
            "summary": "סבב הלחימה מול חמאס במאי 2021 התנהל בשתי חזיתות: ברצועת עזה ובערים המעורבות "
            "בישראל. מבחינה צבאית הוא הסתיים בקיפאון מוכר; מבחינה חברתית הוא חשף משבר שתפיסת "
            "הביטחון התעלמה ממנו.",
            "caption": "ירי הרקטות על מרכז הארץ החל בערב יום ירושלים.",
            "body": [
                (
                    "p",
                    "חמאס פתח את הסבב בירי רקטות לעבר ירושלים והציג את עצמו כמגן המקומות הקדושים "
                    "בעיר. המהלך הפתיע את המודיעין הישראלי, שהעריך כי הארגון מתמקד בשיקום הרצועה "
                    "ומורתע ממלחמה חדשה.",
                ),
                (
                    "p",
                    'במשך אחד-עשר ימים תקף צה"ל מאות מטרות, ובהן חלק גדול ממערך המנהרות של חמאס, '
                    "ומערכת כיפת ברזל יירטה את רוב הרקטות ששוגרו לעבר אזורים מיושבים. ועם זאת, הפסקת "
                    "האש הותירה את חמאס בשלטון ומכריז על ניצחון.",
                ),
                ("h2", "החזית השנייה"),
                (
                    "p",
                    "האירועים המדאיגים יותר התרחשו בתוך ישראל. בלוד, בעכו ובערים מעורבות אחרות הביאו "
                    "מהומות ותקיפות של אזרחים ערבים ויהודים אלה נגד אלה את המשטרה לקצה יכולתה. במשך "
                    "כמה לילות איבדה המדינה את השליטה ברחובותיה.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "לכלול הפרות סדר פנימיות בכל תרחיש מלחמה, ולהקצות להן כוחות ותוכניות.",
                        "להשקיע ביישובים הערביים ובנוכחות המשטרה בהם לפני המשבר הבא.",
                        "להגדיר לרצועת עזה מצב סיום שהוא יותר מחזרה לשקט.",
                    ],
                ),
                (
                    "quote",
                    "היינו מוכנים לרקטות. לא היינו מוכנים למה שקרה ברחובות שלנו.",
                    "ראש עירייה של עיר מעורבת, בסמינר של המכון",
                ),
            ],
        },
    },
    {
        "slug": "cyber-norms-and-the-middle-east",
        "series": "memoranda",
        "date": "2021-08-18",
        "authors": ["tomer-avraham", "yael-shachar"],
        "topics": ["cyber", "law-and-national-security", "iran"],
        "image": "grid-cyber",
        "en": {
            "title": "Cyber Norms and the Middle East: A Regional Perspective",
            "summary": "Attacks on water systems, ports and hospitals have made the Middle East a testing ground "
            "for cyber warfare. The memorandum asks which international norms apply, and which ones "
            "Israel should promote.",
            "caption": "Civilian infrastructure has become a routine target in the region's cyber conflicts.",
            "body": [
                (
                    "p",
                    "In the spring of 2020 an attempt was made to tamper with the chlorine levels in Israeli "
                    "water systems. Weeks later, a cyber attack disrupted the computers of an Iranian port. "
                    "Whoever stood behind each attack, the exchange crossed a line: civilian infrastructure "
                    "had become a legitimate target in the eyes of the parties.",
                ),
                (
                    "p",
                    "International law offers partial answers. The principles of distinction and "
                    "proportionality apply to cyber operations during armed conflict, but most attacks take "
                    "place in a grey zone below that threshold, where the rules are vague and enforcement "
                    "is absent.",
                ),
                ("h2", "Israel's interest"),
                (
                    "p",
                    "As a country with advanced offensive capabilities and highly digitised infrastructure, "
                    "Israel has an interest in both freedom of action and restraint. It should support norms "
                    "that protect hospitals, water and electricity, while keeping the ambiguity that allows "
                    "it to act against military targets.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "Declare publicly that attacks on medical and water systems are unacceptable.",
                        "Build regional cyber-defence cooperation with the Abraham Accords countries.",
                        "Invest in the resilience of local authorities, the weakest link in civilian cyber defence.",
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ 2022
    {
        "slug": "russias-war-in-ukraine-five-implications",
        "series": "insight",
        "date": "2022-03-08",
        "authors": ["natalia-orlova"],
        "topics": ["war-in-ukraine", "russia", "europe"],
        "image": "map-levant",
        "en": {
            "title": "Russia's War in Ukraine: Five Early Implications for Israel",
            "summary": "Two weeks into the Russian invasion, Israel is trying to keep its freedom of action in "
            "Syria without standing apart from the West. The war's implications reach far beyond "
            "Europe, from energy and food prices to immigration and the nuclear talks with Iran.",
            "caption": "Russia's military presence in Syria ties the war in Europe to Israel's northern border.",
            "body": [
                (
                    "p",
                    "Russia's invasion of Ukraine has put Israel in an uncomfortable position. Its security "
                    "coordination with Moscow in Syria is a vital interest, while its alliance with Washington "
                    "and its own values place it on the side of Ukraine. So far Jerusalem has tried to mediate "
                    "and to stay cautious, but the room for manoeuvre is narrowing.",
                ),
                ("h2", "Five implications"),
                (
                    "list",
                    "lettered",
                    [
                        "Syria: Russia may need its forces elsewhere, but it may also use its presence in Syria to "
                        "pressure Israel over its position on the war.",
                        "The United States: Washington will expect its partners to join the sanctions, and will "
                        "remember who did not.",
                        "Iran: the talks in Vienna may be delayed or hijacked, as Moscow looks for leverage against "
                        "the West.",
                        "Immigration: tens of thousands of Jews from Ukraine and Russia may seek to come to Israel, "
                        "and absorbing them will require preparation.",
                        "Energy and food: rising prices of gas and grain will hit Egypt and Jordan hard, with risks "
                        "to their stability.",
                    ],
                ),
                (
                    "p",
                    "The war is also a reminder of old lessons that were half forgotten: that a large "
                    "conventional war between states is still possible, that stocks of ammunition matter, and "
                    "that a determined society can defend itself against a stronger army.",
                ),
                (
                    "p",
                    "Israel should define clear red lines in its relations with Moscow, coordinate its steps "
                    "closely with Washington, and prepare the absorption system for a wave of immigration.",
                ),
            ],
        },
        "he": {
            "title": "המלחמה של רוסיה באוקראינה: חמש השלכות ראשונות לישראל",
            "summary": "שבועיים לאחר הפלישה הרוסית מנסה ישראל לשמור על חופש הפעולה שלה בסוריה בלי לעמוד "
            "מחוץ למחנה המערבי. השלכות המלחמה חורגות הרבה מעבר לאירופה: ממחירי האנרגיה והמזון "
            "ועד להגירה ולשיחות הגרעין עם איראן.",
            "caption": "הנוכחות הצבאית של רוסיה בסוריה קושרת את המלחמה באירופה לגבול הצפון של ישראל.",
            "body": [
                (
                    "p",
                    "הפלישה הרוסית לאוקראינה העמידה את ישראל במצב לא נוח. התיאום הביטחוני עם מוסקבה "
                    "בסוריה הוא אינטרס חיוני, ואילו הברית עם וושינגטון וערכיה של ישראל עצמה מציבים אותה "
                    "לצד אוקראינה. עד כה ניסתה ירושלים לתווך ולנהוג בזהירות, אך מרחב התמרון הולך וקטן.",
                ),
                ("h2", "חמש השלכות"),
                (
                    "list",
                    "lettered",
                    [
                        "סוריה: ייתכן שרוסיה תזדקק לכוחותיה במקום אחר, אך היא עשויה גם לנצל את נוכחותה "
                        "בסוריה כדי ללחוץ על ישראל בשל עמדתה במלחמה.",
                        "ארצות הברית: וושינגטון תצפה משותפותיה להצטרף לסנקציות, ותזכור מי לא עשה זאת.",
                        "איראן: השיחות בווינה עלולות להתעכב או להיחטף, כשמוסקבה מחפשת מנופי לחץ נגד המערב.",
                        "עלייה: עשרות אלפי יהודים מאוקראינה ומרוסיה עשויים לבקש לעלות לישראל, וקליטתם תחייב היערכות.",
                        "אנרגיה ומזון: עליית מחירי הגז והדגנים תפגע קשות במצרים ובירדן ותסכן את יציבותן.",
                    ],
                ),
                (
                    "p",
                    "המלחמה מזכירה גם לקחים ישנים שנשכחו למחצה: שמלחמה קונבנציונלית גדולה בין מדינות "
                    "עדיין אפשרית, שמלאי התחמושת חשוב, ושחברה נחושה מסוגלת להגן על עצמה מפני צבא חזק ממנה.",
                ),
                (
                    "p",
                    "על ישראל להגדיר קווים אדומים ברורים ביחסיה עם מוסקבה, לתאם את צעדיה בקפידה עם "
                    "וושינגטון ולהכין את מערך הקליטה לגל עלייה.",
                ),
            ],
        },
    },
    {
        "slug": "europes-energy-pivot-and-israeli-gas",
        "series": "policy-papers",
        "date": "2022-06-27",
        "authors": ["liora-ben-david", "natalia-orlova"],
        "topics": ["europe", "natural-gas", "climate-infrastructure-energy"],
        "projects": ["eastern-mediterranean-energy"],
        "image": "waves-sea",
        "en": {
            "title": "Europe's Energy Pivot and the Israeli Gas Opportunity",
            "summary": "Europe is racing to replace Russian gas. Israel can contribute, mainly through Egypt's "
            "liquefaction plants, but should not overestimate its weight or sacrifice the domestic "
            "market's long-term needs.",
            "caption": "Liquefied gas tankers are the quickest route from the Eastern Mediterranean to Europe.",
            "body": [
                (
                    "p",
                    "Until the war, Russia supplied some forty percent of the gas consumed in the European Union. "
                    "Within months Brussels decided to end that dependence, and European leaders began to visit "
                    "Cairo and Jerusalem in search of alternatives.",
                ),
                (
                    "p",
                    "Israel's reserves are significant for a small country but modest on a European scale. "
                    "Without a pipeline to Europe, Israeli gas can reach the continent only through Egypt's "
                    "liquefaction plants, which already operate close to capacity.",
                ),
                ("h2", "What Israel should do"),
                (
                    "list",
                    "lettered",
                    [
                        "Sign a trilateral memorandum with Egypt and the European Union to increase supply through "
                        "the existing plants.",
                        "Encourage new exploration licences, so that exports do not come at the expense of domestic "
                        "supply in the 2040s.",
                        "Present gas as a bridge to renewable energy, in line with Europe's climate goals.",
                    ],
                ),
                (
                    "p",
                    "Above all, the crisis gives Israel an opportunity to upgrade its relations with Europe, "
                    "which have long been dominated by disagreement over the Palestinian issue. Energy offers "
                    "a shared interest on which a broader dialogue can be built.",
                ),
            ],
        },
    },
    {
        "slug": "irans-protest-wave-and-the-regimes-staying-power",
        "series": "insight",
        "date": "2022-10-12",
        "authors": ["dana-mizrahi"],
        "topics": ["iran-domestic-politics", "iran"],
        "projects": ["iran-watch"],
        "image": "orbs-dusk",
        "en": {
            "title": "Iran's Protest Wave and the Regime's Staying Power",
            "summary": "The protests that followed the death of a young woman in police custody are the broadest "
            "challenge to the Islamic Republic in over a decade. The regime is weakened, but it is not "
            "about to fall.",
            "caption": "Protests spread from Kurdish towns to universities across Iran within days.",
            "body": [
                (
                    "p",
                    "What began as a protest over the death of one young woman has become a movement against "
                    "the entire system of religious control over women's lives, and beyond it against the "
                    "regime itself. Schoolgirls, students, bazaar merchants and workers in the oil industry "
                    "have joined at different moments.",
                ),
                (
                    "p",
                    "The regime's response has been brutal but measured: arrests, shootings at night, internet "
                    "shutdowns, and a propaganda campaign blaming foreign enemies. The security forces have "
                    "remained loyal, and there are no signs of a split at the top.",
                ),
                ("h2", "What to watch"),
                (
                    "list",
                    "lettered",
                    [
                        "Strikes in the energy sector, which could hurt the regime's income.",
                        "Defections within the Revolutionary Guards or the clergy.",
                        "The health of the Supreme Leader and the struggle over his succession.",
                    ],
                ),
                (
                    "p",
                    "Israel has little ability to influence events inside Iran, and open involvement would "
                    "serve the regime's narrative. It should, however, make sure that the protests do not "
                    "distract Western attention from the nuclear programme, which is advancing all the while.",
                ),
            ],
        },
    },
    {
        "slug": "the-houthis-and-bab-el-mandeb",
        "series": "strategic-assessment",
        "date": "2022-11-14",
        "authors": ["noa-friedman", "amir-ben-haim"],
        "topics": ["yemen-and-the-houthis", "red-sea-security", "saudi-arabia-and-the-gulf"],
        "image": "map-gulf",
        "en": {
            "title": "The Houthis and the Bab el-Mandeb: A Maritime Threat Assessment",
            "summary": "The truce in Yemen has lowered the level of fighting, but the Houthis have emerged with "
            "long-range missiles, drones and explosive boats. The article assesses the threat they "
            "pose to shipping in the Red Sea and to Israel.",
            "caption": "Bab el-Mandeb, one of the world's busiest shipping chokepoints.",
            "body": [
                (
                    "p",
                    "Eight years of war have turned the Houthi movement from a tribal militia into a military "
                    "force with capabilities that few non-state actors possess. With Iranian help it has built "
                    "ballistic and cruise missiles, long-range drones and unmanned explosive boats.",
                ),
                (
                    "p",
                    "The strait of Bab el-Mandeb, which the Houthis overlook, carries roughly a tenth of world "
                    "trade, including most of Israel's trade with Asia. The movement has already shown that it "
                    "is willing to strike Saudi and Emirati cities; striking ships is a smaller step.",
                ),
                (
                    "figure",
                    "waves-sea",
                    None,
                    "The southern Red Sea: a narrow passage between Yemen and the Horn of Africa.",
                    "",
                ),
                ("h2", "The threat to Israel"),
                (
                    "p",
                    "The Houthis declare Israel an enemy in their very slogan, and Eilat lies within the range "
                    "of their newer missiles. In a regional war led by Iran, they could open a distant front "
                    "that would require Israel to defend its south and its shipping lanes simultaneously.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "Deepen maritime cooperation with the United States' naval forces in the region.",
                        "Extend early warning and air defence coverage to Eilat and the southern Red Sea.",
                        "Work quietly with Saudi Arabia and the Emirates, which share the threat.",
                    ],
                ),
                (
                    "quote",
                    "A movement that was dismissed as a local militia now holds a key to global trade.",
                    "From the article",
                ),
            ],
        },
        "he": {
            "title": "החות'ים ובאב אל-מנדב: הערכת איום ימי",
            "summary": "הפסקת האש בתימן הורידה את עצימות הלחימה, אך החות'ים יצאו ממנה עם טילים ארוכי "
            'טווח, כטב"מים וסירות נפץ. המאמר מעריך את האיום שהם מציבים לשיט בים האדום ולישראל.',
            "caption": "באב אל-מנדב, אחד ממעברי השיט העמוסים בעולם.",
            "body": [
                (
                    "p",
                    "שמונה שנות מלחמה הפכו את תנועת החות'ים ממיליציה שבטית לכוח צבאי שיש בידיו יכולות "
                    "שמעט שחקנים לא-מדינתיים מחזיקים. בסיוע איראני בנתה התנועה טילים בליסטיים וטילי שיוט, "
                    'כטב"מים ארוכי טווח וסירות נפץ בלתי מאוישות.',
                ),
                (
                    "p",
                    "במצר באב אל-מנדב, שהחות'ים שולטים עליו מן החוף, עוברת כעשירית מהסחר העולמי, ובכלל "
                    "זה רוב הסחר של ישראל עם אסיה. התנועה כבר הוכיחה שהיא מוכנה לתקוף ערים בסעודיה "
                    "ובאיחוד האמירויות; תקיפת ספינות היא צעד קטן יותר.",
                ),
                (
                    "figure",
                    "waves-sea",
                    "קווי גלים על רקע כחול עמוק, המזכירים ים פתוח",
                    "דרום הים האדום: מעבר צר בין תימן לקרן אפריקה.",
                    "",
                ),
                ("h2", "האיום על ישראל"),
                (
                    "p",
                    "החות'ים מכריזים על ישראל כעל אויב בסיסמתם עצמה, ואילת נמצאת בטווח הטילים החדשים "
                    "שלהם. במלחמה אזורית בהובלת איראן הם עלולים לפתוח חזית רחוקה שתחייב את ישראל להגן "
                    "בו בזמן על הדרום ועל נתיבי השיט שלה.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "להעמיק את שיתוף הפעולה הימי עם כוחות הצי של ארצות הברית באזור.",
                        "להרחיב את כיסוי ההתרעה וההגנה האווירית לאילת ולדרום הים האדום.",
                        "לפעול בשקט עם סעודיה ואיחוד האמירויות, השותפות לאיום.",
                    ],
                ),
                ("quote", "תנועה שנחשבה למיליציה מקומית מחזיקה כעת במפתח לסחר העולמי.", "מתוך המאמר"),
            ],
        },
    },
    # ------------------------------------------------------------------ 2023
    {
        "slug": "protests-and-military-readiness",
        "series": "insight",
        "date": "2023-03-20",
        "authors": ["ruth-almog", "yael-shachar"],
        "topics": ["societal-resilience", "military-and-strategic-affairs", "law-and-national-security"],
        "image": "bars-economy",
        "en": {
            "title": "Judicial Overhaul Protests and Military Readiness",
            "summary": "Reservists' threats to stop volunteering have turned a constitutional dispute into a "
            "question of national security. The paper examines the risks to readiness and to the "
            "cohesion of the army.",
            "caption": "Weekly demonstrations have drawn hundreds of thousands of Israelis into the streets.",
            "body": [
                (
                    "p",
                    "For weeks, hundreds of thousands of Israelis have demonstrated against the government's "
                    "plan to change the judicial system. The protest has reached the army: pilots, intelligence "
                    "officers and members of special units have announced that they will stop reporting for "
                    "voluntary reserve duty if the legislation passes.",
                ),
                (
                    "p",
                    "The IDF depends on reservists far more than most armies, and some of its most sensitive "
                    "capabilities rest on volunteers who serve well beyond their legal obligation. Even a "
                    "partial refusal could harm readiness within months.",
                ),
                ("h2", "Risks"),
                (
                    "list",
                    "lettered",
                    [
                        "Damage to the training and readiness of the air force and of intelligence units.",
                        "Erosion of the army's image as a body above political disputes.",
                        "Encouragement to enemies, who may read the crisis as a sign of weakness.",
                    ],
                ),
                (
                    "p",
                    "A solution is political, not military. Yet the army's commanders should keep open channels "
                    "with reservists on both sides of the divide and prevent politicisation of the ranks. "
                    "Adversaries are watching closely; a divided society invites tests.",
                ),
            ],
        },
    },
    {
        "slug": "artificial-intelligence-and-national-security",
        "series": "special-publications",
        "date": "2023-06-12",
        "authors": ["tomer-avraham", "yael-shachar", "guest:miriam-castell"],
        "topics": ["artificial-intelligence", "advanced-technologies", "law-and-national-security"],
        "image": "grid-cyber",
        "pdf": True,
        "en": {
            "title": "Artificial Intelligence and National Security: A Framework for Israel",
            "summary": "Artificial intelligence is changing intelligence analysis, weapons and the economy at "
            "once. The report of the Institute's task force proposes a national framework for "
            "developing and governing military and civilian AI.",
            "caption": "Data, computing power and talent are the raw materials of the new competition.",
            "body": [
                (
                    "p",
                    "Within a few years, artificial intelligence has moved from research laboratories into "
                    "operations rooms. Militaries use it to sift intelligence, to identify targets and to "
                    "operate unmanned systems; adversaries use it to produce disinformation at scale.",
                ),
                (
                    "p",
                    "Israel has notable advantages in this competition: a strong technology sector, experienced "
                    "intelligence units and close ties with American industry. It lacks, however, national "
                    "computing infrastructure, a coordinating body and a legal framework suited to the new "
                    "technologies.",
                ),
                ("h2", "The task force's recommendations"),
                (
                    "list",
                    "numbered",
                    [
                        "Establish a national AI directorate in the Prime Minister's Office, with a budget and "
                        "authority to coordinate ministries and the defence establishment.",
                        "Build sovereign computing capacity for sensitive government and defence uses.",
                        "Adopt principles for military AI that keep meaningful human judgement in decisions on the "
                        "use of force.",
                        "Invest in training, from schools to reserve units, to widen the pool of talent.",
                        "Join international forums that shape the norms of AI, rather than waiting for them.",
                    ],
                ),
                (
                    "p",
                    "The framework does not propose to slow down development; the risk of falling behind is "
                    "greater than the risk of moving forward. It proposes to move forward with rules that "
                    "preserve legitimacy at home and abroad.",
                ),
                (
                    "quote",
                    "The side with the better algorithms will not win unless it also has better judgement.",
                    "Miriam Castell",
                ),
            ],
        },
    },
    {
        "slug": "saudi-israeli-normalization-the-price",
        "series": "insight",
        "date": "2023-08-29",
        "authors": ["ethan-klein", "noa-friedman"],
        "topics": ["peace-and-normalization", "saudi-arabia-and-the-gulf", "israel-united-states"],
        "image": "map-gulf",
        "related": ["after-the-abraham-accords"],
        "en": {
            "title": "Saudi-Israeli Normalization: The Price of the Triangle Deal",
            "summary": "Riyadh is asking Washington for a defence treaty and a civilian nuclear programme, and "
            "Israel for a meaningful step toward the Palestinians. Each element carries risks as well "
            "as rewards.",
            "caption": "A deal between Riyadh and Jerusalem would pass through Washington.",
            "body": [
                (
                    "p",
                    "Talks on normalisation between Saudi Arabia and Israel have become a three-way "
                    "negotiation. The kingdom's demands are mostly addressed to the United States: a binding "
                    "security guarantee, advanced weapons and help in building a civilian nuclear programme, "
                    "including uranium enrichment on Saudi soil.",
                ),
                (
                    "p",
                    "From Israel, Riyadh is asking for a Palestinian component whose content is still unclear. "
                    "The present Israeli coalition will find it hard to offer anything beyond economic measures, "
                    "while the Saudi leadership needs something it can present to its public and to the Arab "
                    "world.",
                ),
                ("h2", "The nuclear question"),
                (
                    "p",
                    "The most sensitive demand for Israel is enrichment. A Saudi enrichment facility, even under "
                    "inspection, could become a regional precedent and invite others to follow. Israel should "
                    "insist on arrangements that keep fuel production outside the kingdom or under tight "
                    "American control.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "Support an American defence commitment, which would also strengthen the regional "
                        "coalition against Iran.",
                        "Condition support for a Saudi nuclear programme on strict limits on enrichment.",
                        "Prepare a Palestinian package that is serious enough to be credible in Riyadh.",
                    ],
                ),
            ],
        },
    },
    {
        "slug": "war-in-gaza-strategic-objectives",
        "series": "insight",
        "date": "2023-11-09",
        "authors": ["amir-ben-haim", "gideon-tal"],
        "topics": ["hamas-and-the-gaza-strip", "military-and-strategic-affairs", "israel-united-states"],
        "image": "rays-dawn",
        "related": ["eleven-days-in-may"],
        "en": {
            "title": "The War in Gaza: Strategic Objectives and Their Trade-offs",
            "summary": "The government has set two goals for the war: destroying Hamas's rule and military "
            "power, and returning the hostages. The paper examines the tension between them and the "
            "questions that must be answered before the fighting ends.",
            "caption": "The ground manoeuvre in the northern Gaza Strip entered its second week.",
            "body": [
                (
                    "p",
                    "The massacre of 7 October shattered the assumptions on which Israel's policy toward Gaza "
                    "had rested for fifteen years: that Hamas was deterred, that it preferred governing to "
                    "fighting, and that the border fence and intelligence would provide early warning.[^1]",
                ),
                (
                    "p",
                    "The war's declared goals are to destroy Hamas's military and governing capabilities and to "
                    "bring home the more than two hundred hostages held in the Strip. Military pressure may "
                    "push Hamas toward a deal, but it also endangers the hostages, and any pause in fighting "
                    "allows the organisation to regroup.",
                ),
                ("h2", "Questions that cannot wait"),
                (
                    "list",
                    "lettered",
                    [
                        "Who will govern Gaza after Hamas, and who will pay for reconstruction?",
                        "How long can Israel count on American support and on the legitimacy of the operation?",
                        "How can the risk of a second front in the north be managed while forces are committed "
                        "in the south?",
                    ],
                ),
                (
                    "p",
                    "Military success without a political plan risks repeating the pattern of past rounds: "
                    "a temporary achievement that erodes within a few years.[^2] Planning for the day after "
                    "should begin now, together with the United States and the Arab states that have an "
                    "interest in a Gaza without Hamas.",
                ),
                (
                    "quote",
                    "The objectives of a war must be set with its end in mind, not only its beginning.",
                    "Gideon Tal",
                ),
            ],
            "footnotes": {
                "1": "On these assumptions see the Institute's assessments of Gaza from 2021 and 2022.",
                "2": "Between 2008 and 2021 Israel fought five major rounds in Gaza, each ending without a "
                "political arrangement.",
            },
        },
        "he": {
            "title": "המלחמה ברצועת עזה: יעדים אסטרטגיים והמתח ביניהם",
            "summary": "הממשלה הציבה למלחמה שני יעדים: פירוק שלטונו וכוחו הצבאי של חמאס, והשבת החטופים. "
            "המסמך בוחן את המתח ביניהם ואת השאלות שיש להשיב עליהן לפני שהלחימה תסתיים.",
            "caption": "התמרון הקרקעי בצפון הרצועה נכנס לשבועו השני.",
            "body": [
                (
                    "p",
                    "הטבח של 7 באוקטובר ניפץ את ההנחות שעליהן נשענה מדיניות ישראל כלפי רצועת עזה במשך "
                    "חמש-עשרה שנה: שחמאס מורתע, שהוא מעדיף למשול מאשר להילחם, ושהגדר והמודיעין יספקו "
                    "התרעה מוקדמת.[^1]",
                ),
                (
                    "p",
                    "יעדי המלחמה המוצהרים הם השמדת היכולות הצבאיות והשלטוניות של חמאס והשבת יותר ממאתיים "
                    "החטופים המוחזקים ברצועה. הלחץ הצבאי עשוי לדחוף את חמאס לעסקה, אך הוא גם מסכן את "
                    "החטופים, וכל הפוגה בלחימה מאפשרת לארגון להתארגן מחדש.",
                ),
                ("h2", "שאלות שאינן יכולות לחכות"),
                (
                    "list",
                    "lettered",
                    [
                        "מי ימשול ברצועה אחרי חמאס, ומי ישלם על השיקום?",
                        "עד מתי תוכל ישראל לסמוך על התמיכה האמריקנית ועל הלגיטימיות של המבצע?",
                        "כיצד לנהל את הסיכון לחזית שנייה בצפון כשהכוחות מרותקים לדרום?",
                    ],
                ),
                (
                    "p",
                    "הצלחה צבאית ללא תוכנית מדינית עלולה לחזור על דפוס הסבבים הקודמים: הישג זמני "
                    "שנשחק בתוך שנים אחדות.[^2] את התכנון ליום שאחרי יש להתחיל כבר עכשיו, יחד עם ארצות "
                    "הברית ועם מדינות ערב שיש להן עניין ברצועה ללא חמאס.",
                ),
                ("quote", "את יעדי המלחמה יש לקבוע מתוך מחשבה על סופה, ולא רק על תחילתה.", "גדעון טל"),
            ],
            "footnotes": {
                "1": "על הנחות אלה ראו את הערכות המכון בנוגע לרצועת עזה מהשנים 2021 ו-2022.",
                "2": "בין 2008 ל-2021 ניהלה ישראל חמישה סבבי לחימה גדולים ברצועה, וכולם הסתיימו ללא הסדר מדיני.",
            },
        },
    },
    # ------------------------------------------------------------------ 2024
    {
        "slug": "the-day-after-in-gaza-governance-options",
        "series": "memoranda",
        "date": "2024-01-25",
        "authors": ["yael-shachar", "omar-haddad"],
        "topics": ["gaza-reconstruction", "israeli-palestinian-relations", "hamas-and-the-gaza-strip"],
        "image": "orbs-desert",
        "related": ["war-in-gaza-strategic-objectives"],
        "en": {
            "title": "The Day After in Gaza: Governance Options Compared",
            "summary": "Four models have been proposed for governing the Gaza Strip after the war. The memorandum "
            "compares them by feasibility, cost, legitimacy and security, and finds that none is "
            "possible without regional partners.",
            "caption": "Whole neighbourhoods of the Strip will need to be rebuilt from the ground up.",
            "body": [
                (
                    "p",
                    "Every war ends in a political arrangement, even if it is only an implicit one. In Gaza, the "
                    "question of who will govern after the fighting is already shaping the fighting itself: "
                    "which areas are cleared, which crossings are opened, and who distributes aid.",
                ),
                (
                    "p",
                    "We examined four models that appear in the public debate and in the positions of the "
                    "relevant governments. Each was assessed against four criteria, on the basis of interviews "
                    "with officials and experts in Israel, the Gulf, Egypt and Europe.",
                ),
                (
                    "table",
                    "Four governance models for the Gaza Strip, by criterion",
                    [
                        ["Model", "Feasibility", "Cost to Israel", "Legitimacy", "Security"],
                        ["Israeli military administration", "High", "Very high", "Low", "High"],
                        ["Local clans and notables", "Low", "Medium", "Low", "Low"],
                        ["Reformed Palestinian Authority", "Medium", "Low", "High", "Medium"],
                        ["Arab-international mission", "Medium", "Low", "High", "Medium"],
                    ],
                ),
                ("h2", "Conclusions"),
                (
                    "list",
                    "lettered",
                    [
                        "Military control alone cannot be a long-term answer; its economic and political costs "
                        "would be heavy.",
                        "Any civilian model needs Arab partners, and they will not join without a link to the "
                        "Palestinian Authority.",
                        "Israel must keep freedom of security action, as it does in the West Bank, whatever the "
                        "civilian arrangement.",
                    ],
                ),
                (
                    "p",
                    "A combination of a reformed Palestinian Authority and an Arab-international mission, with "
                    "a transition period, appears to offer the best balance. Its success depends on decisions "
                    "that Israel has so far avoided making.",
                ),
            ],
        },
    },
    {
        "slug": "the-iranian-missile-barrage-of-april-2024",
        "series": "insight",
        "date": "2024-04-16",
        "authors": ["dana-mizrahi", "amir-ben-haim"],
        "topics": ["iran", "military-and-strategic-affairs", "israel-united-states"],
        "projects": ["iran-watch"],
        "image": "rays-dawn",
        "en": {
            "title": "The Iranian Missile Barrage of April 2024: A First Assessment",
            "summary": "For the first time, Iran attacked Israel directly from its own territory, with more than "
            "three hundred drones and missiles. The interception was a remarkable success, but the "
            "rules of the game between the two states have changed.",
            "caption": "The attack was launched from Iranian territory and took hours to reach Israel.",
            "body": [
                (
                    "p",
                    "On the night of 13 April, Iran launched some 170 drones, 30 cruise missiles and 120 "
                    "ballistic missiles at Israel. Almost all were intercepted, by Israel's air defence and by "
                    "the aircraft of a coalition led by the United States, with the quiet help of Arab states.",
                ),
                (
                    "p",
                    "The attack was Iran's response to the killing of senior Revolutionary Guards officers in "
                    "Damascus. By choosing to respond directly rather than through its proxies, Tehran broke "
                    "a pattern of decades and showed that it is prepared to take the risk of open war.",
                ),
                ("h2", "First lessons"),
                (
                    "list",
                    "lettered",
                    [
                        "The regional defence coalition worked, and it is an asset that should be institutionalised.",
                        "Interception on this scale is expensive; Israel cannot rely on defence alone in a long war.",
                        "Iran has lowered its threshold for direct action, and deterrence must be rebuilt.",
                    ],
                ),
                (
                    "p",
                    "Israel's response must balance two needs: to restore deterrence, and to preserve the "
                    "coalition that has just proved its worth. A limited, precise response that signals "
                    "capability without humiliating Tehran may serve both.",
                ),
            ],
        },
        "he": {
            "title": "מתקפת הטילים האיראנית באפריל 2024: הערכה ראשונית",
            "summary": 'לראשונה תקפה איראן את ישראל ישירות משטחה, ביותר משלוש מאות כטב"מים וטילים. '
            "היירוט היה הצלחה יוצאת דופן, אך כללי המשחק בין שתי המדינות השתנו.",
            "caption": "המתקפה שוגרה משטח איראן ונמשכה שעות עד שהגיעה לישראל.",
            "body": [
                (
                    "p",
                    'בליל 13 באפריל שיגרה איראן לעבר ישראל כ-170 כטב"מים, 30 טילי שיוט ו-120 טילים '
                    "בליסטיים. כמעט כולם יורטו, בידי מערך ההגנה האווירית של ישראל ובידי מטוסי קואליציה "
                    "בהובלת ארצות הברית, בסיוע שקט של מדינות ערביות.",
                ),
                (
                    "p",
                    "המתקפה הייתה תגובתה של איראן להריגת קצינים בכירים של משמרות המהפכה בדמשק. כשבחרה "
                    "להגיב ישירות ולא באמצעות שלוחיה, שברה טהרן דפוס של עשרות שנים והראתה שהיא מוכנה "
                    "ליטול את הסיכון של מלחמה גלויה.",
                ),
                ("h2", "לקחים ראשונים"),
                (
                    "list",
                    "lettered",
                    [
                        "קואליציית ההגנה האזורית פעלה, וזהו נכס שיש למסד.",
                        "יירוט בהיקף כזה יקר מאוד; ישראל אינה יכולה להסתמך על הגנה בלבד במלחמה ממושכת.",
                        "איראן הנמיכה את הסף שלה לפעולה ישירה, ויש לבנות מחדש את ההרתעה.",
                    ],
                ),
                (
                    "p",
                    "תגובת ישראל צריכה לאזן בין שני צרכים: השבת ההרתעה ושימור הקואליציה שזה עתה הוכיחה "
                    "את ערכה. תגובה מוגבלת ומדויקת, המאותתת על יכולת בלי להשפיל את טהרן, עשויה לשרת את "
                    "שניהם.",
                ),
            ],
        },
    },
    {
        "slug": "hezbollahs-calculus-on-the-northern-front",
        "series": "strategic-assessment",
        "date": "2024-07-02",
        "authors": ["dana-mizrahi", "amir-ben-haim"],
        "topics": ["lebanon-and-hezbollah", "iran", "military-and-strategic-affairs"],
        "projects": ["iran-watch"],
        "image": "map-north",
        "en": {
            "title": "Hezbollah's Calculus on the Northern Front",
            "summary": "Nine months of daily fire have emptied the communities on both sides of the border. The "
            "article analyses why Hezbollah has kept its attacks below the threshold of full war, and "
            "what could push it across.",
            "caption": "The border area, where tens of thousands of residents have been evacuated on both sides.",
            "body": [
                (
                    "p",
                    "Hezbollah joined the war on 8 October, a day after the Hamas attack, but it did so in a "
                    "limited way: anti-tank missiles, rockets and drones against military positions and "
                    "border communities. The organisation has described its campaign as a support front, "
                    "meant to tie down Israeli forces rather than to win.",
                ),
                (
                    "p",
                    "This restraint reflects several constraints. Lebanon is in deep economic crisis, and many "
                    "Lebanese, including Shiites, fear a war like that of 2006.[^1] Iran, for its part, sees "
                    "Hezbollah's arsenal as a deterrent against an attack on its nuclear sites, not as a "
                    "force to be spent on behalf of Hamas.",
                ),
                (
                    "figure",
                    "map-north",
                    None,
                    "Positions along the Blue Line, illustrated.",
                    "Illustration: IPS graphics desk",
                ),
                ("h2", "What could change the calculus"),
                (
                    "list",
                    "lettered",
                    [
                        "A mass-casualty strike on either side, which would create pressure to escalate.",
                        "An Israeli decision that the evacuation of the north can no longer continue.",
                        "A change in Iran's assessment of its own vulnerability.",
                    ],
                ),
                (
                    "p",
                    "The present equilibrium is costly for Israel: the north is empty, and every month that "
                    "passes makes the residents' return harder.[^2] A diplomatic arrangement that pushes "
                    "Hezbollah's forces away from the border is preferable, but only if it is enforced; "
                    "the arrangement of 2006 was not.",
                ),
            ],
            "footnotes": {
                "1": "Public opinion surveys in Lebanon in 2023 and 2024 show wide opposition to a war with "
                "Israel across all communities.",
                "2": "Some sixty thousand Israelis were evacuated from their homes along the northern border "
                "in October 2023.",
            },
        },
        "he": {
            "title": "השיקולים של חזבאללה בחזית הצפונית",
            "summary": "תשעה חודשים של ירי יומיומי רוקנו את היישובים משני צידי הגבול. המאמר מנתח מדוע "
            "חזבאללה שמר על התקפותיו מתחת לסף מלחמה כוללת, ומה עלול לדחוף אותו לחצות אותו.",
            "caption": "אזור הגבול, שממנו פונו עשרות אלפי תושבים משני הצדדים.",
            "body": [
                (
                    "p",
                    "חזבאללה הצטרף למלחמה ב-8 באוקטובר, יום אחרי מתקפת חמאס, אך עשה זאת באופן מוגבל: "
                    'טילי נ"ט, רקטות וכטב"מים נגד מוצבים צבאיים ויישובי הגבול. הארגון הגדיר את מערכתו '
                    "כחזית סיוע, שנועדה לרתק כוחות ישראליים ולא להכריע.",
                ),
                (
                    "p",
                    "הריסון הזה משקף כמה אילוצים. לבנון שרויה במשבר כלכלי עמוק, ולבנונים רבים, ובהם "
                    "שיעים, חוששים ממלחמה כמו זו של 2006.[^1] איראן מצידה רואה במערך הנשק של חזבאללה "
                    "גורם מרתיע מפני תקיפה של אתרי הגרעין שלה, ולא כוח שיש לבזבז למען חמאס.",
                ),
                (
                    "figure",
                    "map-north",
                    "מפה מסוגננת של אזור גבול הררי ועליה עמדות מסומנות",
                    "עמדות לאורך הקו הכחול, בהמחשה.",
                    "איור: מחלקת הגרפיקה של המכון",
                ),
                ("h2", "מה עשוי לשנות את השיקולים"),
                (
                    "list",
                    "lettered",
                    [
                        "פגיעה רבת נפגעים באחד הצדדים, שתיצור לחץ להסלים.",
                        "החלטה ישראלית שאי אפשר להמשיך עוד בפינוי הצפון.",
                        "שינוי בהערכתה של איראן את פגיעותה שלה.",
                    ],
                ),
                (
                    "p",
                    "שיווי המשקל הנוכחי יקר לישראל: הצפון ריק, וכל חודש שחולף מקשה על חזרת "
                    "התושבים.[^2] הסדר מדיני שירחיק את כוחות חזבאללה מהגבול עדיף, אך רק אם ייאכף; "
                    "ההסדר של 2006 לא נאכף.",
                ),
            ],
            "footnotes": {
                "1": "סקרי דעת קהל בלבנון מהשנים 2023 ו-2024 מצביעים על התנגדות רחבה למלחמה עם ישראל בכל העדות.",
                "2": "כשישים אלף ישראלים פונו מבתיהם לאורך גבול הצפון באוקטובר 2023.",
            },
        },
    },
    {
        "slug": "rebuilding-the-north-and-the-western-negev",
        "series": "policy-papers",
        "date": "2024-09-10",
        "authors": ["ruth-almog", "liora-ben-david"],
        "topics": ["societal-resilience", "economics-and-national-security"],
        "image": "bars-economy",
        "en": {
            "title": "Evacuated Communities: Rebuilding the North and the Western Negev",
            "summary": "Rebuilding the border communities is a national security task, not only a social one. "
            "The paper proposes a governance model and funding principles for a decade of recovery.",
            "caption": "Farming communities along the border have been empty for nearly a year.",
            "body": [
                (
                    "p",
                    "Never before have so many Israelis been displaced from their homes for so long. In the "
                    "western Negev, some communities were physically destroyed; in the north, houses stand "
                    "but their residents are scattered in hotels across the country.",
                ),
                (
                    "p",
                    "Experience from other countries shows that recovery after a disaster succeeds when "
                    "residents take part in decisions, when funding is predictable over years, and when "
                    "a single body is responsible. In Israel, so far, none of these conditions has been met.",
                ),
                ("h2", "Principles for recovery"),
                (
                    "list",
                    "lettered",
                    [
                        "A single statutory authority for each region, with a multi-year budget.",
                        "Community-level planning led by the residents and their elected bodies.",
                        "Incentives for young families and businesses, not only compensation for losses.",
                        "Mental health services on a scale never offered before.",
                    ],
                ),
                (
                    "p",
                    "The return of residents is also a test of deterrence. An enemy that sees the borders "
                    "emptied learns that it can achieve strategic gains without winning battles.",
                ),
            ],
        },
    },
    {
        "slug": "assads-fall-opportunities-and-risks",
        "series": "insight",
        "date": "2024-12-12",
        "authors": ["natalia-orlova", "dana-mizrahi"],
        "topics": ["syria", "turkey", "russia", "iran"],
        "image": "map-levant",
        "en": {
            "title": "Assad's Fall: Opportunities and Risks on the Syrian Front",
            "summary": "Within twelve days, the regime that had survived thirteen years of civil war collapsed. "
            "Iran has lost its land bridge to Lebanon, but Israel now faces an uncertain neighbour "
            "led by former jihadists and backed by Turkey.",
            "caption": "The rebels' offensive began in Idlib and reached Damascus in less than two weeks.",
            "body": [
                (
                    "p",
                    "The collapse of the Assad regime surprised even its enemies. The Syrian army, hollowed out "
                    "by years of war and corruption, barely fought, and its allies did not come to the rescue: "
                    "Russia was absorbed in Ukraine, and Hezbollah had been badly weakened by its war with Israel.",
                ),
                (
                    "p",
                    "For Iran, the loss is strategic. Syria was the corridor through which weapons reached "
                    "Hezbollah and the only Arab state firmly in its camp. Rebuilding that corridor will be "
                    "difficult under a Sunni government hostile to Tehran.",
                ),
                ("h2", "Risks for Israel"),
                (
                    "list",
                    "lettered",
                    [
                        "The new rulers come from jihadist organisations, and their moderation may be tactical.",
                        "Turkey's growing influence in Syria could bring it into friction with Israel.",
                        "Weapons from the old army's depots could fall into the hands of hostile groups.",
                    ],
                ),
                (
                    "p",
                    "Israel has moved to destroy strategic weapons and to take positions in the buffer zone. "
                    "These steps make sense in the short term, but they should be accompanied by quiet "
                    "channels to the new leadership and by coordination with the Gulf states, who are "
                    "likely to fund Syria's reconstruction.",
                ),
            ],
        },
        "he": {
            "title": "נפילת אסד: הזדמנויות וסיכונים בחזית הסורית",
            "summary": "בתוך שנים-עשר ימים קרס המשטר ששרד שלוש-עשרה שנות מלחמת אזרחים. איראן איבדה את "
            "הגשר היבשתי שלה ללבנון, אך ישראל ניצבת כעת מול שכנה לא ודאית, שבראשה עומדים "
            "ג'האדיסטים לשעבר ושטורקיה תומכת בה.",
            "caption": "מתקפת המורדים החלה באידליב והגיעה לדמשק בתוך פחות משבועיים.",
            "body": [
                (
                    "p",
                    "קריסת משטר אסד הפתיעה אפילו את אויביו. הצבא הסורי, שנחלש משנים של מלחמה ושחיתות, "
                    "כמעט לא נלחם, ובעלות בריתו לא נחלצו לעזרתו: רוסיה הייתה שקועה באוקראינה, וחזבאללה "
                    "נחלש מאוד במלחמתו עם ישראל.",
                ),
                (
                    "p",
                    "עבור איראן זהו הפסד אסטרטגי. סוריה הייתה המסדרון שדרכו הגיע הנשק לחזבאללה, והמדינה "
                    "הערבית היחידה שעמדה בתוקף במחנה שלה. יהיה קשה לבנות את המסדרון מחדש תחת ממשלה "
                    "סונית העוינת את טהרן.",
                ),
                ("h2", "סיכונים לישראל"),
                (
                    "list",
                    "lettered",
                    [
                        "השליטים החדשים באים מארגונים ג'האדיסטיים, וייתכן שהמתינות שלהם טקטית בלבד.",
                        "השפעתה הגוברת של טורקיה בסוריה עלולה להביא לחיכוך בינה ובין ישראל.",
                        "נשק ממחסני הצבא הישן עלול ליפול לידי קבוצות עוינות.",
                    ],
                ),
                (
                    "p",
                    "ישראל פעלה להשמדת נשק אסטרטגי ולתפיסת עמדות באזור החיץ. צעדים אלה הגיוניים בטווח "
                    "הקצר, אך יש ללוות אותם בערוצים שקטים להנהגה החדשה ובתיאום עם מדינות המפרץ, "
                    "שצפויות לממן את שיקום סוריה.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ 2025
    {
        "slug": "cognitive-warfare-in-the-gaza-war",
        "series": "insight",
        "date": "2025-02-18",
        "authors": ["tomer-avraham", "ruth-almog"],
        "topics": ["cognitive-warfare", "data-analytics", "hamas-and-the-gaza-strip"],
        "image": "grid-cyber",
        "en": {
            "title": "Cognitive Warfare in the Gaza War: Lessons from the Information Front",
            "summary": "Alongside the fighting in Gaza, a campaign was waged over global public opinion, and "
            "Israel mostly lost it. An analysis of two million social media posts points to the "
            "reasons and to what can be done differently.",
            "caption": "Images spread faster than any official statement could answer them.",
            "body": [
                (
                    "p",
                    "Within hours of the 7 October attack, Hamas's own footage was circulating worldwide. Within "
                    "weeks, the narrative had shifted: images of destruction in Gaza dominated the feeds, and "
                    "Israel's voice was heard mainly through formal statements that few people shared.",
                ),
                (
                    "p",
                    "Our analysis of some two million posts in English, Arabic and Spanish shows that a small "
                    "number of accounts, some of them coordinated and some automated, shaped a large share of "
                    "the conversation. False reports that went viral were rarely corrected with the same reach.",
                ),
                ("h2", "What can be done"),
                (
                    "list",
                    "lettered",
                    [
                        "Establish a national body for cognitive defence, separate from the military spokesperson.",
                        "Invest in rapid, credible, visual communication rather than in official messaging.",
                        "Work with platforms and researchers to expose coordinated campaigns in real time.",
                    ],
                ),
                (
                    "p",
                    "Democracies cannot, and should not, fight disinformation with disinformation. Their "
                    "advantage lies in credibility, and credibility is built before a war, not during it.",
                ),
            ],
        },
    },
    {
        "slug": "iraqs-militias-between-tehran-and-baghdad",
        "series": "memoranda",
        "date": "2025-04-07",
        "authors": ["dana-mizrahi", "guest:karim-nasser"],
        "topics": ["iraq-and-the-shiite-militias", "iran"],
        "projects": ["iran-watch"],
        "image": "map-gulf",
        "en": {
            "title": "Iraq's Militias Between Tehran and Baghdad",
            "summary": "The Iraqi Shiite militias have become a state within the state, drawing salaries from "
            "Baghdad and orders from Tehran. The memorandum maps their structure and assesses the "
            "threat they pose to Israel and to American forces.",
            "caption": "The militias control border crossings and smuggling routes in western Iraq.",
            "body": [
                (
                    "p",
                    "The Popular Mobilisation Forces were established in 2014 to fight the Islamic State. A "
                    "decade later, they number more than two hundred thousand fighters on the state payroll, "
                    "and the strongest factions among them answer to the Revolutionary Guards.",
                ),
                (
                    "p",
                    "During the war in Gaza, several factions launched drones and missiles at Israel and at "
                    "American bases. The attacks were mostly intercepted, but they showed that Iraq has become "
                    "a launching ground that Iran can activate without paying a price on its own soil.",
                ),
                ("h2", "Structure and divisions"),
                (
                    "list",
                    "lettered",
                    [
                        "Factions loyal to Tehran, with their own missile and drone units.",
                        "Factions loyal to Iraqi Shiite clergy, wary of Iranian domination.",
                        "Factions that are mainly economic enterprises, interested above all in revenue.",
                    ],
                ),
                (
                    "p",
                    "These divisions are an opportunity. An Iraqi government that wishes to limit the militias "
                    "needs economic alternatives and American support. Israel should act mainly through its "
                    "partners, since any open Israeli action in Iraq would unite the factions against it.",
                ),
                ("quote", "In Iraq, the militias are not outside the state; they are inside it.", "Karim Nasser"),
            ],
        },
    },
    {
        "slug": "twelve-days-in-june",
        "series": "strategic-assessment",
        "date": "2025-09-15",
        "authors": ["dana-mizrahi", "ethan-klein"],
        "topics": ["nuclear-program", "iran", "israel-united-states"],
        "projects": ["iran-watch"],
        "image": "rays-dawn",
        "related": ["the-iranian-missile-barrage-of-april-2024", "hezbollahs-calculus-on-the-northern-front"],
        "en": {
            "title": "Twelve Days in June: The Israel-Iran War and the Nuclear Question",
            "summary": "The war of June 2025 struck Iran's nuclear programme harder than any previous effort, "
            "with American participation at its end. The article asks how far the programme was set "
            "back, and whether Iran will now race for a bomb.",
            "caption": "The war opened with strikes on air defences, commanders and nuclear sites.",
            "body": [
                (
                    "p",
                    "For two decades Israel debated whether to strike Iran's nuclear programme and concluded, "
                    "each time, that the costs outweighed the benefits. In June 2025 the balance changed: "
                    "Iran's air defences had been weakened, its allies were battered, and Washington was "
                    "willing to take part.[^1]",
                ),
                (
                    "p",
                    "In twelve days, Israel struck enrichment sites, research facilities and the scientists who "
                    "led the programme, as well as missile production and launchers. Iran fired hundreds of "
                    "ballistic missiles at Israeli cities, causing deaths and heavy damage, but could not "
                    "change the course of the war.",
                ),
                ("figure", "map-gulf", None, "Iran's main nuclear sites, illustrated.", ""),
                ("h2", "How far back?"),
                (
                    "p",
                    "Estimates of the damage vary widely. Enrichment capacity was severely hit, but the fate of "
                    "the stock of highly enriched uranium remains unclear, and knowledge cannot be bombed "
                    "away.[^2] The decisive question is political: whether the regime decides that only a "
                    "bomb can guarantee its survival.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "Maintain intelligence coverage of every site and every scientist, to detect a breakout.",
                        "Coordinate with Washington on the red lines that would trigger a renewed strike.",
                        "Offer a diplomatic path that allows Iran to retreat without appearing to surrender.",
                    ],
                ),
                (
                    "quote",
                    "A military operation can buy time. Only a political decision can end the programme.",
                    "Ethan Klein",
                ),
            ],
            "footnotes": {
                "1": "On the changes in Iran's strategic position during 2024, see the Institute's annual assessment.",
                "2": "Published estimates ranged from a delay of several months to one of several years.",
            },
        },
        "he": {
            "title": "שנים-עשר ימים ביוני: מלחמת ישראל-איראן ושאלת הגרעין",
            "summary": "המלחמה ביוני 2025 פגעה בתוכנית הגרעין של איראן קשה יותר מכל מאמץ קודם, ובסופה "
            "השתתפה בה גם ארצות הברית. המאמר שואל עד כמה נסוגה התוכנית, והאם איראן תפרוץ כעת "
            "לפצצה.",
            "caption": "המלחמה נפתחה בתקיפות על מערך ההגנה האווירית, על מפקדים ועל אתרי הגרעין.",
            "body": [
                (
                    "p",
                    "במשך שני עשורים התלבטה ישראל אם לתקוף את תוכנית הגרעין של איראן, ובכל פעם הגיעה "
                    "למסקנה שהמחיר עולה על התועלת. ביוני 2025 השתנה המאזן: ההגנה האווירית של איראן "
                    "נחלשה, בעלות בריתה הוכו קשות, ווושינגטון הייתה מוכנה להשתתף.[^1]",
                ),
                (
                    "p",
                    "בתוך שנים-עשר ימים תקפה ישראל אתרי העשרה, מתקני מחקר ואת המדענים שהובילו את "
                    "התוכנית, וכן את ייצור הטילים ואת המשגרים. איראן שיגרה מאות טילים בליסטיים לעבר ערים "
                    "בישראל וגרמה להרוגים ולנזק כבד, אך לא הצליחה לשנות את מהלך המלחמה.",
                ),
                (
                    "figure",
                    "map-gulf",
                    "מפה מסוגננת של אזור המפרץ ועליה נתיבים בין נמלים",
                    "אתרי הגרעין העיקריים של איראן, בהמחשה.",
                    "",
                ),
                ("h2", "עד כמה נסוגה התוכנית?"),
                (
                    "p",
                    "ההערכות בדבר הנזק שונות מאוד זו מזו. יכולת ההעשרה נפגעה קשות, אך גורלו של מלאי "
                    "האורניום המועשר לרמה גבוהה אינו ברור, ואת הידע אי אפשר להפציץ.[^2] השאלה המכרעת "
                    "היא מדינית: האם המשטר יחליט שרק פצצה יכולה להבטיח את הישרדותו.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "לשמור על כיסוי מודיעיני של כל אתר ושל כל מדען, כדי לזהות פריצה לפצצה.",
                        "לתאם עם וושינגטון את הקווים האדומים שחצייתם תוביל לתקיפה חוזרת.",
                        "להציע מסלול מדיני שיאפשר לאיראן לסגת בלי שייראה כי נכנעה.",
                    ],
                ),
                ("quote", "מבצע צבאי יכול לקנות זמן. רק החלטה מדינית יכולה לסיים את התוכנית.", "איתן קליין"),
            ],
            "footnotes": {
                "1": "על השינויים במעמדה האסטרטגי של איראן במהלך 2024 ראו את ההערכה השנתית של המכון.",
                "2": "ההערכות שפורסמו נעו בין עיכוב של חודשים אחדים לעיכוב של כמה שנים.",
            },
        },
    },
    {
        "slug": "chinas-middle-east-balancing-act",
        "series": "insight",
        "date": "2025-08-21",
        "authors": ["ethan-klein", "natalia-orlova"],
        "topics": ["israel-china", "iran", "israel-united-states"],
        "image": "orbs-dusk",
        "en": {
            "title": "China's Middle East Balancing Act After the Iran War",
            "summary": "Beijing buys most of Iran's oil but did nothing to help it during the war. China's "
            "caution reveals the limits of its commitment to the region, and the space Israel has to "
            "manage the relationship.",
            "caption": "China's interest in the Gulf is first and foremost an interest in energy.",
            "body": [
                (
                    "p",
                    "When Israeli aircraft struck Iran in June, China issued statements and did little else. "
                    "For a country that buys nearly all of Iran's exported oil and that signed a 25-year "
                    "cooperation agreement with it, the restraint was telling.",
                ),
                (
                    "p",
                    "China's priorities in the Middle East are trade, energy and stability. It maintains good "
                    "relations with Iran and with the Gulf states alike, and it has no wish to be drawn into "
                    "their conflicts or to replace the United States as the region's security provider.",
                ),
                ("h2", "Implications for Israel"),
                (
                    "list",
                    "lettered",
                    [
                        "China is not Iran's protector, but it will continue to keep the Iranian economy afloat.",
                        "American pressure on Israel to limit Chinese investment in infrastructure will grow.",
                        "Israel should keep a clear mechanism for screening foreign investment in sensitive sectors.",
                    ],
                ),
                (
                    "p",
                    "Israel's relations with China should be managed as a matter of national security, not "
                    "only of trade. Clarity about what is open and what is closed serves both the relationship "
                    "with Beijing and the alliance with Washington.",
                ),
            ],
        },
    },
    {
        "slug": "the-defence-budget-after-the-war",
        "series": "policy-papers",
        "date": "2025-10-15",
        "authors": ["gideon-tal", "liora-ben-david"],
        "topics": ["economics-and-national-security", "military-and-strategic-affairs"],
        "image": "bars-economy",
        "en": {
            "title": "The Defence Budget after the War: Priorities for the Coming Decade",
            "summary": "The war has doubled defence spending and exposed shortages of munitions, manpower and "
            "air defence. The paper proposes a ten-year framework that rebuilds the army without "
            "breaking the economy.",
            "caption": "Defence spending has returned to levels not seen since the early 2000s.",
            "body": [
                (
                    "p",
                    "Two years of war have cost Israel more than any conflict since 1973. Defence spending rose "
                    "from about 4.5 percent of GDP to more than 8 percent, and the public debt grew accordingly. "
                    "The army now presents demands for a multi-year build-up on a scale not seen in decades.",
                ),
                (
                    "p",
                    "The demands are justified in part: stocks of interceptors and precision munitions were "
                    "depleted, the ground forces proved too small for a long multi-front war, and dependence on "
                    "American supply became a strategic vulnerability. But a budget that grows without limit "
                    "will crowd out education, health and infrastructure, which are also sources of strength.",
                ),
                (
                    "table",
                    "Proposed defence budget framework, percent of GDP",
                    [
                        ["Year", "Baseline", "War-related", "Total"],
                        ["2026", "5.0", "2.5", "7.5"],
                        ["2028", "5.0", "1.5", "6.5"],
                        ["2030", "4.8", "0.7", "5.5"],
                        ["2035", "4.5", "0.0", "4.5"],
                    ],
                ),
                ("h2", "Priorities"),
                (
                    "list",
                    "lettered",
                    [
                        "Domestic production of munitions and interceptors, to reduce dependence on supply in war.",
                        "Enlargement of the ground forces, including a fairer sharing of the burden of service.",
                        "Air defence against missiles and drones, including laser-based systems.",
                    ],
                ),
                (
                    "p",
                    "A credible multi-year framework, agreed between the Ministry of Defence and the Treasury, "
                    "is itself a strategic asset. It allows planning, reassures the markets, and signals to "
                    "adversaries that Israel is preparing for a long contest.",
                ),
            ],
        },
    },
    {
        "slug": "egypt-israel-and-the-gas-deal",
        "series": "insight",
        "date": "2025-11-25",
        "authors": ["liora-ben-david"],
        "topics": ["egypt", "natural-gas", "peace-and-normalization"],
        "projects": ["eastern-mediterranean-energy"],
        "image": "waves-sea",
        "related": ["gas-diplomacy-in-the-eastern-mediterranean"],
        "en": {
            "title": "Egypt, Israel and the Gas Deal: Interdependence Under Strain",
            "summary": "A record gas export agreement binds Egypt's energy supply to Israel for fifteen years. It "
            "is a strategic anchor for the peace treaty, but also a target for critics in Cairo and "
            "a source of leverage in both directions.",
            "caption": "Israeli gas now covers a significant share of Egypt's electricity generation.",
            "body": [
                (
                    "p",
                    "Egypt, once a gas exporter, has become dependent on imports as its own fields have declined "
                    "and its population has grown. Israeli gas, delivered by pipeline, is the cheapest source "
                    "available to it, and the new agreement more than doubles the volumes.",
                ),
                (
                    "p",
                    "The deal has drawn criticism in Egypt, where the war in Gaza deepened hostility toward "
                    "Israel. The government has defended it in economic terms, presenting it as a commercial "
                    "transaction that serves Egyptian consumers.",
                ),
                ("h2", "Leverage in both directions"),
                (
                    "p",
                    "Interdependence gives each side leverage over the other. Israel could, in theory, threaten "
                    "to cut supply; Egypt could threaten to stop buying. In practice, both have strong reasons "
                    "to keep the flow going, and the agreement raises the cost of a crisis for both.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "Avoid using gas supply as a political threat; its value lies in its reliability.",
                        "Ensure that exports do not endanger Israel's own long-term supply.",
                        "Protect the pipeline and the platforms as critical national infrastructure.",
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ 2026
    {
        "slug": "turkeys-regional-ambitions-and-syria",
        "series": "insight",
        "date": "2026-01-13",
        "authors": ["natalia-orlova", "noa-friedman"],
        "topics": ["turkey", "syria"],
        "image": "map-levant",
        "related": ["assads-fall-opportunities-and-risks"],
        "en": {
            "title": "Turkey's Regional Ambitions and the Reconstruction of Syria",
            "summary": "Ankara has become the main external patron of the new Syria. Its military presence near "
            "Israel's zone of operations calls for a mechanism to prevent friction between the two "
            "countries.",
            "caption": "Turkish companies are positioning themselves for Syria's reconstruction.",
            "body": [
                (
                    "p",
                    "No country gained more from the fall of the Assad regime than Turkey. It supported the "
                    "rebels for years, it hosts millions of Syrian refugees who may now return, and it is "
                    "well placed to win contracts for the reconstruction of the country.",
                ),
                (
                    "p",
                    "Ankara is also seeking a military foothold: air bases, training missions and air defence "
                    "systems in central Syria. Such a presence would limit Israel's freedom of action in "
                    "Syrian airspace, which it has enjoyed for more than a decade.",
                ),
                ("h2", "Managing the friction"),
                (
                    "list",
                    "lettered",
                    [
                        "Establish a direct deconfliction channel with the Turkish military, as was done with Russia.",
                        "Involve Washington, which has influence over both countries, in defining each side's zones.",
                        "Separate the dispute over Gaza, where relations are hostile, from the management of Syria.",
                    ],
                ),
                (
                    "p",
                    "Turkey and Israel are not destined for conflict in Syria, but neither will they avoid it "
                    "by chance. Mechanisms built now will be cheaper than crises handled later.",
                ),
            ],
        },
    },
    {
        "slug": "israels-strategic-environment-2026",
        "series": "special-publications",
        "date": "2026-02-09",
        "authors": ["gideon-tal", "dana-mizrahi", "amir-ben-haim"],
        "topics": ["military-and-strategic-affairs", "iran", "hamas-and-the-gaza-strip"],
        "image": "map-levant",
        "related": [
            "twelve-days-in-june",
            "assads-fall-opportunities-and-risks",
            "hezbollahs-calculus-on-the-northern-front",
        ],
        "en": {
            "title": "Israel's Strategic Environment 2026: Annual Assessment",
            "summary": "The axis led by Iran has been weakened on every front, and Israel's military position is "
            "stronger than it has been in decades. Its political and social position is weaker. "
            "The annual assessment sets out the main challenges and five recommendations.",
            "caption": "The region after two years of war: a changed map of threats and partners.",
            "body": [
                (
                    "p",
                    "Two and a half years after the October 2023 attack, the balance of power in the region has "
                    "shifted in Israel's favour. Hamas no longer rules as it did in Gaza, Hezbollah has lost "
                    "most of its leadership and much of its arsenal, the Assad regime is gone, and Iran's "
                    "nuclear programme and missile force have suffered heavy blows.",
                ),
                (
                    "p",
                    "Yet military achievements have not yet been translated into political ones. Gaza lacks a "
                    "stable governing arrangement, Israel's international standing has declined sharply, and "
                    "Israeli society is still recovering from the trauma of the war and from deep internal "
                    "divisions.",
                ),
                ("figure", "map-levant", None, "The main arenas covered by this assessment.", ""),
                ("h2", "Main challenges"),
                (
                    "list",
                    "lettered",
                    [
                        "Iran: the risk that a weakened regime decides to race for a nuclear weapon.",
                        "Gaza: the absence of an alternative to Hamas and the cost of open-ended control.",
                        "The international arena: erosion of legitimacy, especially among young people in the West.",
                        "The home front: social cohesion, the burden of reserve service and economic recovery.",
                    ],
                ),
                ("h2", "Recommendations"),
                (
                    "list",
                    "numbered",
                    [
                        "Turn military achievements into a regional arrangement, led by the United States and "
                        "including Saudi Arabia.",
                        "Prevent an Iranian breakout through intelligence, deterrence and a diplomatic offer.",
                        "Establish a civilian governing alternative in Gaza with Arab participation.",
                        "Restore relations with the Democratic Party in the United States and with Europe.",
                        "Invest in social cohesion as a pillar of national security, including a fair sharing of "
                        "military service.",
                    ],
                ),
                (
                    "quote",
                    "Israel has rarely been stronger militarily, and rarely more in need of wise politics.",
                    "Gideon Tal, at the presentation of the assessment",
                ),
                (
                    "p",
                    "The window of opportunity created by the war will not stay open forever. Adversaries "
                    "rebuild, partners lose patience and publics forget. The coming year will show whether "
                    "Israel can use its strength to shape a more stable region.",
                ),
            ],
        },
        "he": {
            "title": "הסביבה האסטרטגית של ישראל 2026: הערכה שנתית",
            "summary": "הציר בהובלת איראן נחלש בכל החזיתות, ומעמדה הצבאי של ישראל חזק מכפי שהיה מזה "
            "עשורים. מעמדה המדיני והחברתי חלש יותר. ההערכה השנתית מציגה את האתגרים העיקריים "
            "וחמש המלצות.",
            "caption": "האזור אחרי שנתיים של מלחמה: מפה משתנה של איומים ושל שותפות.",
            "body": [
                (
                    "p",
                    "שנתיים וחצי לאחר מתקפת אוקטובר 2023 השתנו יחסי הכוחות באזור לטובת ישראל. חמאס "
                    "כבר אינו שולט ברצועת עזה כפי ששלט, חזבאללה איבד את רוב הנהגתו וחלק ניכר ממערך "
                    "הנשק שלו, משטר אסד איננו עוד, ותוכנית הגרעין ומערך הטילים של איראן ספגו מכות קשות.",
                ),
                (
                    "p",
                    "ועם זאת, ההישגים הצבאיים טרם תורגמו להישגים מדיניים. ברצועה אין הסדר שלטוני יציב, "
                    "מעמדה הבין-לאומי של ישראל נפגע קשות, והחברה הישראלית עדיין מתאוששת מטראומת המלחמה "
                    "ומשסעים פנימיים עמוקים.",
                ),
                (
                    "figure",
                    "map-levant",
                    "מפה מסוגננת של חופי מזרח הים התיכון ובה ערים המחוברות בקווים",
                    "הזירות העיקריות שבהן עוסקת ההערכה.",
                    "",
                ),
                ("h2", "האתגרים העיקריים"),
                (
                    "list",
                    "lettered",
                    [
                        "איראן: הסיכון שמשטר מוחלש יחליט לפרוץ לנשק גרעיני.",
                        "עזה: היעדר חלופה לחמאס ומחירה של שליטה ללא מועד סיום.",
                        "הזירה הבין-לאומית: שחיקת הלגיטימיות, בעיקר בקרב צעירים במערב.",
                        "העורף: הלכידות החברתית, נטל שירות המילואים וההתאוששות הכלכלית.",
                    ],
                ),
                ("h2", "המלצות"),
                (
                    "list",
                    "numbered",
                    [
                        "לתרגם את ההישגים הצבאיים להסדר אזורי בהובלת ארצות הברית ובהשתתפות סעודיה.",
                        "למנוע פריצה איראנית לגרעין באמצעות מודיעין, הרתעה והצעה מדינית.",
                        "לבסס חלופה שלטונית אזרחית ברצועה בהשתתפות ערבית.",
                        "לשקם את היחסים עם המפלגה הדמוקרטית בארצות הברית ועם אירופה.",
                        "להשקיע בלכידות החברתית כנדבך של הביטחון הלאומי, ובכלל זה בחלוקה הוגנת של נטל השירות.",
                    ],
                ),
                (
                    "quote",
                    "לעיתים רחוקות הייתה ישראל חזקה יותר מבחינה צבאית, ולעיתים רחוקות נזקקה יותר למדיניות נבונה.",
                    "גדעון טל, בהצגת ההערכה",
                ),
                (
                    "p",
                    "חלון ההזדמנויות שפתחה המלחמה לא יישאר פתוח לעד. יריבים משתקמים, שותפות מאבדות "
                    "סבלנות והציבור שוכח. השנה הקרובה תלמד אם ישראל יודעת לנצל את כוחה כדי לעצב אזור "
                    "יציב יותר.",
                ),
            ],
        },
    },
    {
        "slug": "jordans-stability-and-the-eastern-border",
        "series": "insight",
        "date": "2026-03-03",
        "authors": ["omar-haddad", "amir-ben-haim"],
        "topics": ["jordan", "terrorism-and-low-intensity-conflict"],
        "image": "orbs-desert",
        "en": {
            "title": "Jordan's Stability and the Eastern Border",
            "summary": "Weapons smuggling across the Jordan Valley has grown sharply, and the kingdom faces "
            "economic strain and public anger over the war. Israel has a vital interest in Jordan's "
            "stability, and should act on it quietly.",
            "caption": "The long eastern border is lightly fenced along much of its length.",
            "body": [
                (
                    "p",
                    "For decades the border with Jordan was Israel's quietest. In the last two years it has "
                    "become a route for smuggling weapons destined for the West Bank, organised by networks "
                    "linked to Iran and operating from southern Syria.",
                ),
                (
                    "p",
                    "At the same time, the Jordanian monarchy faces pressure from within. Most of its citizens "
                    "are of Palestinian origin, public anger over the war in Gaza runs high, and the economy "
                    "depends heavily on foreign aid.",
                ),
                ("h2", "Recommendations"),
                (
                    "list",
                    "lettered",
                    [
                        "Strengthen the physical barrier and surveillance along the border in coordination with "
                        "Jordan's army.",
                        "Expand water and energy cooperation, which offers Jordanians tangible benefits.",
                        "Avoid steps in Jerusalem's holy places that could inflame the Jordanian street.",
                    ],
                ),
                (
                    "p",
                    "Jordan's stability is one of Israel's most important and least discussed strategic "
                    "assets. It should not be taken for granted.",
                ),
            ],
        },
    },
    {
        "slug": "lawfare-and-the-international-court",
        "series": "memoranda",
        "date": "2026-05-19",
        "authors": ["yael-shachar"],
        "topics": ["law-and-national-security", "israeli-palestinian-relations"],
        "image": "orbs-dusk",
        "en": {
            "title": "Lawfare and the International Court of Justice",
            "summary": "Proceedings against Israel in international courts have become a front of their own. "
            "The memorandum reviews the main cases and proposes a strategy that combines legal "
            "defence with changes in practice.",
            "caption": "The Peace Palace in The Hague, seat of the International Court of Justice.",
            "body": [
                (
                    "p",
                    "Since the start of the war, Israel has faced a case before the International Court of "
                    "Justice, an advisory opinion on the occupation, and arrest warrants from the International "
                    "Criminal Court.[^1] Each of these proceedings has practical consequences: on arms "
                    "supplies, on the travel of officials and on the willingness of partners to cooperate.",
                ),
                (
                    "p",
                    "Israel's traditional response has been to reject the courts' jurisdiction and to denounce "
                    "their motives. This response satisfies the domestic audience but has done little to "
                    "limit the damage abroad.",
                ),
                ("h2", "A different strategy"),
                (
                    "list",
                    "lettered",
                    [
                        "Strengthen independent investigations in Israel, which are the best defence under the "
                        "principle of complementarity.[^2]",
                        "Engage with the proceedings professionally rather than boycotting them.",
                        "Document decision-making in operations, so that lawful conduct can be shown.",
                    ],
                ),
                (
                    "p",
                    "The law is not only a constraint on national security; it is also one of its sources of "
                    "legitimacy. A state that shows it takes the law seriously is harder to isolate.",
                ),
            ],
            "footnotes": {
                "1": "The advisory opinion was delivered in July 2024; the warrants were issued in November 2024.",
                "2": "Under the Rome Statute, the Court acts only where national systems are unwilling or "
                "unable to investigate genuinely.",
            },
        },
    },
    # ------------------------------------------------------------------ Hebrew only
    {
        "slug": "resilience-of-arab-local-authorities",
        "series": "insight",
        "date": "2021-10-18",
        "authors": ["omar-haddad"],
        "topics": ["jewish-arab-relations", "societal-resilience"],
        "image": "orbs-desert",
        "he": {
            "title": "חוסן הרשויות המקומיות בחברה הערבית בישראל",
            "summary": "הרשויות המקומיות הערביות נושאות בעיקר הנטל בשעת חירום, אך נכנסות אליה עם פחות "
            "משאבים. הסקירה מציגה ממצאים מסקר ראשי הרשויות ומציעה צעדים לחיזוק החוסן שלהן.",
            "caption": "רשות מקומית בגליל: התשתיות הציבוריות הן קו ההגנה הראשון.",
            "body": [
                (
                    "p",
                    "בשעת חירום האזרח פונה קודם כול לרשות המקומית שלו. בחברה הערבית בישראל הרשות היא "
                    "לעיתים קרובות הגוף הציבורי היחיד שהתושבים נותנים בו אמון, ולכן חוסנה הוא חלק מחוסנה "
                    "של המדינה כולה.",
                ),
                (
                    "p",
                    "בסקר שערכנו בקרב ראשי הרשויות הערביות דיווחו שלושה מכל ארבעה כי אין ברשותם די "
                    "מקלטים ציבוריים, ורובם ציינו מחסור בכוח אדם מקצועי לניהול מצבי חירום. כשנשאלו על "
                    "הקשר עם משרדי הממשלה, תיארו רבים מהם תיאום חלקי ומאוחר.",
                ),
                ("h2", "צעדים מוצעים"),
                (
                    "list",
                    "lettered",
                    [
                        "תוכנית חומש להשלמת המיגון הציבורי ביישובים הערביים.",
                        "תקן של מנהל חירום מקצועי בכל רשות, במימון ממשלתי.",
                        "שילוב הרשויות הערביות בפורומים האזוריים של פיקוד העורף.",
                    ],
                ),
                (
                    "p",
                    "השקעה בחוסן הרשויות הערביות אינה רק צעד של שוויון; היא השקעה בביטחון הלאומי. "
                    "כשרשות מקומית מתפקדת היטב בשעת משבר, היא מחזקת את האמון בין האזרחים הערבים למדינה "
                    "ומצמצמת את הסיכון להתלקחות.",
                ),
            ],
        },
    },
    {
        "slug": "the-houthis-the-red-sea-and-israels-economy",
        "series": "insight",
        "date": "2024-02-21",
        "authors": ["noa-friedman"],
        "topics": ["yemen-and-the-houthis", "red-sea-security", "economics-and-national-security"],
        "image": "waves-sea",
        "he": {
            "title": "החות'ים, הים האדום והכלכלה הישראלית",
            "summary": "מאז נובמבר 2023 תוקפים החות'ים ספינות סוחר בים האדום. נמל אילת כמעט הושבת, ועלויות "
            "השילוח לישראל עלו. הסקירה בוחנת את המחיר הכלכלי ואת דרכי ההתמודדות.",
            "caption": "ספינות סוחר רבות מעדיפות כיום להקיף את אפריקה במקום לעבור בים האדום.",
            "body": [
                (
                    "p",
                    "כשהחות'ים הכריזו שיתקפו כל ספינה הקשורה לישראל, רבים התייחסו לכך כאל רטוריקה. "
                    'בתוך שבועות התברר שמדובר באיום ממשי: ספינות נפגעו מטילים ומכטב"מים, ספינה אחת '
                    "נחטפה, וחברות הספנות הגדולות הסיטו את ספינותיהן לנתיב הארוך סביב אפריקה.",
                ),
                (
                    "p",
                    "בישראל המחיר ניכר בעיקר באילת, שהנמל שלה כמעט הפסיק לפעול, ובעלויות השילוח ממזרח "
                    "אסיה, שעלו פי כמה בגלל התקפות החות׳ים. ההשפעה על המשק כולו מוגבלת יחסית, משום "
                    "שרוב הסחר עובר בנמלי הים התיכון, אך היא מורגשת במחירי מוצרים מסוימים ובזמני אספקה.",
                ),
                ("h2", "מה אפשר לעשות"),
                (
                    "list",
                    "lettered",
                    [
                        "לפצות את נמל אילת ואת עובדיו עד שהשיט יחזור לסדרו.",
                        "לפתח חלופות יבשתיות, כמו מסדרון סחר דרך ירדן ומדינות המפרץ.",
                        "לחזק את שיתוף הפעולה עם הקואליציה הימית בהובלת ארצות הברית.",
                    ],
                ),
                (
                    "p",
                    "המערכה בים האדום מלמדת שגם שחקן רחוק, שאין לו גבול משותף עם ישראל, יכול לפגוע "
                    "בכלכלתה. למדיניות הביטחון של ישראל יש אפוא ממד ימי וכלכלי שאינו זוכה לתשומת הלב "
                    "הראויה.",
                ),
                ("quote", "כשהחות'ים סוגרים את באב אל-מנדב, המחיר מגיע עד למדפים בסופרמרקט.", "מתוך דיון במכון"),
            ],
        },
    },
    {
        "slug": "the-home-front-as-a-front",
        "series": "memoranda",
        "date": "2024-05-27",
        "authors": ["ruth-almog", "gideon-tal"],
        "topics": ["societal-resilience", "military-and-strategic-affairs"],
        "image": "rays-dawn",
        "he": {
            "title": "העורף כחזית: לקחים לתפקוד העורף במלחמה ממושכת",
            "summary": "המלחמה הארוכה ביותר בתולדות ישראל העמידה את העורף במבחן חסר תקדים. המזכר בוחן את "
            "תפקוד פיקוד העורף, הרשויות המקומיות והחברה האזרחית, ומציע שינויים במבנה ובאחריות.",
            "caption": "מתנדבים מחלקים ציוד למשפחות מפונים בחודשי המלחמה הראשונים.",
            "body": [
                (
                    "p",
                    "בימים הראשונים של המלחמה מילאה החברה האזרחית את החלל שהותירו מוסדות המדינה. "
                    "מתנדבים הסיעו מפונים, בישלו לחיילים ואספו ציוד, הרבה לפני שמשרדי הממשלה התארגנו. "
                    "התגייסות זו הייתה מקור לגאווה, אך גם עדות לכשל.",
                ),
                (
                    "p",
                    "ממצאי המחקר מראים כי במקומות שבהם הייתה לרשות המקומית תוכנית חירום מעודכנת וצוות "
                    "מאומן, תפקוד העורף היה טוב בהרבה. ברשויות אחרות נוצר פער שמילאו בעיקר מתנדבים, "
                    "בלי תיאום ובלי מידע על הצרכים האמיתיים.",
                ),
                ("h2", "המלצות"),
                (
                    "list",
                    "lettered",
                    [
                        "לעגן בחוק את חלוקת האחריות בין פיקוד העורף, הרשויות המקומיות ומשרדי הממשלה.",
                        "להקים מערך קבע לשילוב ארגוני החברה האזרחית בשעת חירום.",
                        "לתקצב תוכניות חירום ברשויות החלשות, ולא רק באלה שיש להן משאבים משלהן.",
                    ],
                ),
                (
                    "p",
                    "העורף אינו רק זירה שיש להגן עליה; הוא חזית שיש לה תפקיד אקטיבי בהכרעה. "
                    "כשהעורף מחזיק מעמד, הצבא יכול להילחם זמן רב יותר, והאויב מבין שהלחץ על האזרחים "
                    "לא ישבור את ישראל.",
                ),
            ],
        },
    },
    {
        "slug": "hezbollah-after-the-war",
        "series": "insight",
        "date": "2025-12-08",
        "authors": ["dana-mizrahi"],
        "topics": ["lebanon-and-hezbollah", "iran"],
        "projects": ["iran-watch"],
        "image": "map-north",
        "he": {
            "title": "חזבאללה אחרי המלחמה: בין שיקום לפירוק",
            "summary": "שנה לאחר הפסקת האש בלבנון, ממשלת לבנון מדברת לראשונה על פירוק נשקו של חזבאללה. "
            "הסקירה בוחנת אם הארגון יסכים, ומה ישראל יכולה לעשות כדי לקדם את התהליך.",
            "caption": "דרום לבנון, שבו צבא לבנון פרס כוחות לאחר הפסקת האש.",
            "body": [
                (
                    "p",
                    "המלחמה של 2024 הותירה את חזבאללה חלש מכפי שהיה מאז שנות התשעים. רוב מפקדיו הבכירים "
                    "נהרגו, חלק גדול ממערך הטילים שלו הושמד, והגשר היבשתי מאיראן דרך סוריה נותק עם "
                    "נפילת משטר אסד.",
                ),
                (
                    "p",
                    "בלבנון עצמה השתנה הטון. הנשיא וראש הממשלה החדשים מדברים בגלוי על מונופול של המדינה "
                    "על הנשק, ומדינות המפרץ מתנות את מימון השיקום בפירוק הארגון. גם בקרב הקהילה השיעית "
                    "יש מי שתוהים אם המחיר היה מוצדק.",
                ),
                ("h2", "מגבלות התהליך"),
                (
                    "p",
                    "ועם זאת, איראן וחזבאללה אינם מוותרים. הארגון מסרב לפרק את נשקו מצפון לליטני, "
                    "ואיראן ממשיכה להעביר אליו כספים בדרכים עקיפות. צבא לבנון אינו מסוגל, וגם אינו רוצה, "
                    "להתעמת עם הארגון בכוח.",
                ),
                (
                    "list",
                    "lettered",
                    [
                        "להמשיך לאכוף את הפסקת האש ולמנוע את התחמשות הארגון מחדש.",
                        "לתמוך בשקט בצבא לבנון ובממשלה החדשה, באמצעות ארצות הברית וצרפת.",
                        "לקשור את שיקום הדרום לפירוק הנשק, יחד עם מדינות המפרץ.",
                    ],
                ),
                (
                    "p",
                    "ההזדמנות בלבנון אמיתית, אך היא תלויה בשילוב של לחץ צבאי, תמיכה מדינית וכסף. "
                    "כשחזבאללה חלש וממשלת לבנון נחושה, ייתכן שאפשר לשנות את המשוואה שעיצבה את הגבול "
                    "הצפוני במשך ארבעה עשורים.",
                ),
            ],
        },
    },
]
