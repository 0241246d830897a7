"""The demo institute's podcast: one show and three episodes (texts invented for the demo).

Each episode's audio is a few seconds of tones generated at load time (``lectern.demo.podcast``):
the demo downloads nothing and the repository holds no audio file. ``notes`` are (pitch in Hz,
seconds) pairs of the little tune an episode plays.
"""

SHOW = {
    "slug": "podcast",
    "owner_name": "IPS Podcast Desk",
    "owner_email": "podcast@ips.example.org",
    "category": "News|Politics",
    "cover": {
        "title": "Strategic Conversations (podcast cover)",
        "alt": "A stylised microphone in front of sound waves on a deep blue background",
        "credit": "Illustration: IPS graphics desk",
    },
    "en": {
        "title": "Strategic Conversations",
        "description": "Researchers of the Institute for Policy and Strategy talk about the questions behind "
        "the headlines: Israel's security, its region and its society. A new episode every month.",
    },
    "he": {
        "title": "שיחות אסטרטגיות",
        "description": "חוקרי המכון למדיניות ואסטרטגיה משוחחים על השאלות שמאחורי הכותרות: הביטחון של ישראל, "
        "האזור שלה והחברה שלה. פרק חדש בכל חודש.",
    },
}

EPISODES = [
    {
        "slug": "the-nuclear-clock",
        "number": 1,
        "season": 1,
        "date": "2026-03-02",
        "notes": [(392, 0.5), (523, 0.5), (659, 0.5), (784, 1.0), (0, 0.5), (659, 0.5), (784, 1.5)],
        "participants": [("amir-ben-haim", "host"), ("dana-mizrahi", "guest")],
        "topics": ["iran", "nuclear-program"],
        "en": {
            "title": "The nuclear clock",
            "summary": "How close is Iran to a bomb, and how would we know? Dana Mizrahi explains what the "
            "enrichment figures mean.",
            "show_notes": "<p>Dana Mizrahi, head of the Iran Program, talks with Amir Ben-Haim about enrichment, "
            "inspections and the choices facing Israel.</p><ul><li>What “breakout time” measures</li>"
            "<li>Why inspections matter more than any single figure</li></ul>",
            "transcript": [
                "Amir Ben-Haim: Welcome to Strategic Conversations. With me is Dana Mizrahi, who heads our Iran Program.",
                "Dana Mizrahi: Thank you, Amir. Glad to be here.",
                "Amir Ben-Haim: Everyone talks about the nuclear clock. What does it actually measure?",
                "Dana Mizrahi: It measures how long Iran would need to enrich enough uranium for one weapon. "
                "It does not measure how long it would need to build the weapon itself, and that difference matters.",
            ],
        },
        "he": {
            "title": "שעון הגרעין",
            "summary": "כמה קרובה איראן לפצצה, ואיך נדע? דנה מזרחי מסבירה מה מספרי ההעשרה אומרים.",
            "show_notes": "<p>דנה מזרחי, ראש התוכנית לחקר איראן, משוחחת עם אמיר בן-חיים על העשרה, על פיקוח "
            "ועל הבחירות העומדות בפני ישראל.</p><ul><li>מה מודד „זמן הפריצה”</li>"
            "<li>מדוע הפיקוח חשוב יותר מכל נתון בודד</li></ul>",
            "transcript": [
                "אמיר בן-חיים: ברוכים הבאים לשיחות אסטרטגיות. איתי דנה מזרחי, ראש התוכנית לחקר איראן.",
                "דנה מזרחי: תודה, אמיר. שמחה להיות כאן.",
                "אמיר בן-חיים: כולם מדברים על שעון הגרעין. מה הוא בעצם מודד?",
                "דנה מזרחי: הוא מודד כמה זמן תזדקק איראן כדי להעשיר די אורניום לנשק אחד. הוא לא מודד כמה "
                "זמן יידרש לה לבנות את הנשק עצמו, וההבדל הזה חשוב.",
            ],
        },
    },
    {
        "slug": "gas-grids-and-neighbours",
        "number": 2,
        "season": 1,
        "date": "2026-04-06",
        "notes": [(330, 0.5), (392, 0.5), (440, 1.0), (0, 0.5), (392, 0.5), (330, 1.5)],
        "participants": [("amir-ben-haim", "host"), ("liora-ben-david", "guest"), ("guest:miriam-castell", "guest")],
        "topics": ["natural-gas", "climate-infrastructure-energy"],
        "en": {
            "title": "Gas, grids and neighbours",
            "summary": "Liora Ben-David and guest Miriam Castell on how energy ties Israel to Egypt, Jordan and Cyprus.",
            "show_notes": "<p>Why a power cable can be a peace treaty, and a gas platform a target.</p>",
            "transcript": [
                "Amir Ben-Haim: This month we talk about energy. Liora, why is gas a security question?",
                "Liora Ben-David: Because the platforms are within range of our enemies, and because our "
                "neighbours now depend on the same gas. An attack on one is felt by all.",
                "Miriam Castell: And that shared dependence is also an opportunity for cooperation.",
            ],
        },
        "he": {
            "title": "גז, רשתות ושכנים",
            "summary": "ליאורה בן-דוד והאורחת מרים קסטל על האופן שבו האנרגיה קושרת את ישראל למצרים, לירדן ולקפריסין.",
            "show_notes": "<p>מדוע כבל חשמל יכול להיות הסכם שלום, ואסדת גז — מטרה.</p>",
            "transcript": [
                "אמיר בן-חיים: החודש נדבר על אנרגיה. ליאורה, למה גז הוא שאלה ביטחונית?",
                "ליאורה בן-דוד: כי האסדות נמצאות בטווח של אויבינו, וכי גם שכנינו תלויים עכשיו באותו גז. "
                "פגיעה באחד מורגשת אצל כולם.",
                "מרים קסטל: והתלות המשותפת הזאת היא גם הזדמנות לשיתוף פעולה.",
            ],
        },
    },
    {
        "slug": "the-home-front",
        "number": 3,
        "season": 1,
        "date": "2026-05-04",
        "notes": [(523, 0.5), (494, 0.5), (440, 0.5), (392, 1.0), (0, 0.5), (440, 0.5), (523, 1.5)],
        "participants": [("ruth-almog", "host"), ("omar-haddad", "guest")],
        "topics": ["societal-resilience", "jewish-arab-relations"],
        "en": {
            "title": "The home front",
            "summary": "What two years of surveys tell us about trust, fear and solidarity in Israeli society.",
            "show_notes": "<p>Ruth Almog and Omar Haddad compare what Jewish and Arab citizens told our surveys.</p>",
            "transcript": [
                "Ruth Almog: Omar, our surveys found more solidarity than many expected. Did that surprise you?",
                "Omar Haddad: Not entirely. In the towns I study, local leaders worked together from the first day.",
            ],
        },
        "he": {
            "title": "העורף",
            "summary": "מה מלמדים אותנו שנתיים של סקרים על אמון, פחד וסולידריות בחברה הישראלית.",
            "show_notes": "<p>רות אלמוג ועומר חדאד משווים את מה שסיפרו אזרחים יהודים וערבים לסקרים שלנו.</p>",
            "transcript": [
                "רות אלמוג: עומר, הסקרים שלנו מצאו יותר סולידריות משרבים ציפו. זה הפתיע אותך?",
                "עומר חדאד: לא לגמרי. ביישובים שאני חוקר, ראשי הציבור עבדו יחד מהיום הראשון.",
            ],
        },
    },
]
