"""The demo's newsletter issues for the admin, a sent one and a draft in each language (the
newsletter page is a section: ``site.SECTIONS``, slug "newsletter"). Invented texts.

No subscribers: the demo holds no personal data. Publications and events are named by slug;
"sent" is when the sent-looking issue went out, so "Add new publications" on the draft finds
what appeared since.
"""

ISSUES = [
    {
        "language": "en",
        "subject": "January at the Institute: gas, Hezbollah and Turkey",
        "sent": "2026-02-01T09:00",
        "intro": [
            "Three analyses opened the year: what the gas agreement with Egypt binds both sides to, how "
            "Hezbollah rebuilds after the war, and where Ankara's ambitions in Syria meet Israel's.",
        ],
        "publications": [
            "turkeys-regional-ambitions-and-syria",
            "egypt-israel-and-the-gas-deal",
            "the-defence-budget-after-the-war",
        ],
        "events": [],
    },
    {
        "language": "en",
        "subject": "Spring at the Institute: the strategic assessment and a webinar on AI",
        "sent": None,
        "intro": [
            "The annual strategic assessment is out, and our researchers discuss artificial intelligence and "
            "deterrence in an open webinar. Use “Add new publications” to bring in everything published "
            "since the last issue.",
        ],
        "publications": [],
        "events": ["webinar-ai-and-deterrence"],
    },
    {
        "language": "he",
        "subject": "המכון בדצמבר: חזבאללה אחרי המלחמה ושנים-עשר הימים ביוני",
        "sent": "2026-01-01T09:00",
        "intro": [
            "בגיליון זה: ניתוח של מצב חזבאללה לאחר המלחמה, ומבט לאחור על שנים-עשר ימי הלחימה ביוני ועל מה שלמדנו מהם.",
        ],
        "publications": ["hezbollah-after-the-war", "twelve-days-in-june"],
        "events": [],
    },
    {
        "language": "he",
        "subject": "המכון באביב: ההערכה האסטרטגית השנתית",
        "sent": None,
        "intro": [
            "ההערכה האסטרטגית השנתית של המכון ראתה אור. השתמשו ב„הוספת פרסומים חדשים” כדי לצרף את כל "
            "מה שפורסם מאז הגיליון הקודם.",
        ],
        "publications": [],
        "events": ["annual-conference-national-security"],
    },
]
