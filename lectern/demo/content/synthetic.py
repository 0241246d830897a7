"""Word stock for the synthetic publications of ``load_demo --publications N``.

They exist to fill listings, pagination and search with volume, so they are assembled
from interchangeable parts rather than written one by one.
"""

SUBJECTS = [
    "Deterrence",
    "Energy Security",
    "Maritime Security",
    "Cyber Defence",
    "Reserve Service",
    "Water Policy",
    "Regional Normalization",
    "Air Defence",
    "Border Security",
    "Public Trust",
    "Arms Control",
    "Critical Infrastructure",
    "Civil Emergency Planning",
    "Intelligence Cooperation",
    "Defence Exports",
    "Economic Resilience",
    "Drone Warfare",
    "Counter-Terrorism",
    "Information Operations",
    "Alliance Management",
]

PLACES = [
    "the Red Sea",
    "the Gulf",
    "Lebanon",
    "Syria",
    "the West Bank",
    "the Eastern Mediterranean",
    "Iraq",
    "Jordan",
    "Egypt",
    "Europe",
    "the Gaza Strip",
    "the Negev",
    "the Galilee",
    "Cyprus and Greece",
    "the Caucasus",
    "the Horn of Africa",
]

ANGLES = [
    "A Reassessment",
    "Options for Israel",
    "Lessons from the Past Year",
    "Risks and Opportunities",
    "Between Escalation and Restraint",
    "What Comes Next",
    "A Net Assessment",
    "The Case for Change",
    "Trends and Indicators",
    "A Policy Agenda",
]

TITLE_PATTERNS = [
    "{subject} in {place}: {angle}",
    "{angle}: {subject} and {place}",
    "Rethinking {subject} in {place}",
    "{subject} after the War: {angle}",
]

SUMMARY = (
    "This analysis examines {subject_lower} in {place}, reviews the developments of recent months and sets "
    "out recommendations for Israeli policy."
)

PARAGRAPHS = [
    "Developments in {place} over the past year have changed the assumptions on which Israeli policy on "
    "{subject_lower} was built. Some of the changes are visible; others are only beginning to emerge.",
    "Decision-makers face a familiar dilemma: acting early carries costs that are certain, while waiting "
    "carries risks that are uncertain but potentially larger.",
    "Comparative experience suggests that policies on {subject_lower} succeed when they are coordinated with "
    "partners, funded for several years and reviewed against clear indicators.",
    "The analysis draws on open sources, interviews with officials and the Institute's own data on {place}.",
    "Israel should define its objectives in {place} more precisely, and align its instruments with them.",
]

RECOMMENDATIONS = [
    "Set measurable goals and review them every year.",
    "Coordinate closely with the United States and regional partners.",
    "Invest in the civilian capacities that support the military effort.",
    "Keep the public informed, to preserve trust in the policy.",
]
