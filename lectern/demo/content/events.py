"""The demo institute's events: invented texts, in English ("en") and Hebrew ("he").

Dates are days from the day the demo is loaded ("days"), so upcoming events stay upcoming;
times are the institute's local time. Speakers are demo people (by slug) or guests
("guest" with name and affiliation in both languages).
"""

# The events index is a section (``content.site.SECTIONS``, slug "events").

HALL = {
    "en": {"venue": "IPS Conference Hall", "address": "18 Hamechkar Street, Ramat Aviv, Tel Aviv"},
    "he": {"venue": "אולם הכנסים של המכון", "address": "רחוב המחקר 18, רמת אביב, תל אביב"},
}

EVENTS = [
    {
        "slug": "red-sea-shipping-briefing",
        "days": 9,
        "start": "10:00",
        "end": "11:30",
        "place": "hall",
        "image": "waves-sea",
        "language": "he",
        "registration": True,
        "capacity": 3,
        "speakers": ["omar-haddad", "noa-friedman"],
        "topics": ["red-sea-security", "saudi-arabia-and-the-gulf"],
        "en": {
            "title": "Briefing: Shipping in the Red Sea after the Attacks",
            "summary": "A morning briefing for diplomats and journalists on the state of shipping lanes in the Red Sea "
            "and what it means for Israel's ports and trade.",
            "body": [
                (
                    "p",
                    "Two of our researchers present new data on traffic through the Bab el-Mandeb strait and discuss "
                    "how regional navies and insurers have adapted. Seats are limited; please register.",
                )
            ],
            "programme": [
                ("10:00", "10:10", "Welcome", ["noa-friedman"]),
                ("10:10", "10:50", "The state of the shipping lanes", ["omar-haddad"]),
                ("10:50", "11:30", "Questions and discussion", ["omar-haddad", "noa-friedman"]),
            ],
        },
        "he": {
            "title": "תדריך: השיט בים סוף לאחר המתקפות",
            "summary": "תדריך בוקר לדיפלומטים ולעיתונאים על מצב נתיבי השיט בים סוף ועל משמעותו לנמלי ישראל ולסחר שלה.",
            "body": [
                (
                    "p",
                    "שניים מחוקרי המכון יציגו נתונים חדשים על התנועה במצר באב אל-מנדב ויסבירו כיצד הסתגלו "
                    "הציים והמבטחים באזור. מספר המקומות מוגבל; נא להירשם.",
                )
            ],
            "programme": [
                ("10:00", "10:10", "דברי פתיחה", ["noa-friedman"]),
                ("10:10", "10:50", "מצב נתיבי השיט", ["omar-haddad"]),
                ("10:50", "11:30", "שאלות ודיון", ["omar-haddad", "noa-friedman"]),
            ],
        },
    },
    {
        "slug": "annual-conference-national-security",
        "days": 30,
        "end_days": 31,
        "start": "08:30",
        "end": "17:00",
        "place": "hall",
        "image": "rays-dawn",
        "language": "en+he",
        "registration": True,
        "capacity": 200,
        "speakers": [
            "gideon-tal",
            "dana-mizrahi",
            {
                "en": ("Miriam Castell", "European Council on Security"),
                "he": ("מרים קסטל", "המועצה האירופית לביטחון"),
            },
        ],
        "topics": ["military-and-strategic-affairs", "iran"],
        "en": {
            "title": "Annual Conference on National Security",
            "summary": "Two days of panels on Israel's strategic balance: the northern arena, Iran, the alliance with "
            "Washington and the resilience of Israeli society.",
            "body": [
                (
                    "p",
                    "The Institute's annual conference brings together ministers, senior officers, scholars and "
                    "diplomats. Sessions are held in Hebrew and English with simultaneous interpretation.",
                )
            ],
            "programme": [
                ("08:30", "09:00", "Registration and coffee", []),
                ("09:00", "09:30", "Opening address: the strategic balance", ["gideon-tal"]),
                ("09:30", "11:00", "Panel: Iran after the June war", ["dana-mizrahi", "guest:0"]),
                ("+1 09:00", "+1 10:30", "Panel: society under prolonged strain", ["gideon-tal"]),
            ],
        },
        "he": {
            "title": "הכנס השנתי לביטחון לאומי",
            "summary": "יומיים של מושבים על המאזן האסטרטגי של ישראל: הזירה הצפונית, איראן, הברית עם וושינגטון "
            "וחוסנה של החברה הישראלית.",
            "body": [
                (
                    "p",
                    "הכנס השנתי של המכון מפגיש שרים, קצינים בכירים, חוקרים ודיפלומטים. המושבים מתקיימים "
                    "בעברית ובאנגלית, עם תרגום סימולטני.",
                )
            ],
            "programme": [
                ("08:30", "09:00", "הרשמה וכיבוד", []),
                ("09:00", "09:30", "דברי פתיחה: המאזן האסטרטגי", ["gideon-tal"]),
                ("09:30", "11:00", "מושב: איראן אחרי מלחמת יוני", ["dana-mizrahi", "guest:0"]),
                ("+1 09:00", "+1 10:30", "מושב: חברה תחת עומס מתמשך", ["gideon-tal"]),
            ],
        },
    },
    {
        "slug": "webinar-ai-and-deterrence",
        "days": 48,
        "start": "17:00",
        "end": "18:00",
        "online_url": "https://webinar.ips.example.org/ai-deterrence",
        "image": "grid-cyber",
        "language": "en",
        "registration": True,
        "capacity": None,
        "speakers": ["liora-ben-david"],
        "topics": ["artificial-intelligence", "cyber"],
        "en": {
            "title": "Webinar: Artificial Intelligence and Deterrence",
            "summary": "An online conversation on whether machine-speed decisions make deterrence more stable or "
            "more fragile.",
            "body": [
                ("p", "Registered participants receive the link to the webinar and may send questions in advance.")
            ],
            "programme": [],
        },
        "he": {
            "title": "וובינר: בינה מלאכותית והרתעה",
            "summary": "שיחה מקוונת על השאלה אם החלטות במהירות מכונה הופכות את ההרתעה ליציבה יותר או לשברירית יותר.",
            "body": [("p", "הנרשמים יקבלו קישור לוובינר ויוכלו לשלוח שאלות מראש.")],
            "programme": [],
        },
    },
    {
        "slug": "gas-fields-roundtable",
        "days": -45,
        "start": "14:00",
        "end": "16:00",
        "place": "hall",
        "image": "map-levant",
        "language": "en",
        "registration": False,
        "speakers": [
            "natalia-orlova",
            {"en": ("Karim Nasser", "Levant Energy Forum"), "he": ("כרים נאסר", "פורום האנרגיה של הלבנט")},
        ],
        "topics": ["natural-gas", "climate-infrastructure-energy"],
        "recording": {
            "url": "https://www.youtube.com/watch?v=ips-demo-gas-roundtable",
            "en": "The roundtable in full",
            "he": "השולחן העגול במלואו",
        },
        "document": {
            "title": "Gas fields roundtable: summary of the discussion (PDF)",
            "filename": "ips-gas-roundtable-summary.pdf",
            "heading": "Gas Fields Roundtable",
            "lines": [
                "Summary of the discussion",
                "Institute for Policy and Strategy",
                "",
                "A placeholder file for the demo.",
            ],
        },
        "en": {
            "title": "Roundtable: Gas Fields and Regional Cooperation",
            "summary": "Researchers and industry guests discussed how the eastern Mediterranean gas fields shape "
            "relations between Israel, Egypt, Cyprus and Lebanon.",
            "body": [("p", "The recording and a written summary of the discussion are below.")],
            "programme": [
                ("14:00", "14:45", "Gas and diplomacy", ["natalia-orlova"]),
                ("14:45", "16:00", "Discussion", ["natalia-orlova", "guest:0"]),
            ],
        },
        "he": {
            "title": "שולחן עגול: שדות הגז ושיתוף פעולה אזורי",
            "summary": "חוקרים ואורחים מתעשיית האנרגיה דנו בהשפעת שדות הגז במזרח הים התיכון על היחסים בין ישראל, "
            "מצרים, קפריסין ולבנון.",
            "body": [("p", "ההקלטה וסיכום כתוב של הדיון מופיעים להלן.")],
            "programme": [
                ("14:00", "14:45", "גז ודיפלומטיה", ["natalia-orlova"]),
                ("14:45", "16:00", "דיון", ["natalia-orlova", "guest:0"]),
            ],
        },
    },
    {
        "slug": "book-launch-strategic-assessment",
        "days": -400,
        "start": "18:30",
        "end": "20:00",
        "place": "hall",
        "image": "bars-economy",
        "language": "he",
        "registration": False,
        "speakers": ["ruth-almog", "amir-ben-haim"],
        "topics": ["economics-and-national-security"],
        "en": {
            "title": "Launch of the Strategic Assessment Special Issue",
            "summary": "An evening with the editors and authors of the journal's special issue on the economics of "
            "a long war.",
            "body": [
                ("p", "The editors presented the issue's main findings, followed by a conversation with the authors.")
            ],
            "programme": [],
        },
        "he": {
            "title": "השקת הגיליון המיוחד של עדכן אסטרטגי",
            "summary": "ערב עם העורכים והכותבים של הגיליון המיוחד של כתב העת על כלכלת מלחמה ממושכת.",
            "body": [("p", "העורכים הציגו את הממצאים העיקריים של הגיליון, ולאחר מכן התקיימה שיחה עם הכותבים.")],
            "programme": [],
        },
    },
]
