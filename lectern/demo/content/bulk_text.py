"""Word stock for the benchmark archive (``lectern.demo.bulk.build_archive``): people's names,
and sentences in English and Hebrew assembled into summaries (~60 words) and bodies
(~800–1,500 words) of realistic length. Parallel lists: index i is the same item in both
languages, so a Hebrew translation says what its English source says.
"""

FIRST_NAMES = [
    ("Noa", "נועה"),
    ("Yael", "יעל"),
    ("Tamar", "תמר"),
    ("Maya", "מאיה"),
    ("Shira", "שירה"),
    ("Michal", "מיכל"),
    ("Ruth", "רות"),
    ("Hila", "הילה"),
    ("Orly", "אורלי"),
    ("Einat", "עינת"),
    ("Avi", "אבי"),
    ("Yossi", "יוסי"),
    ("Eitan", "איתן"),
    ("Gil", "גיל"),
    ("Ronen", "רונן"),
    ("Uri", "אורי"),
    ("Nadav", "נדב"),
    ("Oren", "אורן"),
    ("Ido", "עידו"),
    ("Yoav", "יואב"),
    ("Sarah", "שרה"),
    ("Daniel", "דניאל"),
    ("David", "דוד"),
    ("Anna", "אנה"),
    ("Elena", "אלנה"),
]

LAST_NAMES = [
    ("Cohen", "כהן"),
    ("Levi", "לוי"),
    ("Peretz", "פרץ"),
    ("Biton", "ביטון"),
    ("Friedman", "פרידמן"),
    ("Shapiro", "שפירא"),
    ("Katz", "כץ"),
    ("Azulay", "אזולאי"),
    ("Golan", "גולן"),
    ("Barak", "ברק"),
    ("Segal", "סגל"),
    ("Rosen", "רוזן"),
    ("Harel", "הראל"),
    ("Sasson", "ששון"),
    ("Weiss", "וייס"),
    ("Carmi", "כרמי"),
    ("Oz", "עוז"),
    ("Dayan", "דיין"),
    ("Tal", "טל"),
    ("Navon", "נבון"),
]

ROLES = [
    ("Research Fellow", "עמית מחקר"),
    ("Senior Research Fellow", "עמית מחקר בכיר"),
    ("Research Assistant", "עוזר מחקר"),
    ("Visiting Fellow", "עמית אורח"),
    ("Program Director", "ראש תוכנית"),
]

BIOS = [
    (
        "{name} researches {subject} and has written on {place} for the Institute for several years.",
        "{name} חוקר את תחום {subject} וכותב על {place} במכון זה כמה שנים.",
    ),
    (
        "Before joining the Institute, {name} served in government and taught at a university.",
        "לפני הצטרפותו למכון שירת {name} בממשלה ולימד באוניברסיטה.",
    ),
]

# The subjects and places of ``synthetic.SUBJECTS``/``PLACES``, in Hebrew (same order).
SUBJECTS_HE = [
    "הרתעה",
    "ביטחון אנרגטי",
    "ביטחון ימי",
    "הגנת סייבר",
    "שירות מילואים",
    "מדיניות מים",
    "נורמליזציה אזורית",
    "הגנה אווירית",
    "ביטחון גבולות",
    "אמון הציבור",
    "פיקוח על נשק",
    "תשתיות חיוניות",
    "היערכות לחירום אזרחי",
    "שיתוף פעולה מודיעיני",
    "יצוא ביטחוני",
    "חוסן כלכלי",
    "לוחמת רחפנים",
    "לוחמה בטרור",
    "מבצעי השפעה",
    "ניהול בריתות",
]

PLACES_HE = [
    "ים סוף",
    "המפרץ",
    "לבנון",
    "סוריה",
    "יהודה ושומרון",
    "מזרח הים התיכון",
    "עיראק",
    "ירדן",
    "מצרים",
    "אירופה",
    "רצועת עזה",
    "הנגב",
    "הגליל",
    "קפריסין ויוון",
    "הקווקז",
    "קרן אפריקה",
]

ANGLES_HE = [
    "הערכה מחודשת",
    "חלופות לישראל",
    "לקחי השנה האחרונה",
    "סיכונים והזדמנויות",
    "בין הסלמה לריסון",
    "מה הלאה",
    "הערכת מצב כוללת",
    "הטיעון לשינוי",
    "מגמות ומדדים",
    "סדר יום למדיניות",
]

TITLE_PATTERNS_HE = [
    "{subject} ב{place}: {angle}",
    "{angle}: {subject} ו{place}",
    "חשיבה מחודשת על {subject} ב{place}",
    "{subject} אחרי המלחמה: {angle}",
]

HEADINGS = [
    ("Background", "רקע"),
    ("The Current Situation", "תמונת המצב"),
    ("Main Actors", "השחקנים המרכזיים"),
    ("Implications for Israel", "השלכות לישראל"),
    ("Recommendations", "המלצות"),
]

# Sentences of about 20 words; a summary is three of them, a body paragraph six to nine.
SENTENCES = [
    (
        "Developments in {place} over the past year have changed the assumptions on which policy on {subject} was built.",
        "ההתפתחויות ב{place} בשנה האחרונה שינו את ההנחות שעליהן נבנתה המדיניות בתחום {subject}.",
    ),
    (
        "Some of these changes are already visible to every observer, while others are only beginning to emerge.",
        "חלק מהשינויים האלה כבר גלויים לכל צופה, ואחרים רק מתחילים להתגלות בשטח.",
    ),
    (
        "Decision-makers face a familiar dilemma: acting early has certain costs, while waiting carries larger risks.",
        "מקבלי ההחלטות ניצבים בפני דילמה מוכרת: לפעולה מוקדמת מחיר ודאי, ולהמתנה סיכונים גדולים יותר.",
    ),
    (
        "Comparative experience suggests that policies on {subject} succeed when partners coordinate them over several years.",
        "ניסיון השוואתי מלמד שמדיניות בתחום {subject} מצליחה כאשר שותפים מתאמים אותה לאורך כמה שנים.",
    ),
    (
        "This paper draws on open sources, interviews with officials and the Institute's own data on {place}.",
        "המאמר מבוסס על מקורות גלויים, על ראיונות עם בעלי תפקידים ועל נתוני המכון על {place}.",
    ),
    (
        "The government should define its objectives in {place} more precisely and align its instruments with them.",
        "על הממשלה להגדיר את יעדיה ב{place} בדיוק רב יותר ולהתאים אליהם את הכלים שבידיה.",
    ),
    (
        "Budgets for {subject} have grown, yet the capacity to spend them wisely has not grown at the same pace.",
        "התקציבים לתחום {subject} גדלו, אך היכולת להוציא אותם בתבונה לא גדלה באותו קצב.",
    ),
    (
        "Regional actors watch each other closely, and a move in {place} is rarely read in isolation.",
        "השחקנים באזור עוקבים זה אחר זה מקרוב, וצעד ב{place} כמעט אף פעם אינו נקרא לבדו.",
    ),
    (
        "Public opinion matters: surveys show that trust in the handling of {subject} has declined since last year.",
        "לדעת הקהל יש משקל: סקרים מראים שהאמון בטיפול בתחום {subject} ירד מאז השנה שעברה.",
    ),
    (
        "Military tools alone will not settle the question; economic and diplomatic measures must accompany them.",
        "כלים צבאיים לבדם לא יכריעו את השאלה; צעדים כלכליים ומדיניים חייבים ללוות אותם.",
    ),
    (
        "The United States remains the decisive partner, but its attention is divided among many other theatres.",
        "ארצות הברית נותרה השותפה המכרעת, אך תשומת לבה מתחלקת בין זירות רבות אחרות.",
    ),
    (
        "Scenarios for the coming years range from gradual stabilisation in {place} to a sudden and costly escalation.",
        "התרחישים לשנים הקרובות נעים בין התייצבות הדרגתית ב{place} לבין הסלמה פתאומית ויקרה.",
    ),
    (
        "Indicators worth tracking include investment flows, the movement of forces and the tone of official statements.",
        "מדדים שכדאי לעקוב אחריהם כוללים תזרימי השקעות, תנועת כוחות ואת נימת ההצהרות הרשמיות.",
    ),
    (
        "Previous rounds show that improvised responses to crises in {place} tend to be expensive and short-lived.",
        "סבבים קודמים מלמדים שתגובות מאולתרות למשברים ב{place} נוטות להיות יקרות וקצרות ימים.",
    ),
    (
        "Civilian agencies must be part of the planning from the start, not brought in after decisions are made.",
        "הגופים האזרחיים חייבים להיות שותפים לתכנון מההתחלה, ולא להצטרף אחרי שההחלטות כבר התקבלו.",
    ),
    (
        "A clear legal framework for {subject} would give officials confidence and the public a measure of accountability.",
        "מסגרת חוקית ברורה לתחום {subject} תעניק ביטחון לבעלי התפקידים ולציבור מידה של אחריותיות.",
    ),
]
