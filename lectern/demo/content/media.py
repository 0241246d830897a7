"""The demo institute in the media: appearances, videos and press releases (texts invented for the demo).

The Media section and its sub-sections are in ``site.SECTIONS``; each item below names the
section it belongs to, the people (``site.PEOPLE`` slugs) and topics (``site.TOPICS`` slugs).
Links point to example.org/example.com addresses: the outlets are invented too.
"""

APPEARANCES = [
    {
        "slug": "deterrence-after-the-northern-campaign",
        "section": "articles",
        "kind": "article",
        "date": "2026-04-14",
        "language": "en",
        "link": "https://news.example.com/opinion/deterrence-after-the-northern-campaign",
        "people": ["amir-ben-haim"],
        "topics": ["lebanon-and-hezbollah", "military-and-strategic-affairs"],
        "en": {
            "title": "Deterrence after the northern campaign",
            "outlet": "The Daily Ledger",
            "summary": "An op-ed arguing that quiet on the border depends on a clear and credible response policy, "
            "not on the memory of the last round.",
        },
        "he": {
            "title": "הרתעה אחרי המערכה בצפון",
            "outlet": "דה דיילי לדג'ר",
            "summary": "מאמר דעה הטוען כי השקט בגבול תלוי במדיניות תגובה ברורה ואמינה, ולא בזיכרון הסבב האחרון.",
        },
    },
    {
        "slug": "the-gulf-looks-east",
        "section": "articles",
        "kind": "article",
        "date": "2026-02-23",
        "language": "he",
        "link": "https://news.example.co.il/analysis/the-gulf-looks-east",
        "people": ["noa-friedman", "ethan-klein"],
        "topics": ["saudi-arabia-and-the-gulf", "israel-china"],
        "en": {
            "title": "The Gulf looks east",
            "outlet": "Yom Yom",
            "summary": "Two researchers explain, in a Hebrew daily, why the Gulf states hedge between Washington "
            "and Beijing and what that means for normalization.",
        },
        "he": {
            "title": "המפרץ מביט מזרחה",
            "outlet": "יום יום",
            "summary": "שני חוקרים מסבירים בעיתון יומי מדוע מדינות המפרץ מגדרות סיכונים בין וושינגטון לבייג'ינג, "
            "ומה המשמעות לנורמליזציה.",
        },
    },
    {
        "slug": "iran-enrichment-quote",
        "section": "quotes",
        "kind": "quote",
        "date": "2026-05-02",
        "language": "en",
        "link": "https://wire.example.com/world/iran-enrichment-talks",
        "people": ["dana-mizrahi"],
        "topics": ["iran", "nuclear-program"],
        "en": {
            "title": "Talks stall as Iran expands enrichment",
            "outlet": "Global Wire",
            "summary": "A news agency report on the nuclear talks quotes the head of the Iran Program.",
            "quote": "Every month without an agreement shortens the time Tehran would need, and it knows that.",
        },
        "he": {
            "title": "השיחות נתקעות ואיראן מרחיבה את ההעשרה",
            "outlet": "גלובל וייר",
            "summary": "דיווח של סוכנות ידיעות על שיחות הגרעין מצטט את ראש התוכנית לחקר איראן.",
            "quote": "כל חודש בלי הסכם מקצר את הזמן שטהרן תזדקק לו, והיא יודעת זאת.",
        },
    },
    {
        "slug": "resilience-survey-quote",
        "section": "quotes",
        "kind": "quote",
        "date": "2026-01-19",
        "language": "he",
        "link": "https://news.example.co.il/society/resilience-survey",
        "people": ["ruth-almog"],
        "topics": ["societal-resilience"],
        "en": {
            "title": "Survey: trust in local councils rose during the war",
            "outlet": "Kol Ha'ir",
            "summary": "A local paper reports the Institute's resilience survey and quotes the researcher who led it.",
            "quote": "Where the council answered the phone, people trusted the state more too.",
        },
        "he": {
            "title": "סקר: האמון ברשויות המקומיות עלה בזמן המלחמה",
            "outlet": "קול העיר",
            "summary": "עיתון מקומי מדווח על סקר החוסן של המכון ומצטט את החוקרת שהובילה אותו.",
            "quote": "במקום שבו הרשות ענתה לטלפון, גם האמון במדינה היה גבוה יותר.",
        },
    },
    {
        "slug": "morning-edition-ukraine",
        "section": "radio-and-tv",
        "kind": "radio",
        "date": "2026-03-11",
        "language": "he",
        "link": "https://radio.example.co.il/morning/ukraine-fourth-year",
        "people": ["natalia-orlova"],
        "topics": ["war-in-ukraine", "russia"],
        "en": {
            "title": "The war in Ukraine enters its fifth year",
            "outlet": "Radio Kan-Tov, Morning Edition",
            "summary": "A radio interview on Moscow's goals and what Europe's rearmament means for Israel.",
        },
        "he": {
            "title": "המלחמה באוקראינה נכנסת לשנתה החמישית",
            "outlet": "רדיו כאן-טוב, מהדורת הבוקר",
            "summary": "ראיון ברדיו על מטרות מוסקבה ועל משמעות ההתחמשות באירופה לישראל.",
        },
    },
    {
        "slug": "gas-exports-interview",
        "section": "radio-and-tv",
        "kind": "radio",
        "date": "2025-11-27",
        "language": "en",
        "link": "https://podcasts.example.com/energy-hour/gas-exports",
        "people": ["liora-ben-david"],
        "topics": ["natural-gas", "climate-infrastructure-energy"],
        "en": {
            "title": "Who will buy Eastern Mediterranean gas?",
            "outlet": "The Energy Hour",
            "summary": "An interview on export routes, Egypt's plants and the protection of offshore platforms.",
        },
        "he": {
            "title": "מי יקנה את הגז של מזרח הים התיכון?",
            "outlet": "שעת האנרגיה",
            "summary": "ראיון על נתיבי ייצוא, על המתקנים במצרים ועל הגנת אסדות הגז בים.",
        },
    },
    {
        "slug": "evening-news-cyber",
        "section": "radio-and-tv",
        "kind": "tv",
        "date": "2026-04-29",
        "language": "he",
        "link": "https://tv.example.co.il/news/evening/cyber-attacks-water",
        "people": ["tomer-avraham"],
        "topics": ["cyber"],
        "en": {
            "title": "Cyber attacks on water systems",
            "outlet": "Channel 14 Evening News",
            "summary": "A studio interview on attacks against water utilities and how local authorities can defend them.",
        },
        "he": {
            "title": "מתקפות סייבר על מערכות המים",
            "outlet": "מהדורת הערב של ערוץ 14",
            "summary": "ראיון באולפן על מתקפות נגד תאגידי מים ועל הדרכים שבהן רשויות מקומיות יכולות להתגונן.",
        },
    },
    {
        "slug": "strategic-assessment-studio",
        "section": "radio-and-tv",
        "kind": "tv",
        "date": "2026-01-08",
        "language": "en",
        "link": "https://tv.example.com/world-tonight/israel-strategic-assessment",
        "people": ["gideon-tal", "yael-shachar"],
        "topics": ["military-and-strategic-affairs", "law-and-national-security"],
        "en": {
            "title": "Israel's year ahead",
            "outlet": "World Tonight",
            "summary": "The Institute's director and director of research present the annual strategic assessment.",
        },
        "he": {
            "title": "השנה שלפני ישראל",
            "outlet": "וורלד טונייט",
            "summary": "ראש המכון וראש המחקר מציגים את ההערכה האסטרטגית השנתית.",
        },
    },
]

# Videos: a poster drawn like the lead images (``style``/``palette``), and the provider's
# player stored as Wagtail's embed (``player``): nothing is fetched from the provider. The videos
# are YouTube addresses (a host the Content-Security-Policy allows for frames) with made-up video
# ids: the player only loads when a reader presses Play, and then says the video is unavailable.
VIDEOS = [
    {
        "slug": "annual-assessment-2026",
        "date": "2026-01-06",
        "url": "https://www.youtube.com/watch?v=ipsAssess26",
        "player": "https://www.youtube-nocookie.com/embed/ipsAssess26",
        "poster": {"style": "rays", "palette": [(24, 30, 60), (70, 40, 60), (240, 170, 90), (255, 220, 140)]},
        "people": ["gideon-tal", "yael-shachar"],
        "topics": ["military-and-strategic-affairs"],
        "en": {
            "title": "Presenting the annual strategic assessment",
            "outlet": "IPS annual conference",
            "poster_title": "Annual assessment 2026 (video poster)",
            "poster_alt": "A stage with a lectern under warm lights, with the Institute's logo on a screen",
            "summary": "The director and the director of research present the Institute's assessment for 2026.",
            "transcript": [
                "Gideon Tal: Good morning, and thank you for coming. Every January we ask one question: "
                "what has changed in Israel's strategic position, and what should be done about it?",
                "Yael Shachar: This year's answer has three parts. The threat from the north has changed "
                "shape, the alliance with the United States needs tending, and the home front showed "
                "strength that policy should now build on.",
                "Gideon Tal: Our recommendations follow each part. The full assessment is on our website.",
            ],
        },
        "he": {
            "title": "הצגת ההערכה האסטרטגית השנתית",
            "outlet": "הכנס השנתי של המכון",
            "summary": "ראש המכון וראש המחקר מציגים את הערכת המכון לשנת 2026.",
            "transcript": [
                "גדעון טל: בוקר טוב ותודה שבאתם. בכל ינואר אנחנו שואלים שאלה אחת: מה השתנה במעמדה "
                "האסטרטגי של ישראל, ומה צריך לעשות בעקבות זאת?",
                "יעל שחר: התשובה השנה בנויה משלושה חלקים. האיום מהצפון שינה צורה, הברית עם ארצות הברית "
                "דורשת טיפוח, והעורף הפגין חוסן שהמדיניות צריכה עכשיו להישען עליו.",
                "גדעון טל: ההמלצות שלנו נגזרות מכל אחד מהחלקים. ההערכה המלאה נמצאת באתר המכון.",
            ],
        },
    },
    {
        "slug": "ai-in-the-war-room",
        "date": "2025-12-10",
        "url": "https://www.youtube.com/watch?v=ipsAIinWar1",
        "player": "https://www.youtube-nocookie.com/embed/ipsAIinWar1",
        "poster": {"style": "grid", "palette": [(10, 22, 40), (4, 8, 18), (60, 150, 220), (140, 220, 250)]},
        "people": ["tomer-avraham"],
        "topics": ["artificial-intelligence", "cyber"],
        "en": {
            "title": "Artificial intelligence in the war room",
            "outlet": "IPS briefing",
            "poster_title": "AI in the war room (video poster)",
            "poster_alt": "Glowing blue grid of connected cells on a dark background",
            "summary": "A ten-minute briefing on where machine learning already helps commanders, and where it "
            "must not decide.",
            "transcript": [
                "Tomer Avraham: Artificial intelligence is already in the war room: it sorts images, flags "
                "anomalies and drafts reports. The question is not whether to use it but where a person "
                "must stay in the loop.",
                "Tomer Avraham: We propose three rules: test every model on the army's own data, record "
                "every recommendation it makes, and leave every decision to fire to a human being.",
            ],
        },
        "he": {
            "title": "בינה מלאכותית בחדר המלחמה",
            "outlet": "תדריך המכון",
            "summary": "תדריך בן עשר דקות על המקומות שבהם למידת מכונה כבר מסייעת למפקדים, ועל המקומות שבהם "
            "אסור לה להכריע.",
            "transcript": [
                "תומר אברהם: בינה מלאכותית כבר נמצאת בחדר המלחמה: היא ממיינת תמונות, מסמנת חריגות "
                "ומנסחת דוחות. השאלה אינה אם להשתמש בה, אלא היכן אדם חייב להישאר בתהליך.",
                "תומר אברהם: אנחנו מציעים שלושה כללים: לבחון כל מודל על נתוני הצבא עצמו, לתעד כל המלצה "
                "שלו, ולהשאיר כל החלטה על ירי בידי אדם.",
            ],
        },
    },
]

PRESS_RELEASES = [
    {
        "slug": "annual-assessment-2026-published",
        "date": "2026-01-05",
        "people": ["gideon-tal", "yael-shachar"],
        "topics": ["military-and-strategic-affairs"],
        "contact": {"email": "press@ips.example.org", "phone": "+972-3-555-0150"},
        "en": {
            "title": "The Institute publishes its strategic assessment for 2026",
            "summary": "The assessment will be presented to the President and to the public at the Institute's "
            "annual conference on 6 January.",
            "contact_name": "Michal Regev, spokesperson",
            "body": [
                (
                    "p",
                    "The Institute for Policy and Strategy today published its annual strategic assessment. "
                    "The assessment reviews the threats and the opportunities Israel faces in the coming year "
                    "and sets out recommendations for the government.",
                ),
                (
                    "p",
                    "The assessment will be presented at the Institute's annual conference on 6 January, "
                    "which will be broadcast live on the Institute's website.",
                ),
            ],
        },
        "he": {
            "title": "המכון מפרסם את ההערכה האסטרטגית לשנת 2026",
            "summary": "ההערכה תוצג לנשיא ולציבור בכנס השנתי של המכון ב-6 בינואר.",
            "contact_name": "מיכל רגב, דוברת",
            "body": [
                (
                    "p",
                    "המכון למדיניות ואסטרטגיה פרסם היום את ההערכה האסטרטגית השנתית שלו. ההערכה סוקרת את "
                    "האיומים ואת ההזדמנויות העומדים בפני ישראל בשנה הקרובה ומציגה המלצות לממשלה.",
                ),
                ("p", "ההערכה תוצג בכנס השנתי של המכון ב-6 בינואר, שישודר בשידור חי באתר המכון."),
            ],
        },
    },
    {
        "slug": "new-energy-security-programme",
        "date": "2025-10-20",
        "people": ["liora-ben-david"],
        "topics": ["climate-infrastructure-energy", "natural-gas"],
        "contact": None,  # the institute's own email and phone are shown
        "en": {
            "title": "New research programme on energy security",
            "summary": "The Institute launches a three-year programme on the security of gas, electricity and "
            "water infrastructure.",
            "body": [
                (
                    "p",
                    "The programme, led by Dr. Liora Ben-David, will study the protection of offshore "
                    "platforms, regional electricity links and the desalination plants on which Israel depends.",
                ),
                ("p", "Its first report is due in the spring."),
            ],
        },
        "he": {
            "title": "תוכנית מחקר חדשה לביטחון אנרגטי",
            "summary": "המכון משיק תוכנית תלת-שנתית לחקר ביטחון התשתיות של גז, חשמל ומים.",
            "body": [
                (
                    "p",
                    'התוכנית, בהובלת ד"ר ליאורה בן-דוד, תחקור את ההגנה על אסדות בים, את חיבורי החשמל '
                    "האזוריים ואת מתקני ההתפלה שישראל תלויה בהם.",
                ),
                ("p", "הדוח הראשון שלה צפוי באביב."),
            ],
        },
    },
]
