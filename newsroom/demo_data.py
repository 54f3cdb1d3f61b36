"""Demo content for Coalition Newsroom.

Everything in this module is FICTIONAL. The coalition, its member and partner
organizations, every spokesperson, every press contact, every survey, report,
letter and figure cited here were invented for demonstration purposes. Any
resemblance to real organizations or people is coincidental. Policy areas
(287(g) agreements, detainers, DACA, TPS, asylum processing and so on) are
real, but no words here are attributed to any real person.

All websites use the reserved ``example.org`` domain and all phone numbers use
the fictional 555-01xx range.

The module holds plain Python data only; a management command or test can
import ``COALITION``, ``TOPICS``, ``ORGANIZATIONS`` and ``RELEASES``. Release
bodies are lists of ``(block_type, value)`` tuples with block types
``paragraph``, ``heading``, ``cta``, ``quote`` and ``section_break``.

Run ``python3 newsroom/demo_data.py`` to check the data with ``validate()``.
"""

# ruff: noqa: S101, T201  (validate() asserts; the __main__ block prints)

from __future__ import annotations

import re


def _a(href: str, text: str) -> str:
    """An HTML link for use inside a paragraph."""
    return f'<a href="{href}">{text}</a>'


# ---------------------------------------------------------------------------
# Coalition
# ---------------------------------------------------------------------------

COALITION = {
    "name": "Lantern Coalition for Immigrant Justice",
    "short_name": "Lantern Coalition",
    "tagline": (
        "Community, faith, labor and legal organizations working together so "
        "immigrant families can live, work and belong without fear."
    ),
    "about": (
        "The Lantern Coalition for Immigrant Justice is a network of "
        "immigrant-rights, community, faith, labor and legal-advocacy "
        "organizations in more than a dozen states. Members work together on "
        "policy advocacy, rapid response, legal services and civic "
        "participation so that immigrant families can live and work with "
        "dignity. The coalition was founded in Chicago in 2012."
    ),
    "intro": (
        "The Lantern Coalition brings together organizations that serve "
        "immigrant communities every day: legal aid providers, congregations, "
        "unions, youth groups, neighborhood associations and health clinics. "
        "When members speak with one voice, local officials and federal "
        "agencies hear from the people most affected by their decisions."
        "\n\n"
        "This newsroom collects statements, sign-on letters and reports "
        "issued by coalition members. Reporters can browse releases by topic "
        "or organization and look up spokespeople and their past quotes. "
        "Every release lists a press contact."
    ),
}


# ---------------------------------------------------------------------------
# Topics
# ---------------------------------------------------------------------------

TOPICS = [
    ("Detention & Enforcement", "detention-enforcement"),
    ("Local Policing & 287(g)", "local-policing"),
    ("DACA & Immigrant Youth", "daca-youth"),
    ("Temporary Protected Status", "tps"),
    ("Asylum & Refugees", "asylum"),
    ("Legal Representation & Courts", "legal-representation"),
    ("Language Access", "language-access"),
    ("Worker Protections", "worker-protections"),
    ("Citizenship & Naturalization", "naturalization"),
    ("Welcoming Cities", "welcoming-cities"),
]


# ---------------------------------------------------------------------------
# Organizations
# ---------------------------------------------------------------------------

# Slugs used more than once below.
PIRN = "prairie-immigrant-rights-network"
DBIA = "desert-bloom-immigrant-alliance"
SIYC = "southeast-immigrant-youth-collective"
RGFDP = "rio-grande-family-defense-project"
HARBOR = "harbor-legal-aid-defense-fund"
FRILS = "front-range-immigrant-legal-services"
TCLAP = "twin-cities-language-access-project"
ISCM = "interfaith-sanctuary-circle-minnesota"
KCW = "keystone-congregations-for-welcome"
UHPW = "united-harvest-packing-workers-local-72"
HEARTH = "hearth-domestic-workers-collective"
SUNCOAST = "suncoast-farmworker-alliance"
TENA = "tacoma-eastside-neighbors-association"
BAYOU = "bayou-families-together"
HVWIC = "hudson-valley-worker-immigrant-center"
ALCANTARA = "office-of-council-member-teresa-alcantara"
CIPI = "capitol-immigration-policy-institute"
SANDIA = "sandia-community-health-partners"
CASCADE = "cascade-refugee-immigrant-services"
LAKE_ERIE = "lake-erie-asylum-support-network"

ORGANIZATIONS = [
    {
        "name": "Prairie Immigrant Rights Network",
        "short_name": "PIRN",
        "slug": PIRN,
        "kind": "immigrant_rights",
        "city": "Chicago",
        "state": "IL",
        "website": "https://prairierights.example.org",
        "description": (
            "The Prairie Immigrant Rights Network is a statewide alliance of "
            "immigrant-led groups in Illinois. It organizes families around "
            "policing, education and access to public services, and it "
            "convenes the coalition's rapid-response working group."
        ),
        "status": "member",
        "date_joined": "2012-09-18",
        "color": "#1f4e79",
    },
    {
        "name": "Desert Bloom Immigrant Alliance",
        "short_name": "DBIA",
        "slug": DBIA,
        "kind": "immigrant_rights",
        "city": "Phoenix",
        "state": "AZ",
        "website": "https://desertbloom.example.org",
        "description": (
            "Desert Bloom Immigrant Alliance builds the power of immigrant "
            "families across Arizona through door-to-door organizing, "
            "leadership training and policy advocacy. Its members have led "
            "campaigns on local policing and family unity since 2009."
        ),
        "status": "member",
        "date_joined": "2014-04-02",
        "color": "#7a2e1f",
    },
    {
        "name": "Southeast Immigrant Youth Collective",
        "short_name": "SIYC",
        "slug": SIYC,
        "kind": "immigrant_rights",
        "city": "Atlanta",
        "state": "GA",
        "website": "https://siyc.example.org",
        "description": (
            "The Southeast Immigrant Youth Collective is led by DACA "
            "recipients and other young immigrants in Georgia, the Carolinas "
            "and Tennessee. It runs college access programs, citizenship "
            "clinics and leadership fellowships."
        ),
        "status": "member",
        "date_joined": "2016-01-12",
        "color": "#4b2c6f",
    },
    {
        "name": "Rio Grande Family Defense Project",
        "short_name": "RGFDP",
        "slug": RGFDP,
        "kind": "legal",
        "city": "El Paso",
        "state": "TX",
        "website": "https://riograndedefense.example.org",
        "description": (
            "The Rio Grande Family Defense Project provides free legal "
            "representation to asylum seekers and detained immigrants in West "
            "Texas and southern New Mexico. Its attorneys also train shelter "
            "volunteers to give accurate legal orientation."
        ),
        "status": "member",
        "date_joined": "2015-07-20",
        "color": "#2d4a22",
    },
    {
        "name": "Harbor Legal Aid & Defense Fund",
        "short_name": "Harbor Legal Aid",
        "slug": HARBOR,
        "kind": "legal",
        "city": "New York",
        "state": "NY",
        "website": "https://harborlegal.example.org",
        "description": (
            "Harbor Legal Aid & Defense Fund represents low-income immigrants "
            "in removal proceedings, with a focus on people held in "
            "detention. It operates a detained docket program and trains pro "
            "bono attorneys throughout the New York region."
        ),
        "status": "member",
        "date_joined": "2013-03-05",
        "color": "#123c5a",
    },
    {
        "name": "Front Range Immigrant Legal Services",
        "short_name": "FRILS",
        "slug": FRILS,
        "kind": "legal",
        "city": "Denver",
        "state": "CO",
        "website": "https://frils.example.org",
        "description": (
            "Front Range Immigrant Legal Services offers low-cost legal "
            "consultations, representation and community education in "
            "Colorado. Its research team tracks local cooperation with "
            "federal immigration enforcement."
        ),
        "status": "member",
        "date_joined": "2017-10-03",
        "color": "#3b3f6b",
    },
    {
        "name": "Twin Cities Language Access Project",
        "short_name": "TCLAP",
        "slug": TCLAP,
        "kind": "legal",
        "city": "St. Paul",
        "state": "MN",
        "website": "https://tclap.example.org",
        "description": (
            "The Twin Cities Language Access Project works to ensure that "
            "people with limited English proficiency can use courts, "
            "hospitals and public agencies. It trains interpreters, monitors "
            "compliance and represents residents in civil rights complaints."
        ),
        "status": "member",
        "date_joined": "2019-02-14",
        "color": "#5a3d1e",
    },
    {
        "name": "Interfaith Sanctuary Circle of Minnesota",
        "short_name": "Sanctuary Circle",
        "slug": ISCM,
        "kind": "faith",
        "city": "Minneapolis",
        "state": "MN",
        "website": "https://sanctuarycircle.example.org",
        "description": (
            "The Interfaith Sanctuary Circle of Minnesota connects more than "
            "150 churches, synagogues, mosques and temples that accompany "
            "immigrant neighbors. Volunteers provide rides, court "
            "accompaniment and emergency support."
        ),
        "status": "member",
        "date_joined": "2017-03-22",
        "color": "#5b1f3a",
    },
    {
        "name": "Keystone Congregations for Welcome",
        "short_name": "KCW",
        "slug": KCW,
        "kind": "faith",
        "city": "Philadelphia",
        "state": "PA",
        "website": "https://keystonewelcome.example.org",
        "description": (
            "Keystone Congregations for Welcome is a multifaith network in "
            "southeastern Pennsylvania. Its member congregations sponsor "
            "newly arrived families and run a volunteer court accompaniment "
            "program."
        ),
        "status": "member",
        "date_joined": "2018-11-08",
        "color": "#2f3e46",
    },
    {
        "name": "United Harvest and Packing Workers Local 72",
        "short_name": "UHPW Local 72",
        "slug": UHPW,
        "kind": "labor",
        "city": "Yakima",
        "state": "WA",
        "website": "https://uhpw72.example.org",
        "description": (
            "United Harvest and Packing Workers Local 72 represents "
            "farmworkers and fruit-packing employees in central Washington. "
            "The local negotiates contracts, enforces workplace safety rules "
            "and runs a bilingual workers' rights school."
        ),
        "status": "member",
        "date_joined": "2014-05-01",
        "color": "#8b1e2d",
    },
    {
        "name": "Hearth Domestic Workers Collective",
        "short_name": "Hearth",
        "slug": HEARTH,
        "kind": "labor",
        "city": "Los Angeles",
        "state": "CA",
        "website": "https://hearthworkers.example.org",
        "description": (
            "Hearth Domestic Workers Collective organizes nannies, "
            "housecleaners and home care workers in Southern California. It "
            "offers know-your-rights training, wage claim support and "
            "leadership programs in four languages."
        ),
        "status": "member",
        "date_joined": "2020-06-16",
        "color": "#6b3a14",
    },
    {
        "name": "Suncoast Farmworker Alliance",
        "short_name": "SFA",
        "slug": SUNCOAST,
        "kind": "labor",
        "city": "Homestead",
        "state": "FL",
        "website": "https://suncoastfarmworkers.example.org",
        "description": (
            "The Suncoast Farmworker Alliance is a member-led organization of "
            "nursery, vegetable and fruit workers in South Florida. It "
            "focuses on heat safety, wage theft and access to health care."
        ),
        "status": "member",
        "date_joined": "2021-08-30",
        "color": "#1e5c4f",
    },
    {
        "name": "Tacoma Eastside Neighbors Association",
        "short_name": "TENA",
        "slug": TENA,
        "kind": "community",
        "city": "Tacoma",
        "state": "WA",
        "website": "https://tacomaeastside.example.org",
        "description": (
            "The Tacoma Eastside Neighbors Association is a volunteer-run "
            "group of residents, small-business owners and tenants. It hosts "
            "monthly community meetings and maintains block-by-block phone "
            "trees for emergencies."
        ),
        "status": "member",
        "date_joined": "2016-09-09",
        "color": "#2e5266",
    },
    {
        "name": "Bayou Families Together",
        "short_name": "",
        "slug": BAYOU,
        "kind": "community",
        "city": "New Orleans",
        "state": "LA",
        "website": "https://bayoufamilies.example.org",
        "description": (
            "Bayou Families Together supports Latino, Vietnamese and "
            "Honduran immigrant families in south Louisiana. Its programs "
            "include citizenship classes, disaster preparedness and support "
            "for Temporary Protected Status holders."
        ),
        "status": "member",
        "date_joined": "2019-10-21",
        "color": "#40375c",
    },
    {
        "name": "Hudson Valley Worker and Immigrant Center",
        "short_name": "HVWIC",
        "slug": HVWIC,
        "kind": "community",
        "city": "Newburgh",
        "state": "NY",
        "website": "https://hvwic.example.org",
        "description": (
            "The Hudson Valley Worker and Immigrant Center is a community "
            "center for immigrant workers and their families north of New "
            "York City. It runs English classes, a legal clinic and a day "
            "laborer hiring hall."
        ),
        "status": "member",
        "date_joined": "2015-11-17",
        "color": "#3c4f2a",
    },
    {
        "name": "Office of Council Member Teresa Alcántara",
        "short_name": "",
        "slug": ALCANTARA,
        "kind": "elected_office",
        "city": "Aurora",
        "state": "CO",
        "website": "https://alcantara-aurora.example.org",
        "description": (
            "Council Member Teresa Alcántara represents a diverse district on "
            "the Aurora City Council. Her office partners with the coalition "
            "on public safety transparency and language access in city "
            "services."
        ),
        "status": "partner",
        "date_joined": "2022-01-18",
        "color": "#1b3a4b",
    },
    {
        "name": "Capitol Immigration Policy Institute",
        "short_name": "CIPI",
        "slug": CIPI,
        "kind": "other",
        "city": "Washington",
        "state": "DC",
        "website": "https://capitolpolicy.example.org",
        "description": (
            "The Capitol Immigration Policy Institute is a nonpartisan "
            "research organization that analyzes federal and local "
            "immigration policy. It provides data and technical assistance "
            "to community groups and policymakers."
        ),
        "status": "partner",
        "date_joined": "2013-06-11",
        "color": "#22313f",
    },
    {
        "name": "Sandia Community Health Partners",
        "short_name": "Sandia Health",
        "slug": SANDIA,
        "kind": "other",
        "city": "Albuquerque",
        "state": "NM",
        "website": "https://sandiahealth.example.org",
        "description": (
            "Sandia Community Health Partners operates three community "
            "clinics in central New Mexico. Its medical and behavioral health "
            "staff serve patients regardless of immigration status or "
            "ability to pay."
        ),
        "status": "partner",
        "date_joined": "2020-03-03",
        "color": "#30475e",
    },
    {
        "name": "Cascade Refugee & Immigrant Services",
        "short_name": "CRIS",
        "slug": CASCADE,
        "kind": "other",
        "city": "Seattle",
        "state": "WA",
        "website": "https://cascaderis.example.org",
        "description": (
            "Cascade Refugee & Immigrant Services resettles refugees and "
            "offers employment and English programs in the Puget Sound "
            "region. It was a coalition member from 2013 until 2024."
        ),
        "status": "former",
        "date_joined": "2013-08-27",
        "color": "#4a4e69",
    },
    {
        "name": "Lake Erie Asylum Support Network",
        "short_name": "LEASN",
        "slug": LAKE_ERIE,
        "kind": "immigrant_rights",
        "city": "Cleveland",
        "state": "OH",
        "website": "https://lakeerieasylum.example.org",
        "description": (
            "The Lake Erie Asylum Support Network is a volunteer network that "
            "welcomes asylum seekers arriving in northeast Ohio. It was a "
            "coalition member from 2018 until 2023."
        ),
        "status": "former",
        "date_joined": "2018-04-10",
        "color": "#3d2b56",
    },
]


# ---------------------------------------------------------------------------
# Spokespeople (fictional) and block helpers
# ---------------------------------------------------------------------------

# key: (speaker, lowercase AP title, organization slug, city)
_SPEAKERS = {
    "estrada": ("Marisol Estrada", "executive director", PIRN, "Chicago"),
    "okonkwo": ("Daniel Okonkwo", "policy director", PIRN, "Chicago"),
    "carrillo": ("Ana Lucía Carrillo", "co-director", DBIA, "Phoenix"),
    "salinas": ("Héctor Salinas", "lead organizer", DBIA, "Phoenix"),
    "park": ("Jae-won Park", "organizing director", SIYC, "Atlanta"),
    "quinones": (
        "Valeria Quiñones",
        "youth leadership coordinator",
        SIYC,
        "Atlanta",
    ),
    "villarreal": ("Tomás Villarreal", "managing attorney", RGFDP, "El Paso"),
    "carmona": ("Inés Carmona", "staff attorney", RGFDP, "El Paso"),
    "raman": (
        "Priya Raman",
        "director of immigration services",
        HARBOR,
        "New York",
    ),
    "ocasio": (
        "Danielle Ocasio",
        "supervising attorney for the detained unit",
        HARBOR,
        "New York",
    ),
    "whitfield": ("Nathan Whitfield", "legal director", FRILS, "Denver"),
    "marquez": (
        "Yesenia Márquez",
        "research and policy manager",
        FRILS,
        "Denver",
    ),
    "warsame": ("Hodan Warsame", "executive director", TCLAP, "St. Paul"),
    "greer": ("Samuel Greer", "staff attorney", TCLAP, "St. Paul"),
    "lindqvist": (
        "The Rev. Karin Lindqvist",
        "board chair",
        ISCM,
        "Minneapolis",
    ),
    "adler": ("Rabbi Miriam Adler-Sosa", "co-chair", KCW, "Philadelphia"),
    "haddad": (
        "Imam Yusuf Haddad",
        "steering committee member",
        KCW,
        "Philadelphia",
    ),
    "mendoza": ("Rogelio Mendoza", "president", UHPW, "Yakima"),
    "alvarado": ("Jesús Alvarado", "shop steward", UHPW, "Yakima"),
    "bautista": ("Lorna Bautista", "lead organizer", HEARTH, "Los Angeles"),
    "dizon": (
        "Rosario Dizon",
        "nanny and member leader",
        HEARTH,
        "Los Angeles",
    ),
    "ruiz": ("Esperanza Ruiz", "co-founder and director", SUNCOAST, "Homestead"),
    "estevez": (
        "Guadalupe Estévez",
        "nursery worker and member",
        SUNCOAST,
        "Homestead",
    ),
    "ellery": ("Marcus Ellery", "board president", TENA, "Tacoma"),
    "tran": (
        "Linh Tran-Boudreaux",
        "executive director",
        BAYOU,
        "New Orleans",
    ),
    "castaneda": (
        "Wilmer Castañeda",
        "TPS holder and member leader",
        BAYOU,
        "New Orleans",
    ),
    "benitez": ("Carlos Benítez", "executive director", HVWIC, "Newburgh"),
    "alcantara": (
        "Teresa Alcántara",
        "Aurora City Council member",
        ALCANTARA,
        "Aurora",
    ),
    "asante": ("Gregory Asante", "senior policy analyst", CIPI, "Washington"),
    "benavides": (
        "Dr. Alma Benavides",
        "medical director",
        SANDIA,
        "Albuquerque",
    ),
    "griego": (
        "Raúl Griego",
        "licensed clinical social worker",
        SANDIA,
        "Albuquerque",
    ),
    "petrova": (
        "Elena Petrova",
        "director of resettlement programs",
        CASCADE,
        "Seattle",
    ),
    "kowalczyk": ("Michael Kowalczyk", "coordinator", LAKE_ERIE, "Cleveland"),
}


def _p(html: str) -> tuple:
    return ("paragraph", html)


def _h(text: str) -> tuple:
    return ("heading", text)


def _cta(label: str, url: str, description: str = "") -> tuple:
    return ("cta", {"label": label, "url": url, "description": description})


def _q(key: str, text: str) -> tuple:
    """A quote from a registered spokesperson."""
    speaker, title, org, city = _SPEAKERS[key]
    return (
        "quote",
        {
            "text": text,
            "speaker": speaker,
            "title": title,
            "org": org,
            "org_name": "",
            "city": city,
        },
    )


def _qx(text: str, speaker: str, title: str, org_name: str, city: str = "") -> tuple:
    """A quote from a speaker whose organization is not in the registry."""
    return (
        "quote",
        {
            "text": text,
            "speaker": speaker,
            "title": title,
            "org": None,
            "org_name": org_name,
            "city": city,
        },
    )


_BREAK = ("section_break", None)


# ---------------------------------------------------------------------------
# Press releases
# ---------------------------------------------------------------------------

RELEASES = [
    # -- 2022 ---------------------------------------------------------------
    {
        "slug": "arizona-groups-urge-sheriffs-to-let-287g-agreements-lapse",
        "title": "Arizona groups urge sheriffs to let 287(g) agreements lapse",
        "subtitle": (
            "Letter from 64 organizations says the agreements pull deputies "
            "away from local public safety work"
        ),
        "city": "Phoenix",
        "state": "AZ",
        "date": "2022-03-08",
        "summary": (
            "A group of 64 Arizona community, faith and legal organizations "
            "asked county sheriffs to let their 287(g) agreements with "
            "federal immigration authorities expire, saying the partnerships "
            "erode trust between immigrant families and local law "
            "enforcement."
        ),
        "topics": ["local-policing", "detention-enforcement"],
        "issuers": [DBIA, CIPI],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "The letter asks sheriffs to decline renewal of agreements "
                "under Section 287(g) of the Immigration and Nationality Act, "
                "which allows the federal government to delegate certain "
                "immigration enforcement functions to trained local officers. "
                "In Arizona, the agreements are used mainly to screen people "
                "booked into county jails."
            ),
            _p(
                "Signers say the screenings lead to more immigration "
                "<b>detainer</b> requests, which ask jails to hold people "
                "after they would otherwise be released so that federal "
                "agents can take them into custody. Desert Bloom Immigrant "
                "Alliance and the "
                + _a(
                    "https://capitolpolicy.example.org",
                    "Capitol Immigration Policy Institute",
                )
                + " organized the letter and released a county-by-county "
                "summary of the agreements."
            ),
            _cta(
                "Read the letter to Arizona sheriffs",
                "https://desertbloom.example.org/letters/287g-2022",
                "Signed by 64 organizations from across Arizona",
            ),
            _h("What signers are saying"),
            _q(
                "carrillo",
                "When a traffic stop can end in deportation, families stop "
                "calling for help. Sheriffs have the authority to decide "
                "whether their deputies do federal immigration work, and we "
                "are asking them to use it to rebuild trust.",
            ),
            _q(
                "asante",
                "The 287(g) program shifts costs and liability onto counties. "
                "Our review of county budgets found that jail staff time "
                "spent on immigration screening is time not spent on the "
                "work residents are already paying for.",
            ),
            _q(
                "salinas",
                "We spent the last three months knocking on doors in the West "
                "Valley. Families told us they skip parent-teacher "
                "conferences and avoid reporting wage theft because they "
                "fear any contact with a deputy.",
            ),
            _qx(
                "Our congregation includes deputies, nurses, farmworkers and "
                "children who were born here to parents who were not. Asking "
                "local police to act as immigration agents divides that "
                "community in ways that are hard to repair.",
                "Pastor Luis Ochoa",
                "senior pastor",
                "Iglesia Camino de Paz",
                "Mesa",
            ),
        ],
        "contacts": [
            {
                "name": "Sofía Marín",
                "organization": "Desert Bloom Immigrant Alliance",
                "email": "press@desertbloom.example.org",
                "phone": "(602) 555-0117",
            },
        ],
    },
    {
        "slug": "on-dacas-10th-anniversary-young-immigrants-press-congress",
        "title": (
            "On DACA's 10th anniversary, young immigrants press Congress for "
            "permanent protections"
        ),
        "subtitle": (
            "More than 200 organizations sign a letter urging a path to "
            "citizenship for Dreamers"
        ),
        "city": "Washington",
        "state": "DC",
        "date": "2022-06-15",
        "summary": (
            "Young immigrants and the organizations that support them marked "
            "the 10th anniversary of the Deferred Action for Childhood "
            "Arrivals program by urging Congress to pass permanent "
            "protections, warning that ongoing litigation leaves recipients' "
            "futures uncertain."
        ),
        "topics": ["daca-youth"],
        "issuers": [SIYC, PIRN],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "Created in June 2012, DACA grants renewable two-year "
                "protection from deportation and work authorization to "
                "eligible immigrants who were brought to the United States "
                "as children. The program has been the subject of litigation "
                "for years, and first-time applications have been largely "
                "frozen while the cases move through the federal courts."
            ),
            _p(
                "Recipients and advocates gathered near the Capitol to "
                "deliver a "
                + _a("https://siyc.example.org/daca-10/letter", "sign-on letter")
                + " and to share stories of careers, families and businesses "
                "built under the program. Members of the Southeast Immigrant "
                "Youth Collective traveled from Georgia, the Carolinas and "
                "Tennessee for the event."
            ),
            _cta(
                "Read the sign-on letter",
                "https://siyc.example.org/daca-10/letter",
                "Signed by 212 organizations from 34 states",
            ),
            _q(
                "park",
                "I was 17 when I submitted my first DACA application. Ten "
                "years later I am a homeowner, a tax preparer and an "
                "organizer, and I still plan my life in two-year increments. "
                "No one should have to live that way, and Congress has the "
                "power to end it.",
            ),
            _q(
                "quinones",
                "Many of the young people in our programs graduated from high "
                "school after new applications were frozen. They have the "
                "same dreams as the students who came before them, but none "
                "of the protections.",
            ),
            _q(
                "estrada",
                "DACA proved what immigrant communities already knew: When "
                "young people are allowed to work and study without fear, "
                "entire neighborhoods benefit. A decade of temporary relief "
                "is a testament to their resilience, not a substitute for a "
                "permanent solution.",
            ),
            _qx(
                "Every spring I sit with seniors who have the grades and the "
                "drive for college, and every spring some of them ask whether "
                "it is worth applying. I want to be able to tell them yes "
                "without qualification.",
                "Graciela Montoya",
                "high school counselor",
                "Riverbend Unified School District",
                "",
            ),
            _q(
                "okonkwo",
                "Congress has had a decade to act. Every month of delay means "
                "more recipients facing renewal backlogs, more employers "
                "uncertain about their workforce and more families making "
                "contingency plans instead of long-term ones.",
            ),
        ],
        "contacts": [
            {
                "name": "Min-ji Seo",
                "organization": "Southeast Immigrant Youth Collective",
                "email": "media@siyc.example.org",
                "phone": "(404) 555-0123",
            },
            {
                "name": "Rafael Duarte",
                "organization": "Prairie Immigrant Rights Network",
                "email": "rduarte@prairierights.example.org",
                "phone": "(312) 555-0142",
            },
        ],
    },
    {
        "slug": "minnesota-groups-call-for-language-access-in-benefits-offices",
        "title": (
            "Minnesota groups call for stronger language access in public "
            "benefits offices"
        ),
        "subtitle": (
            "Survey of more than 600 residents finds many were asked to bring "
            "their own interpreters"
        ),
        "city": "Minneapolis",
        "state": "MN",
        "date": "2022-10-04",
        "summary": (
            "Community, faith and legal organizations released a survey of "
            "more than 600 Minnesota residents with limited English "
            "proficiency, finding that nearly 4 in 10 had been asked to bring "
            "a relative to interpret during visits to public benefits "
            "offices."
        ),
        "topics": ["language-access"],
        "issuers": [TCLAP, ISCM],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "The survey, conducted by the Twin Cities Language Access "
                "Project with volunteers from congregations in the "
                "Interfaith Sanctuary Circle of Minnesota, collected "
                "responses in Somali, Spanish, Hmong, Karen, Oromo and "
                "Vietnamese. Respondents described long waits for phone "
                "interpreters, untranslated notices and children being asked "
                "to interpret sensitive medical and financial information."
            ),
            _p(
                "Federal civil rights law requires recipients of federal "
                "funding to take reasonable steps to provide meaningful "
                "access to people with limited English proficiency. The "
                "organizations are asking state and county agencies to adopt "
                "written language access plans, track interpreter requests "
                "and publish annual compliance reports."
            ),
            _cta(
                "Read the survey findings",
                "https://tclap.example.org/reports/2022-benefits-survey",
                "Responses from 612 residents in six languages",
            ),
            _q(
                "warsame",
                "When a mother has to ask her 12-year-old to translate a "
                "letter about her own medical debt, the system has failed "
                "both of them. Language access is not a courtesy. It is a "
                "legal obligation and a basic measure of respect.",
            ),
            _q(
                "lindqvist",
                "Our volunteers heard the same story again and again: people "
                "who left an office without the help they came for because "
                "no one could understand them. Congregations have stepped in "
                "where we can, but volunteers cannot replace a functioning "
                "public system.",
            ),
            _qx(
                "Patients routinely miss follow-up appointments because the "
                "reminder letters arrive only in English. Simple steps such "
                "as translated notices and a consistent interpreter line "
                "would prevent a lot of avoidable harm.",
                "Abdirahman Yusuf",
                "community health worker",
                "Lakeview Family Health Clinic",
                "Minneapolis",
            ),
            _q(
                "greer",
                "Agencies already have the tools they need. What has been "
                "missing is accountability. Written plans, regular data "
                "collection and a clear complaint process would let agencies "
                "find and fix gaps before residents are harmed.",
            ),
        ],
        "contacts": [
            {
                "name": "Idil Mohamed",
                "organization": "Twin Cities Language Access Project",
                "email": "press@tclap.example.org",
                "phone": "(651) 555-0109",
            },
        ],
    },
    {
        "slug": "border-groups-call-for-orderly-asylum-processing",
        "title": (
            "Border legal and faith groups call for orderly asylum processing "
            "as shelters near capacity"
        ),
        "subtitle": "",
        "city": "El Paso",
        "state": "TX",
        "date": "2022-12-06",
        "summary": (
            "Legal service providers and shelter volunteers in El Paso urged "
            "federal officials to expand asylum processing capacity at ports "
            "of entry and increase funding for nonprofit shelters, as cold "
            "weather and rising arrivals strained local resources."
        ),
        "topics": ["asylum", "detention-enforcement"],
        "issuers": [RGFDP, DBIA],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "Shelters that work with the Rio Grande Family Defense "
                "Project reported receiving more than 3,000 people in "
                "November, many of them families with young children who had "
                "been released with notices to appear in immigration courts "
                "hundreds of miles away."
            ),
            _p(
                "The groups are asking for more officers to process asylum "
                "claims at ports of entry, reliable coordination with "
                "destination cities and emergency federal funds for shelters "
                "run by nonprofits and congregations. They also want legal "
                "orientation offered at every shelter so that families "
                "understand their obligations before they travel."
            ),
            _h("Border and receiving communities"),
            _q(
                "villarreal",
                "Seeking asylum is legal. The people arriving at our shelters "
                "have followed the instructions they were given, and many of "
                "them are carrying court dates in cities they have never "
                "seen."
                "\n\n"
                "What we need is not a show of force but a functioning "
                "system: enough officers to hear claims at the ports, "
                "accurate information for families and a fair chance to find "
                "a lawyer before the first hearing.",
            ),
            _q(
                "carmona",
                "Many of the parents we meet do not know that they generally "
                "must file for asylum within one year of arriving, or that "
                "missing a hearing can lead to a deportation order. Basic "
                "legal orientation at shelters would prevent devastating "
                "mistakes.",
            ),
            _qx(
                "We set up cots in the parish hall last week and filled them "
                "in one night. Our volunteers are exhausted, but they keep "
                "showing up, because the alternative is families sleeping "
                "outside in near-freezing temperatures.",
                "Sister Rosa Delgado",
                "director of hospitality",
                "Posada del Camino shelter",
                "El Paso",
            ),
            _q(
                "carrillo",
                "Arizona and Texas shelters are sharing beds, volunteers and "
                "bus schedules across state lines because no one else is "
                "coordinating. That is a credit to border communities and a "
                "sign of how little support they have received.",
            ),
            _q(
                "kowalczyk",
                "Families who leave El Paso often arrive in Cleveland with "
                "nothing but a court notice. Coordination at the border "
                "shapes whether they land safely in our cities or fall "
                "through the cracks.",
            ),
        ],
        "contacts": [
            {
                "name": "Joaquín Reyes",
                "organization": "Rio Grande Family Defense Project",
                "email": "press@riograndedefense.example.org",
                "phone": "(915) 555-0131",
            },
        ],
    },
    # -- 2023 ---------------------------------------------------------------
    {
        "slug": "report-urges-public-funding-for-counsel-in-immigration-court",
        "title": "New report urges public funding for lawyers in immigration court",
        "subtitle": (
            "Advocates say the growing court backlog makes representation more urgent"
        ),
        "city": "New York",
        "state": "NY",
        "date": "2023-03-21",
        "summary": (
            "A report released by Harbor Legal Aid & Defense Fund and partner "
            "organizations calls on state and local governments to expand "
            "funding for lawyers in immigration court, where people facing "
            "deportation have no right to a government-appointed attorney."
        ),
        "topics": ["legal-representation"],
        "issuers": [HARBOR, HVWIC, CIPI],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "Unlike defendants in criminal court, people in removal "
                "proceedings must find and pay for their own lawyers or go "
                "without. The report, <i>Standing Alone</i>, draws on case "
                "data from Harbor Legal Aid's detained docket program and "
                "interviews with 48 families in New York City and the Hudson "
                "Valley."
            ),
            _p(
                "With the immigration court backlog now measured in the "
                "millions of cases, the authors argue that representation "
                "helps courts run more efficiently by reducing postponements "
                "and missed hearings. The report recommends multiyear "
                "funding, priority for people in detention and partnerships "
                "with law schools and bar associations."
            ),
            _cta(
                "Download the report",
                "https://harborlegal.example.org/reports/standing-alone",
                "42 pages, with county-level data and policy recommendations",
            ),
            _q(
                "raman",
                "Every week we meet parents who are expected to argue complex "
                "asylum law, in a second language, against a trained "
                "government attorney. Due process should not depend on "
                "whether you can afford a lawyer or happen to live near a "
                "nonprofit with an opening.",
            ),
            _q(
                "ocasio",
                "For people in detention, the stakes and the obstacles are "
                "highest. Our clients are held hours from their families, "
                "with limited phone access, and they must gather evidence "
                "from behind a fence. Without counsel, most never have a real "
                "chance to present their case.",
            ),
            _q(
                "benitez",
                "In the Hudson Valley, the nearest free legal help can be two "
                "hours away by bus. We have families who traveled to their "
                "hearing and were told to come back in a year because they "
                "had no attorney. Funding representation is how you break "
                "that cycle.",
            ),
            _q(
                "asante",
                "Representation is one of the few reforms that makes the "
                "system both fairer and more efficient. Judges can resolve "
                "cases more quickly when both sides are prepared.",
            ),
            _qx(
                "Private attorneys want to help, and many of our members take "
                "pro bono cases. But volunteer work alone cannot meet the "
                "need. A stable public investment would let us train and "
                "support volunteers alongside full-time staff attorneys.",
                "Jonathan Meyers-Li",
                "chair of the immigration committee",
                "Tri-County Bar Association",
                "White Plains",
            ),
        ],
        "contacts": [
            {
                "name": "Kevin Adebayo",
                "organization": "Harbor Legal Aid & Defense Fund",
                "email": "press@harborlegal.example.org",
                "phone": "(212) 555-0164",
            },
            {
                "name": "Lucía Ferrer",
                "organization": "Hudson Valley Worker and Immigrant Center",
                "email": "lferrer@hvwic.example.org",
                "phone": "(845) 555-0178",
            },
        ],
    },
    {
        "slug": "farmworkers-seek-stronger-protections-against-retaliation",
        "title": (
            "Farmworkers and advocates seek stronger protections against "
            "retaliation in Washington"
        ),
        "subtitle": (
            "Workers describe threats tied to immigration status after "
            "reporting heat and pay violations"
        ),
        "city": "Yakima",
        "state": "WA",
        "date": "2023-05-11",
        "summary": (
            "Farmworkers, union members and community organizations in "
            "Washington state called for stronger safeguards against "
            "employer retaliation, saying threats involving immigration "
            "status keep workers from reporting unsafe heat and unpaid wages."
        ),
        "topics": ["worker-protections"],
        "issuers": [UHPW, TENA],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "At a news conference outside the union hall, members of "
                "United Harvest and Packing Workers Local 72 described "
                "supervisors threatening to call immigration authorities "
                "after workers raised complaints about heat, water breaks and "
                "missing overtime pay."
            ),
            _p(
                "A federal process allows workers who are victims of or "
                "witnesses to labor violations to request temporary "
                "protection from deportation while an investigation "
                "proceeds. Advocates say few workers know the process exists, "
                "and they are asking state labor officials to issue the "
                "supporting statements workers need more quickly."
            ),
            _cta(
                "Read the workers' demands",
                "https://uhpw72.example.org/campaigns/safe-to-speak",
                "Endorsed by 38 unions, congregations and community groups",
            ),
            _q(
                "mendoza",
                "Last summer our members worked through afternoons above 100 "
                "degrees. The ones who asked for shade and water were told "
                "there were plenty of other people who wanted their jobs, and "
                "some were told worse. No one should have to choose between "
                "their safety and their family's stability.",
            ),
            _q(
                "alvarado",
                "I have worked the same packing line for 11 years. When we "
                "filed a wage complaint, a manager said he knew where we "
                "lived. Workers came together anyway, and that is why we are "
                "here.",
            ),
            _q(
                "ellery",
                "Tacoma families depend on the wages earned in these fields "
                "and warehouses. When workers are afraid to speak up, it "
                "drives down standards for everyone, immigrant and U.S.-born "
                "alike.",
            ),
            _q(
                "petrova",
                "Many of the refugees we resettle take their first jobs in "
                "agriculture and food processing. They need to know their "
                "rights from day one, in a language they understand, and they "
                "need to know the state will back them up.",
            ),
        ],
        "contacts": [
            {
                "name": "Beatriz Campos",
                "organization": "United Harvest and Packing Workers Local 72",
                "email": "communications@uhpw72.example.org",
                "phone": "(509) 555-0155",
            },
        ],
    },
    {
        "slug": "fall-citizenship-drive-helps-1400-residents-apply",
        "title": "Fall citizenship drive helps more than 1,400 residents apply",
        "subtitle": (
            "Volunteer attorneys and accredited representatives staffed "
            "clinics in Georgia and Louisiana"
        ),
        "city": "Atlanta",
        "state": "GA",
        "date": "2023-09-19",
        "summary": (
            "Coalition members in Georgia and Louisiana helped more than "
            "1,400 lawful permanent residents complete applications for U.S. "
            "citizenship during a six-week series of free clinics that ended "
            "Sept. 16."
        ),
        "topics": ["naturalization"],
        "issuers": [SIYC, BAYOU],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "Volunteers at 22 clinics screened applicants for "
                "eligibility, helped them complete the naturalization "
                "application and assisted those who qualified in requesting "
                "a fee waiver or reduced fee. Organizers said nearly a third "
                "of participants had been eligible to apply for more than "
                "five years."
            ),
            _p(
                "Organizers estimate that many thousands of permanent "
                "residents in the two states are eligible to naturalize but "
                "have not applied, often because of cost, confusion about "
                "the process or worries about the English and civics tests."
            ),
            _cta(
                "Find an upcoming citizenship clinic",
                "https://siyc.example.org/citizenship/clinics",
                "Free clinics in English, Spanish, Korean and Vietnamese",
            ),
            _q(
                "park",
                "My parents became citizens at a clinic like this one when I "
                "was in high school, and I remember how proud and nervous "
                "they were. Helping hundreds of families take that step this "
                "fall is one of the best things our young organizers have "
                "done.",
            ),
            _q(
                "tran",
                "In south Louisiana, many of our elders have been permanent "
                "residents for decades. They were waiting for someone to sit "
                "with them, explain the forms and assure them they could do "
                "it. Citizenship gives them a voice in the decisions that "
                "shape their neighborhoods.",
            ),
            _qx(
                "Many of our adult students have been studying for the civics "
                "test for months. Having attorneys review their applications "
                "gave them the confidence to finally file.",
                "Grace Oyelaran",
                "director",
                "Eastlake Adult Learning Center",
                "Atlanta",
            ),
            _q(
                "quinones",
                "Several of the applicants we helped were parents of DACA "
                "recipients. For those families, every new citizen is a "
                "source of stability.",
            ),
        ],
        "contacts": [
            {
                "name": "Min-ji Seo",
                "organization": "Southeast Immigrant Youth Collective",
                "email": "media@siyc.example.org",
                "phone": "(404) 555-0123",
            },
        ],
    },
    {
        "slug": "report-tracks-immigration-detainer-requests-front-range-jails",
        "title": "Report tracks immigration detainer requests at Front Range jails",
        "subtitle": (
            "Legal advocates urge uniform policies and public reporting across counties"
        ),
        "city": "Denver",
        "state": "CO",
        "date": "2023-11-14",
        "summary": (
            "Front Range Immigrant Legal Services released an analysis of "
            "immigration detainer requests sent to county jails in the "
            "Denver area over five years, finding wide variation in how jails "
            "respond and limited public reporting."
        ),
        "topics": ["local-policing", "detention-enforcement"],
        "issuers": [FRILS, ALCANTARA],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "A detainer is a request from U.S. Immigration and Customs "
                "Enforcement asking a jail to notify the agency before "
                "releasing someone or to hold the person for up to 48 hours "
                "beyond the time they would otherwise be released. Several "
                "federal courts have found that holding people solely on a "
                "detainer, without a judicial warrant, can violate the Fourth "
                "Amendment."
            ),
            _p(
                "Researchers reviewed jail records obtained through public "
                "records requests from seven counties. The report also "
                "examines how 287(g) agreements elsewhere in the region have "
                "affected the number of detainer requests, and it recommends "
                "that every county publish quarterly data."
            ),
            _cta(
                "Read the report",
                "https://frils.example.org/research/detainer-data",
                "Includes county-by-county data and a model reporting policy",
            ),
            _q(
                "whitfield",
                "Residents deserve to know how their jails cooperate with "
                "immigration enforcement. Right now the answer depends on "
                "which county line you happen to cross and, in some places, "
                "on which shift supervisor is on duty.",
            ),
            _q(
                "marquez",
                "We spent 14 months collecting these records. Some counties "
                "responded in days; others took more than a year. That "
                "inconsistency is itself a finding.",
            ),
            _q(
                "alcantara",
                "Aurora is home to tens of thousands of immigrant residents. "
                "Clear, public rules about detainers protect their rights and "
                "protect the city from legal liability. I will ask our public "
                "safety committee to review these findings.",
            ),
            _qx(
                "A detainer can turn a minor charge into months in "
                "immigration detention. Defense attorneys need accurate "
                "information about jail practices to advise our clients, and "
                "right now we often do not have it.",
                "Rachel Okafor",
                "president",
                "Front Range Criminal Defense Bar",
                "Denver",
            ),
            _q(
                "estrada",
                "We have seen how transparency changes the conversation. When "
                "the data is public, residents can hold their officials "
                "accountable, and officials can see the real effects of "
                "their policies.",
            ),
        ],
        "contacts": [
            {
                "name": "Natalie Brooks",
                "organization": "Front Range Immigrant Legal Services",
                "email": "press@frils.example.org",
                "phone": "(303) 555-0186",
            },
            {
                "name": "Colleen Ruiz-Hart",
                "organization": "Office of Council Member Teresa Alcántara",
                "email": "colleen@alcantara-aurora.example.org",
                "phone": "(303) 555-0191",
            },
        ],
    },
    # -- 2024 ---------------------------------------------------------------
    {
        "slug": "philadelphia-congregations-launch-court-accompaniment-network",
        "title": "Philadelphia congregations launch court accompaniment network",
        "subtitle": (
            "More than 40 congregations will send volunteers to immigration "
            "check-ins and hearings"
        ),
        "city": "Philadelphia",
        "state": "PA",
        "date": "2024-02-27",
        "summary": (
            "More than 40 churches, synagogues and mosques in the "
            "Philadelphia region launched a network that will send trained "
            "volunteers with immigrants to court hearings and check-ins with "
            "immigration authorities."
        ),
        "topics": ["welcoming-cities", "legal-representation"],
        "issuers": [KCW],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "Keystone Congregations for Welcome has trained 260 "
                "volunteers since the fall. Volunteers do not give legal "
                "advice; they help people find courtrooms, arrange child care "
                "and transportation, take notes and connect families with "
                "legal service providers."
            ),
            _p(
                "The congregations also released a "
                + _a(
                    "https://keystonewelcome.example.org/principles",
                    "statement of principles",
                )
                + " urging local governments across southeastern Pennsylvania "
                "to adopt and maintain welcoming policies, including clear "
                "limits on sharing residents' information with federal "
                "immigration authorities."
            ),
            _cta(
                "Volunteer with the accompaniment network",
                "https://keystonewelcome.example.org/accompany",
                "Next volunteer training: March 16",
            ),
            _q(
                "adler",
                "Our traditions command us to welcome the stranger, and "
                "sometimes that means sitting in the third row of a courtroom "
                "at 8 a.m. so that no one has to face the most frightening "
                "day of their life alone.",
            ),
            _q(
                "haddad",
                "Many members of our community came to this country as "
                "refugees. They know what it means when a neighbor shows up. "
                "This network turns compassion into a practical, weekly "
                "commitment.",
            ),
            _qx(
                "Immigrant families run a large share of the businesses on "
                "our commercial corridors. When they are afraid, storefronts "
                "close early and customers stay home. Programs like this help "
                "keep our neighborhoods steady.",
                "Angela Brightwater",
                "president",
                "North Philadelphia Small Business Alliance",
                "Philadelphia",
            ),
            _q(
                "lindqvist",
                "The accompaniment model has worked in Minnesota because it "
                "is simple and sustainable. We are glad to share what we have "
                "learned with our colleagues in Pennsylvania.",
            ),
        ],
        "contacts": [
            {
                "name": "Naomi Feld",
                "organization": "Keystone Congregations for Welcome",
                "email": "info@keystonewelcome.example.org",
                "phone": "(215) 555-0138",
            },
        ],
    },
    {
        "slug": "coalition-urges-extension-and-redesignation-of-tps",
        "title": (
            "Coalition urges administration to extend and redesignate "
            "Temporary Protected Status"
        ),
        "subtitle": (
            "Letter signed by 173 organizations cites ongoing crises in "
            "designated countries"
        ),
        "city": "Washington",
        "state": "DC",
        "date": "2024-05-30",
        "summary": (
            "A letter signed by 173 organizations asks the administration to "
            "extend and redesignate Temporary Protected Status for countries "
            "facing armed conflict, natural disasters and other "
            "extraordinary conditions, and to speed processing of pending "
            "applications."
        ),
        "topics": ["tps", "worker-protections"],
        "issuers": [CIPI, BAYOU, SUNCOAST],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "TPS allows nationals of designated countries who are already "
                "in the United States to live and work lawfully for a set "
                "period when conditions at home prevent a safe return. "
                "Designations must be reviewed periodically, and a "
                "redesignation allows more recent arrivals to apply."
            ),
            _p(
                "Signers say delays in processing applications and renewing "
                "work permits have caused workers to lose jobs and driver's "
                "licenses while they wait. The letter also asks for automatic "
                "extensions of employment documents during renewal periods."
            ),
            _cta(
                "Read the full letter",
                "https://capitolpolicy.example.org/letters/tps-2024",
                "Signed by 173 organizations from 31 states",
            ),
            _h("Voices from TPS holders and employers"),
            _q(
                "asante",
                "TPS decisions should be grounded in conditions on the "
                "ground, and conditions in several designated countries have "
                "not improved. Extending and redesignating those countries is "
                "consistent with the purpose of the law.",
            ),
            _q(
                "tran",
                "Our TPS members helped rebuild New Orleans after the storms. "
                "They are roofers, nursing aides and small-business owners. "
                "Every renewal season, they wonder whether they will still be "
                "able to work next year.",
            ),
            _q(
                "castaneda",
                "I have lived in Louisiana for 20 years. My children were "
                "born here. I pay taxes, I go to church, I coach soccer. I am "
                "asking for the chance to keep building the life we have "
                "made.",
            ),
            _q(
                "ruiz",
                "On farms in South Florida, a lapse in work authorization can "
                "mean a family loses its income in the middle of the harvest. "
                "Predictable, timely decisions are essential for workers and "
                "for the growers who depend on them.",
            ),
            _q(
                "bautista",
                "Domestic workers with TPS care for children and older adults "
                "in thousands of homes. When their permits lapse, both the "
                "workers and the families who rely on them suffer.",
            ),
            _qx(
                "I have eight employees with TPS, and several have worked for "
                "me for more than 10 years. When their permits are delayed, I "
                "lose skilled workers I cannot replace.",
                "Marco Bellini",
                "owner",
                "Bellini Brothers Construction",
                "Metairie",
            ),
        ],
        "contacts": [
            {
                "name": "Erin Caldwell",
                "organization": "Capitol Immigration Policy Institute",
                "email": "media@capitolpolicy.example.org",
                "phone": "(202) 555-0104",
            },
            {
                "name": "Quentin Broussard",
                "organization": "Bayou Families Together",
                "email": "press@bayoufamilies.example.org",
                "phone": "(504) 555-0149",
            },
        ],
    },
    {
        "slug": "pediatric-providers-oppose-return-to-family-detention",
        "title": (
            "Pediatric providers and advocates oppose any return to family detention"
        ),
        "subtitle": (
            "Health professionals cite research on the effects of detention on children"
        ),
        "city": "Albuquerque",
        "state": "NM",
        "date": "2024-09-17",
        "summary": (
            "Doctors, nurses and immigrant advocates in New Mexico urged "
            "federal officials to rule out any return to detaining families "
            "with children, citing medical research on the harm detention "
            "causes and the availability of community-based alternatives."
        ),
        "topics": ["detention-enforcement", "asylum"],
        "issuers": [SANDIA, DBIA, RGFDP],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "Medical groups have long warned that even short periods of "
                "detention can harm children's physical and mental health. "
                "Sandia Community Health Partners convened pediatricians, "
                "nurses and behavioral health specialists who have treated "
                "children after their release from immigration custody."
            ),
            _p(
                "The groups point to community-based case management "
                "programs, which connect families with legal help, housing "
                "and medical care while their cases proceed, as a humane and "
                "less costly alternative."
            ),
            _cta(
                "Read the providers' statement",
                "https://sandiahealth.example.org/statements/family-detention",
                "Signed by 310 health professionals in the Southwest",
            ),
            _q(
                "benavides",
                "I have examined children who stopped speaking, stopped "
                "eating or began wetting the bed again after time in "
                "detention. These are not rare reactions. They are what we "
                "expect when young children are held in locked facilities "
                "during the most stressful period of their lives."
                "\n\n"
                "There is no amount of time in detention that is safe for a "
                "child. As physicians, we have a responsibility to say so "
                "clearly.",
            ),
            _q(
                "griego",
                "Community-based programs let us do what we are trained to "
                "do: stabilize families, treat trauma and connect people with "
                "services. Detention makes every part of that work harder.",
            ),
            _q(
                "carrillo",
                "We have watched families released into the community show "
                "up for their hearings, enroll their children in school and "
                "rebuild their lives. The alternatives work. Locking up "
                "children is a choice, and it is the wrong one.",
            ),
            _q(
                "villarreal",
                "Detained families face enormous obstacles to finding a "
                "lawyer. Facilities are often far from legal service "
                "providers, which makes it much harder for parents to prepare "
                "their asylum cases.",
            ),
            _qx(
                "Children who have been detained arrive in our classrooms "
                "carrying that experience with them. Schools can help them "
                "heal, but only if we stop inflicting the harm in the first "
                "place.",
                "Jolene Tsosie",
                "school nurse",
                "Rio Abajo School Nurses Network",
                "Albuquerque",
            ),
        ],
        "contacts": [
            {
                "name": "Marisa Lucero",
                "organization": "Sandia Community Health Partners",
                "email": "communications@sandiahealth.example.org",
                "phone": "(505) 555-0172",
            },
        ],
    },
    # -- 2025 ---------------------------------------------------------------
    {
        "slug": "coalition-launches-rapid-response-hotline-in-14-states",
        "title": (
            "Coalition launches rapid-response hotline and know-your-rights "
            "campaign in 14 states"
        ),
        "subtitle": (
            "Members will train 5,000 volunteers and distribute materials in "
            "12 languages"
        ),
        "city": "Chicago",
        "state": "IL",
        "date": "2025-01-28",
        "summary": (
            "Members of the Lantern Coalition for Immigrant Justice launched "
            "a multistate rapid-response hotline and know-your-rights "
            "campaign, pledging to train 5,000 volunteers and connect "
            "families with legal help as more localities consider 287(g) "
            "agreements."
        ),
        "topics": ["local-policing", "detention-enforcement", "legal-representation"],
        "issuers": [PIRN, HARBOR, ISCM],
        "featured": True,
        "embargoed": False,
        "body": [
            _p(
                "The hotline, staffed by trained volunteers and supervised by "
                "attorneys, will take reports of immigration enforcement "
                "activity, verify them and connect affected families with "
                "local legal service providers. Callers can reach the line in "
                "English, Spanish, Arabic, Haitian Creole, Vietnamese and "
                "seven other languages."
            ),
            _p(
                "The campaign includes workshops on constitutional rights, "
                "family preparedness planning and what to do when a relative "
                "is held on an immigration <b>detainer</b> at a local jail. "
                "Member organizations will also track proposed 287(g) "
                "agreements and share model policies with local officials."
            ),
            _h("Hotline and resources"),
            _p(
                "Printable guides and family preparedness checklists are "
                "available at "
                + _a(
                    "https://lanterncoalition.example.org/rights",
                    "lanterncoalition.example.org/rights",
                )
                + ". Volunteers can sign up for training through their local "
                "member organization."
            ),
            _cta(
                "Get know-your-rights materials",
                "https://lanterncoalition.example.org/rights",
                "Printable guides in 12 languages",
            ),
            _q(
                "estrada",
                "Our members have spent years building trust in neighborhoods "
                "where people are afraid to open the door. This campaign puts "
                "that trust to work. Every family deserves to know its rights "
                "and to know whom to call."
                "\n\n"
                "We are not asking anyone to hide. We are asking communities "
                "to be prepared, to look out for one another and to insist "
                "that due process protections apply to everyone in this "
                "country.",
            ),
            _q(
                "raman",
                "Accurate information is the best defense against panic and "
                "fraud. We have seen scammers posing as immigration "
                "consultants prey on frightened families. The hotline "
                "connects people with real attorneys and accredited "
                "representatives.",
            ),
            _q(
                "okonkwo",
                "Local officials have choices. A county does not have to sign "
                "a 287(g) agreement, and a detainer is a request, not a "
                "court order. We will make sure residents know what their "
                "local governments are deciding.",
            ),
            _q(
                "lindqvist",
                "More than 120 congregations in Minnesota have signed up to "
                "host trainings. Faith communities have opened their doors "
                "before, and we will do so again.",
            ),
            _q(
                "bautista",
                "Domestic workers are often alone in private homes, with no "
                "co-workers to warn them or back them up. Our members will "
                "carry these cards to every job and share them with every "
                "worker they meet.",
            ),
            _q(
                "ellery",
                "Neighbors in Tacoma have already organized phone trees on 30 "
                "blocks. Rapid response works best when it is rooted in "
                "relationships that already exist.",
            ),
            _qx(
                "Parents asked us for one thing: a plan. Now we have "
                "trainings at four elementary schools this month, and parents "
                "are teaching other parents.",
                "Claudia Arreola",
                "parent organizer",
                "Southwest Side Parents Network",
                "Chicago",
            ),
        ],
        "contacts": [
            {
                "name": "Rafael Duarte",
                "organization": "Prairie Immigrant Rights Network",
                "email": "rduarte@prairierights.example.org",
                "phone": "(312) 555-0142",
            },
            {
                "name": "Kevin Adebayo",
                "organization": "Harbor Legal Aid & Defense Fund",
                "email": "press@harborlegal.example.org",
                "phone": "(212) 555-0164",
            },
        ],
    },
    {
        "slug": "farmworker-groups-warn-287g-expansion-deters-complaints",
        "title": (
            "Farmworker groups warn expanded 287(g) agreements are deterring "
            "workplace complaints"
        ),
        "subtitle": (
            "Survey finds workers reluctant to report injuries and unpaid wages"
        ),
        "city": "Homestead",
        "state": "FL",
        "date": "2025-04-22",
        "summary": (
            "Most of the 340 South Florida farmworkers surveyed by the "
            "Suncoast Farmworker Alliance said they had become less willing "
            "to report workplace injuries or wage theft as more local law "
            "enforcement agencies entered 287(g) agreements, the group said."
        ),
        "topics": ["worker-protections", "local-policing"],
        "issuers": [SUNCOAST, UHPW],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "The alliance surveyed workers in nursery, vegetable and "
                "fruit operations between January and March. More than 6 in "
                "10 said they would be unlikely to call police to report a "
                "crime, and nearly half said they had put off medical care "
                "for a workplace injury."
            ),
            _p(
                "The alliance is asking growers to adopt written "
                "anti-retaliation pledges and asking state and local "
                "officials to make clear that labor complaints will not be "
                "shared with immigration authorities. It also urged state "
                "lawmakers to revisit rules requiring jails to honor "
                "immigration detainer requests."
            ),
            _cta(
                "Read the survey results",
                "https://suncoastfarmworkers.example.org/survey-2025",
                "Available in English, Spanish and Haitian Creole",
            ),
            _q(
                "ruiz",
                "Workers told us they would rather keep working with a broken "
                "wrist than risk a trip to the clinic. When fear keeps people "
                "from reporting injuries, it is not just workers who are "
                "harmed. It is food safety, public health and every honest "
                "employer.",
            ),
            _q(
                "estevez",
                "I have worked in the nurseries for nine years. I used to tell "
                "new workers to report any accident. Now I am not sure what "
                "to tell them.",
            ),
            _q(
                "mendoza",
                "We have seen this pattern in Washington too. When "
                "immigration enforcement and local policing blur together, "
                "the first thing to disappear is workers' willingness to "
                "speak up. Unions across the country stand with Florida "
                "farmworkers.",
            ),
            _qx(
                "We are seeing patients come in days after an injury, when a "
                "wound is already infected or a fracture has begun to heal "
                "badly. Delayed care is more dangerous and more expensive for "
                "everyone.",
                "Dr. Samuel Pierre-Louis",
                "family physician",
                "Redland Community Clinic",
                "Homestead",
            ),
        ],
        "contacts": [
            {
                "name": "Daniela Ortiz",
                "organization": "Suncoast Farmworker Alliance",
                "email": "prensa@suncoastfarmworkers.example.org",
                "phone": "(305) 555-0127",
            },
        ],
    },
    {
        "slug": "court-watch-project-documents-interpreter-gaps",
        "title": (
            "Court-watch project documents interpreter gaps at immigration hearings"
        ),
        "subtitle": "Volunteers observed 420 hearings in two immigration courts",
        "city": "St. Paul",
        "state": "MN",
        "date": "2025-07-15",
        "summary": (
            "Volunteer observers documented interpreter problems in about 1 "
            "in 5 immigration court hearings they attended this spring, "
            "including hearings held without an interpreter in the "
            "immigrant's primary language, according to a report released by "
            "two coalition members."
        ),
        "topics": ["language-access", "legal-representation"],
        "issuers": [TCLAP, FRILS],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "Trained volunteers from the Twin Cities Language Access "
                "Project and Front Range Immigrant Legal Services observed "
                "420 hearings between March and June. Observers recorded "
                "delays caused by interpreter shortages, hearings conducted "
                "in Spanish for speakers of Indigenous languages and portions "
                "of proceedings that were not interpreted at all."
            ),
            _p(
                "Immigration courts face a backlog of several million cases, "
                "and advocates say interpreter problems lead to postponements "
                "that add to delays. The report recommends expanding the pool "
                "of interpreters for Indigenous and less commonly spoken "
                "languages and letting immigrants flag language needs earlier "
                "in the process."
            ),
            _cta(
                "Read the court-watch report",
                "https://tclap.example.org/reports/court-watch-2025",
                "Findings from 420 observed hearings",
            ),
            _q(
                "warsame",
                "A hearing that someone cannot understand is not a fair "
                "hearing. We watched a Mam-speaking father try to follow his "
                "asylum case through a Spanish interpreter, catching maybe "
                "half of what was said about his own life.",
            ),
            _q(
                "whitfield",
                "Judges and court staff are working under enormous pressure, "
                "and many of them do their best with the resources they have. "
                "But the system needs more interpreters and better screening "
                "for language needs so that cases move forward fairly the "
                "first time.",
            ),
            _q(
                "villarreal",
                "On the border we see the same gaps. Families who speak "
                "Indigenous languages from Guatemala and southern Mexico "
                "often are not identified until they are already standing in "
                "front of a judge.",
            ),
            _qx(
                "There are only a handful of trained K'iche' interpreters in "
                "the region. We are asked to cover hearings in several states "
                "by phone, sometimes on a few hours' notice. Investment in "
                "training would make an enormous difference.",
                "Marta Ixcoy",
                "certified court interpreter",
                "Upper Midwest Indigenous Interpreters Guild",
                "Minneapolis",
            ),
        ],
        "contacts": [
            {
                "name": "Idil Mohamed",
                "organization": "Twin Cities Language Access Project",
                "email": "press@tclap.example.org",
                "phone": "(651) 555-0109",
            },
            {
                "name": "Natalie Brooks",
                "organization": "Front Range Immigrant Legal Services",
                "email": "press@frils.example.org",
                "phone": "(303) 555-0186",
            },
        ],
    },
    {
        "slug": "domestic-workers-seek-stronger-wage-enforcement-in-los-angeles",
        "title": ("Domestic workers seek stronger wage enforcement in Los Angeles"),
        "subtitle": (
            "Nearly half of surveyed nannies, housecleaners and caregivers "
            "report unpaid wages"
        ),
        "city": "Los Angeles",
        "state": "CA",
        "date": "2025-10-07",
        "summary": (
            "Domestic workers and employers in Los Angeles called for "
            "stronger enforcement of overtime, rest-break and paid sick leave "
            "rules for nannies, housecleaners and home care workers, citing a "
            "survey in which nearly half of respondents reported unpaid "
            "wages in the past year."
        ),
        "topics": ["worker-protections", "language-access"],
        "issuers": [HEARTH],
        "featured": False,
        "embargoed": False,
        "body": [
            _p(
                "California law extends wage and hour protections to many "
                "domestic workers, but members of Hearth Domestic Workers "
                "Collective say enforcement lags because workers are isolated "
                "in private homes and fear retaliation, especially when their "
                "immigration status is uncertain."
            ),
            _p(
                "The collective is asking city and county agencies to fund "
                "outreach through community organizations, create a "
                "multilingual complaint line and publish data on domestic "
                "worker wage claims."
            ),
            _cta(
                "Read the survey and recommendations",
                "https://hearthworkers.example.org/reports/care-at-work",
                "Interviews with 275 domestic workers in four languages",
            ),
            _q(
                "bautista",
                "Domestic workers make every other kind of work possible. "
                "They care for our children and our parents, yet too many "
                "are paid less than they earned and have nowhere to turn. "
                "Enforcement has to reach inside the home.",
            ),
            _q(
                "dizon",
                "For two years I worked 12-hour days caring for twin babies "
                "and was never paid overtime. I did not know it was "
                "required. Now I teach other nannies what I wish someone had "
                "taught me.",
            ),
            _qx(
                "Most families who hire a nanny or caregiver want to do the "
                "right thing, but the rules can be confusing. Clear, "
                "multilingual guidance helps employers and workers alike.",
                "Helen Nakamura",
                "parent and steering committee member",
                "Fair Care Employers Network",
                "Pasadena",
            ),
            _q(
                "benitez",
                "Domestic workers in the Hudson Valley face the same "
                "problems. What Los Angeles builds can become a model for "
                "cities and counties across the country.",
            ),
        ],
        "contacts": [
            {
                "name": "Jasmine Reyes-Tan",
                "organization": "Hearth Domestic Workers Collective",
                "email": "press@hearthworkers.example.org",
                "phone": "(213) 555-0115",
            },
        ],
    },
    # -- Embargoed (scheduled, not published) --------------------------------
    {
        "slug": "annual-state-of-immigrant-justice-report-2026",
        "title": "Coalition releases annual State of Immigrant Justice report",
        "subtitle": (
            "Report grades state and local policies on detention, policing "
            "and access to counsel"
        ),
        "city": "Washington",
        "state": "DC",
        "date": "2026-12-08",
        "summary": (
            "The Lantern Coalition for Immigrant Justice released its annual "
            "review of state and local immigration policies, assessing "
            "287(g) agreements, detainer policies, legal representation "
            "funding and language access in the states where its members "
            "work."
        ),
        "topics": ["local-policing", "legal-representation", "welcoming-cities"],
        "issuers": [CIPI, PIRN],
        "featured": False,
        "embargoed": True,
        "body": [
            _p(
                "EMBARGOED until Dec. 8, 2026, at 10 a.m. EST. The report, "
                "prepared by the Capitol Immigration Policy Institute with "
                "data from coalition members, reviews policies adopted in the "
                "past year and ranks jurisdictions on transparency, due "
                "process and access to services."
            ),
            _cta(
                "Read the embargoed report",
                "https://capitolpolicy.example.org/reports/state-of-justice-2026",
                "Available to credentialed reporters under embargo",
            ),
            _q(
                "asante",
                "This report is a tool for residents and officials alike. It "
                "shows which policies are working, where the gaps are and "
                "what local governments can do next year.",
            ),
            _q(
                "estrada",
                "Behind every data point in this report is a family. We hope "
                "officials will read it with that in mind.",
            ),
            _q(
                "carrillo",
                "Arizona families have lived through the effects of these "
                "policies for years. Measuring them honestly is the first "
                "step toward changing them.",
            ),
        ],
        "contacts": [
            {
                "name": "Erin Caldwell",
                "organization": "Capitol Immigration Policy Institute",
                "email": "media@capitolpolicy.example.org",
                "phone": "(202) 555-0104",
            },
        ],
    },
]


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------

ORG_KINDS = {
    "immigrant_rights",
    "community",
    "legal",
    "faith",
    "labor",
    "elected_office",
    "other",
}
ORG_STATUSES = {"member", "partner", "former"}
BLOCK_TYPES = {"paragraph", "heading", "cta", "quote", "section_break"}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COLOR = re.compile(r"^#[0-9a-f]{6}$")
_PHONE = re.compile(r"^\(\d{3}\) 555-01\d{2}$")
_HREF = re.compile(r'href="([^"]+)"')
# Proper nouns that may open an otherwise lowercase speaker title.
_PROPER_WORDS = {"Aurora", "TPS"}


def _quotes(release: dict) -> list[dict]:
    return [value for kind, value in release["body"] if kind == "quote"]


def _text_of(release: dict) -> str:
    """All searchable text of a release (title, summary, body)."""
    parts = [release["title"], release["subtitle"], release["summary"]]
    for kind, value in release["body"]:
        if kind in ("paragraph", "heading"):
            parts.append(value)
        elif kind == "quote":
            parts.append(value["text"])
        elif kind == "cta":
            parts.extend([value["label"], value["description"]])
    return " ".join(parts)


def _is_dark(color: str) -> bool:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return (0.299 * r + 0.587 * g + 0.114 * b) < 128


def validate() -> dict:
    """Assert the demo data's invariants; return summary counts."""
    # Coalition
    for key in ("name", "short_name", "tagline", "about", "intro"):
        assert COALITION.get(key), f"coalition {key} missing"
    assert COALITION["intro"].count("\n\n") == 1, "intro must be 2 paragraphs"

    # Topics
    assert 8 <= len(TOPICS) <= 10, "need 8 to 10 topics"
    topic_slugs = {slug for _, slug in TOPICS}
    assert len(topic_slugs) == len(TOPICS), "duplicate topic slug"
    assert all(_SLUG.match(s) for s in topic_slugs)

    # Organizations
    assert len(ORGANIZATIONS) >= 18, "need at least 18 organizations"
    org_keys = {
        "name",
        "short_name",
        "slug",
        "kind",
        "city",
        "state",
        "website",
        "description",
        "status",
        "date_joined",
        "color",
    }
    orgs = {}
    for org in ORGANIZATIONS:
        assert set(org) == org_keys, f"bad keys for {org.get('slug')}"
        slug = org["slug"]
        assert _SLUG.match(slug), slug
        assert slug not in orgs, f"duplicate org slug {slug}"
        orgs[slug] = org
        assert org["kind"] in ORG_KINDS, f"bad kind for {slug}"
        assert org["status"] in ORG_STATUSES, f"bad status for {slug}"
        assert re.match(r"^[A-Z]{2}$", org["state"]), slug
        assert re.match(r"^https://[a-z0-9.-]+\.example\.org$", org["website"])
        assert _DATE.match(org["date_joined"]), slug
        assert "2012" <= org["date_joined"][:4] <= "2024", slug
        assert _COLOR.match(org["color"]) and _is_dark(org["color"]), slug
        assert org["description"].endswith("."), slug
    assert {o["kind"] for o in ORGANIZATIONS} == ORG_KINDS, "cover all kinds"
    assert len({o["state"] for o in ORGANIZATIONS}) >= 8, "need 8+ states"
    statuses = [o["status"] for o in ORGANIZATIONS]
    assert statuses.count("partner") == 3, "need exactly 3 partners"
    assert statuses.count("former") == 2, "need exactly 2 former members"
    assert statuses.count("member") > len(statuses) / 2, "mostly members"
    assert any("&" in o["name"] for o in ORGANIZATIONS), "need an '&' name"
    assert any(o["city"] in o["name"] for o in ORGANIZATIONS), "need a city name"

    # Releases
    release_keys = {
        "slug",
        "title",
        "subtitle",
        "city",
        "state",
        "date",
        "summary",
        "topics",
        "issuers",
        "featured",
        "embargoed",
        "body",
        "contacts",
    }
    slugs = set()
    published = [r for r in RELEASES if not r.get("embargoed")]
    embargoed = [r for r in RELEASES if r.get("embargoed")]
    assert len(published) >= 12, "need at least 12 published releases"
    assert len(embargoed) == 1, "need exactly one embargoed release"
    assert embargoed[0]["date"].startswith("2026-12"), "embargo date 2026-12"
    assert not embargoed[0]["featured"], "embargoed release cannot be featured"
    years = {r["date"][:4] for r in published}
    assert {"2022", "2023", "2024", "2025"} <= years, "span 2022 to 2025"
    assert sum(1 for r in RELEASES if r["featured"]) == 1, "exactly 1 featured"

    speakers: dict[str, str | None] = {}
    speaker_releases: dict[str, set] = {}
    quote_total = free_text = two_paragraph = 0
    mentions_287g = mentions_detainer = 0
    for release in RELEASES:
        slug = release["slug"]
        assert set(release) == release_keys, f"bad keys for {slug}"
        assert _SLUG.match(slug), slug
        assert slug not in slugs, f"duplicate release slug {slug}"
        slugs.add(slug)
        assert _DATE.match(release["date"]), slug
        assert re.match(r"^[A-Z]{2}$", release["state"]), slug
        assert release["title"] and release["summary"] and release["city"]
        assert isinstance(release["featured"], bool), slug
        assert release["topics"], slug
        for topic in release["topics"]:
            assert topic in topic_slugs, f"{slug}: unknown topic {topic}"
        assert 1 <= len(release["issuers"]) <= 3, slug
        for issuer in release["issuers"]:
            assert issuer in orgs, f"{slug}: unknown issuer {issuer}"
        assert 1 <= len(release["contacts"]) <= 2, slug
        for contact in release["contacts"]:
            assert set(contact) == {"name", "organization", "email", "phone"}
            assert re.match(r"^[\w.+-]+@[\w.-]+\.example\.org$", contact["email"])
            assert _PHONE.match(contact["phone"]), contact["phone"]

        kinds = [kind for kind, _ in release["body"]]
        assert set(kinds) <= BLOCK_TYPES, f"{slug}: bad block type"
        assert 1 <= kinds.count("paragraph") <= 3, f"{slug}: 1-3 paragraphs"
        for kind, value in release["body"]:
            if kind in ("paragraph", "heading"):
                assert isinstance(value, str) and value, slug
            if kind == "paragraph":
                for href in _HREF.findall(value):
                    assert ".example.org" in href, f"{slug}: link {href}"
            if kind == "cta":
                assert set(value) == {"label", "url", "description"}, slug
                assert ".example.org" in value["url"], slug
            if kind == "section_break":
                assert value is None, slug

        quotes = _quotes(release)
        assert 3 <= len(quotes) <= 7, f"{slug}: need 3 to 7 quotes"
        for quote in quotes:
            assert set(quote) == {
                "text",
                "speaker",
                "title",
                "org",
                "org_name",
                "city",
            }, slug
            assert quote["text"] and quote["speaker"], slug
            title = quote["title"]
            assert title[:1].islower() or title.split()[0] in _PROPER_WORDS, (
                f"{slug}: title should be lowercase: {title}"
            )
            if quote["org"] is None:
                assert quote["org_name"], f"{slug}: free-text org needs a name"
                free_text += 1
            else:
                assert quote["org"] in orgs, f"{slug}: unknown org {quote['org']}"
                assert quote["org_name"] == "", slug
            previous = speakers.setdefault(quote["speaker"], quote["org"])
            assert previous == quote["org"], f"{quote['speaker']} changed org"
            speaker_releases.setdefault(quote["speaker"], set()).add(slug)
            if "\n\n" in quote["text"]:
                two_paragraph += 1
        quote_total += len(quotes)

        text = _text_of(release)
        mentions_287g += "287(g)" in text
        mentions_detainer += "detainer" in text.lower()

    assert quote_total >= 55, f"need 55+ quotes, have {quote_total}"
    assert free_text >= 3, "need 3+ quotes with a free-text organization"
    assert two_paragraph >= 2, "need 2+ two-paragraph quotes"
    assert mentions_287g >= 2 and mentions_detainer >= 2, "search demo terms"
    repeat = [s for s, rel in speaker_releases.items() if len(rel) >= 2]
    assert len(repeat) >= 3, "reuse a few spokespeople across releases"

    return {
        "organizations": len(ORGANIZATIONS),
        "releases": len(RELEASES),
        "published_releases": len(published),
        "embargoed_releases": len(embargoed),
        "quotes": quote_total,
        "published_quotes": sum(len(_quotes(r)) for r in published),
        "free_text_quotes": free_text,
        "spokespeople": len(speakers),
        "repeat_spokespeople": len(repeat),
        "topics": len(TOPICS),
        "states": len({o["state"] for o in ORGANIZATIONS}),
    }


if __name__ == "__main__":
    counts = validate()
    print(f"{COALITION['name']}: demo data OK")
    for name, value in counts.items():
        print(f"  {name}: {value}")
