"""Word lists and sentence templates for the synthetic corpus (data only; see corpus/).

Every person, place, company, club and party here is invented. Templates use
``str.format`` fields: a plain field such as ``{city}`` is drawn once per article and then
kept (the article is about one city), a field with a leading underscore such as ``{_city}``
is drawn afresh every time it is used.
"""

from __future__ import annotations

# --- People ---------------------------------------------------------------------------------
# language: (given names, family names, order). Order "given" writes "Given Family" and refers
# to the person later by the family name; "family" writes "Family Given" (Chinese, Korean) and
# refers back by the family name; "vietnamese" writes "Family Middle Given" and refers back by
# the given name, as Vietnamese papers do.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "english": (("James", "Olivia", "Michael", "Grace", "Daniel", "Hannah", "Thomas", "Chloe",
                 "Samuel", "Abigail", "Owen", "Rosalind"),
                ("Whitfield", "Carter", "Hughes", "Bennett", "Morrison", "Fletcher", "Doyle",
                 "Harper", "Sutton", "Ashworth", "Pryce", "Kendrick"), "given"),
    "spanish": (("Alejandro", "Lucía", "Javier", "María José", "Carmen", "Diego", "Sofía",
                 "Andrés", "Pilar", "Raúl", "Inmaculada", "Íñigo"),
                ("Fernández", "Ortega", "Ruiz", "Castillo", "Domínguez", "Morales", "Herrera",
                 "Navarro", "Vázquez", "Iglesias", "Peña", "Aguirre"), "given"),
    "portuguese": (("João", "Ana Beatriz", "Tiago", "Mariana", "Gonçalo", "Inês", "Rafael",
                    "Luísa", "Conceição", "Vasco"),
                   ("Magalhães", "Carvalho", "Sousa", "Pereira", "Antunes", "Rocha", "Guimarães",
                    "Falcão"), "given"),
    "french": (("Camille", "Étienne", "Mathilde", "Léa", "François", "Hélène", "Baptiste",
                "Chloé", "Aurélien", "Noémie"),
               ("Lefèvre", "Moreau", "Dubois", "Girard", "Rousseau", "Bonnet", "Mercier",
                "Fabre", "Chevalier"), "given"),
    "german": (("Jürgen", "Katrin", "Lukas", "Anneliese", "Matthias", "Sabine", "Florian",
                "Ute", "Henrike"),
               ("Schröder", "Müller", "Becker", "Hoffmann", "Wagner", "Krüger", "Zimmermann",
                "Weißmann"), "given"),
    "italian": (("Giulia", "Matteo", "Francesca", "Lorenzo", "Chiara", "Alessandro",
                 "Niccolò", "Benedetta"),
                ("Ricci", "Bianchi", "Esposito", "Romano", "Conti", "Galli", "De Luca",
                 "Fabbri"), "given"),
    "polish": (("Łukasz", "Agnieszka", "Krzysztof", "Małgorzata", "Tomasz", "Zofia",
                "Grzegorz", "Joanna"),
               ("Nowak", "Wiśniewski", "Lewandowski", "Kamińska", "Szymańska", "Wójcik",
                "Zieliński", "Dąbrowska"), "given"),
    "russian": (("Dmitry", "Yelena", "Sergei", "Natalya", "Alexei", "Irina", "Pavel",
                 "Svetlana"),
                ("Volkov", "Sokolova", "Morozov", "Kuznetsova", "Lebedev", "Orlov", "Zaitseva",
                 "Belov"), "given"),
    "ukrainian": (("Oksana", "Taras", "Olena", "Bohdan", "Yuliia", "Mykola", "Halyna",
                   "Andrii"),
                  ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk",
                   "Savchuk", "Lysenko"), "given"),
    "chinese": (("Jing", "Lei", "Yang", "Min", "Xin", "Ying", "Hao", "Xiaoling", "Jun"),
                ("Chen", "Wang", "Liu", "Zhao", "Huang", "Zhou", "Lin", "Guo", "Xu"), "family"),
    "japanese": (("Haruto", "Yui", "Ren", "Aoi", "Sota", "Hina", "Kenji", "Emiko"),
                 ("Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura",
                  "Kobayashi", "Ishikawa"), "given"),
    "korean": (("Min-jun", "Seo-yeon", "Ji-ho", "Yu-na", "Hyun-woo", "Ji-woo", "Eun-ji"),
               ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon"), "family"),
    "vietnamese": (("Thị Lan", "Văn Minh", "Hoàng Anh", "Thu Hà", "Đức Thắng", "Ngọc Ánh"),
                   ("Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đặng"), "vietnamese"),
    "hindi": (("Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Sunita", "Arjun"),
              ("Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Banerjee", "Chatterjee", "Nair"),
              "given"),
    "arabic": (("Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour", "Rania", "Tariq"),
               ("Haddad", "Al-Masri", "Khalil", "Nasser", "Saleh", "Mansour", "Bitar",
                "El-Amin"), "given"),
    "turkish": (("Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Gökhan", "Şebnem"),
                ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Koç"),
                "given"),
    "persian": (("Dariush", "Shirin", "Arash", "Leila", "Kaveh", "Parisa", "Babak"),
                ("Tehrani", "Rahimi", "Karimi", "Hosseini", "Farahani", "Jafari"), "given"),
    "swahili": (("Amani", "Zawadi", "Baraka", "Neema", "Juma", "Imani", "Wanjiku"),
                ("Mwangi", "Otieno", "Kimani", "Njoroge", "Achieng", "Wafula"), "given"),
    "nigerian": (("Adebayo", "Ngozi", "Chinedu", "Funmilayo", "Oluwaseun", "Chiamaka",
                  "Emeka", "Yetunde"),
                 ("Okonkwo", "Adeyemi", "Eze", "Okafor", "Balogun", "Nwosu", "Adebanjo",
                  "Obi"), "given"),
    "greek": (("Nikos", "Eleni", "Giorgos", "Katerina", "Dimitris", "Sofia", "Vasiliki"),
              ("Papadopoulos", "Georgiou", "Konstantinou", "Nikolaidis", "Vlachou",
               "Antoniou"), "given"),
    "dutch": (("Sanne", "Joost", "Femke", "Pieter", "Lotte", "Bram", "Maartje"),
              ("de Vries", "van Dijk", "Jansen", "Visser", "Bakker", "Smit", "van den Berg"),
              "given"),
    "nordic": (("Søren", "Ingrid", "Astrid", "Magnus", "Sigrid", "Erik", "Åsa", "Bjørn"),
               ("Jørgensen", "Lindqvist", "Andersson", "Halvorsen", "Nyström", "Bergström",
                "Åberg"), "given"),
    "finno-ugric": (("Aino", "Jussi", "Eszter", "Gábor", "Réka", "Mikko", "Zsófia"),
                    ("Virtanen", "Korhonen", "Nagy", "Szabó", "Tóth", "Mäkinen", "Kovács"),
                    "given"),
    "southeast-asian": (("Putri", "Budi", "Siti", "Agus", "Maria Clara", "Rodrigo", "Dewi"),
                        ("Santoso", "Wijaya", "Hidayat", "dela Cruz", "Reyes", "Bautista",
                         "Gunawan"), "given"),
    "hebrew": (("Noa", "Yael", "Eitan", "Avi", "Tamar", "Ido", "Shira"),
               ("Cohen", "Levi", "Mizrahi", "Friedman", "Peretz", "Ben-David"), "given"),
    "amharic": (("Abebe", "Selam", "Dawit", "Hirut", "Yonas", "Meron", "Tsion"),
                ("Tesfaye", "Bekele", "Alemu", "Haile", "Girma", "Wolde"), "given"),
}

# The desk's own fact-checkers, who sign the briefs.
AUTHORS = (
    "Amina Yusuf", "Tomás Echeverría", "Hanne Sørlie", "Kwame Mensah", "Marta Kowalska",
    "Rahul Menon", "Claire Dupont", "Nguyễn Minh Châu", "Sven Oldenburg", "Fatou Diallo",
    "Irene Castellanos", "Jae-won Seo", "Olga Petrenko", "Ben Achterberg", "Leila Haidari",
    "Mateus Brandão", "Saoirse Ní Bhriain", "Emre Kılıç", "Yuki Morimoto", "Daniela Ionescu",
    "The verification desk", "The data team",
)

# --- Places and media (all invented) --------------------------------------------------------
COUNTRIES = ("Valdoria", "Kestria", "Norvania", "Auralia", "Drevnia", "Meridia", "Estrenia",
             "Borovia", "Calvora", "Lusmark", "Tavaria", "Ondria")
CITIES = ("Port Amara", "Velsk", "Castellane", "Norrby", "Kestrel Bay", "San Aurelio",
          "Mirovka", "Lindhaven", "Talmora", "Eastbrook", "Okavi", "Dunmere", "Bellport",
          "Santa Irene", "Kovalsk", "Arvika Falls", "Zelenograd Nova", "Ravensholm",
          "Puerto Olmo", "Saint-Aubert", "Hallbrück", "Vila Serena", "Tarsk", "Marrowgate",
          "Nuevo Caldas", "Oranjeveld", "Kirovets", "Jadeport", "Ashcombe", "Belgora")
REGIONS = ("the northern province", "the coastal region", "the eastern highlands",
           "the capital region", "the river valley", "the southern provinces",
           "the border districts", "the industrial belt")
OUTLET_FORMS = ("The {city} Courier", "The {city} Herald", "{city} Gazette", "The {country} Post",
                "{country} Today", "The {city} Tribune", "Radio {city}", "{country} Public Radio",
                "The {country} Observer", "{city} Evening News", "The Morning Ledger",
                "Channel {n} {city}")
POLLSTERS = ("Civic Research Institute", "Northgate Polling", "Opinion Lab",
             "the national statistics office", "Pulse Analytics", "the Centre for Public Data")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth")

# --- Organisations --------------------------------------------------------------------------
COMPANY_STEMS = ("Meridian", "Norfield", "Altavia", "Castor", "Brightwater", "Helix", "Orbis",
                 "Sundial", "Granite", "Bluepeak", "Corvid", "Halden", "Lumen", "Pinecrest",
                 "Quarry", "Redfern", "Silvergate", "Tidewater", "Vantor", "Westmark",
                 "Estuary", "Kolvo", "Marisol", "Oakhurst")
COMPANY_KINDS = ("Bank", "Energy", "Pharmaceuticals", "Foods", "Telecom", "Motors", "Logistics",
                 "Insurance", "Mining", "Airlines", "Retail", "Holdings", "Steel", "Biotech")
CLUB_FORMS = ("FC {city}", "{city} United", "{city} Rovers", "Athletic {city}", "Real {city}",
              "{city} Wanderers", "Sporting {city}", "{city} City", "Dynamo {city}")
PARTIES = ("the Progressive Alliance", "the National Renewal Party", "the Green Union",
           "the Civic Front", "the Labour Federation", "the Liberal Centre",
           "the Farmers' League", "the Movement for Change", "the Social Democratic Union",
           "the Homeland Party")
NGOS = ("the Civic Budget Watch", "Open Ledger", "the Tenants' Union", "Transparency Now",
        "the Citizens' Audit Network", "the Rural Families Association")
MINISTRIES = ("the finance ministry", "the interior ministry", "the education ministry",
              "the transport ministry", "the defence ministry", "the housing ministry",
              "the agriculture ministry")
HOSPITAL_FORMS = ("St Clare's Hospital", "{city} General Hospital", "Riverside Children's Hospital",
                  "the {city} University Clinic", "Mercy Regional Hospital",
                  "the Northside Medical Centre")
HEALTH_AGENCIES = ("the national health agency", "the medicines regulator",
                   "the public health institute", "the national vaccine board")
HEALTH_ASSOCIATIONS = ("the Medical Association of {country}", "the Nurses' Guild",
                       "the Patients' Rights Council", "the College of Family Doctors")
FEDERATIONS = ("the national football federation", "the athletics federation",
               "the national basketball league", "the cycling union", "the rugby federation")
UNIONS = ("the General Workers' Union", "the Metalworkers' Union", "the Transport Workers' Union",
          "the Union of Shop Workers")
REGULATORS = ("the competition authority", "the financial regulator",
              "the consumer protection agency", "the energy regulator")

# --- Tags: ~200, roughly in order of how often a desk uses them -------------------------------
TOPIC_TAGS: dict[str, tuple[str, ...]] = {
    "politics": (
        "Elections", "Government", "Parliament", "Corruption", "Public spending", "Opposition",
        "Budget", "Campaign finance", "Local government", "Voting", "Transparency",
        "Prime minister", "Legislation", "Press freedom", "Courts", "Political parties",
        "Polls", "Coalition", "Civil service", "Public procurement", "Housing", "Education",
        "Transport", "Defence", "Policing", "Immigration", "Pensions", "Taxes",
        "Constitution", "Referendums", "Lobbying", "Regional politics", "Protests",
        "Freedom of information", "Ombudsman", "Public services", "Welfare",
        "Foreign policy", "Disinformation", "Party funding", "Judiciary", "Decentralisation",
        "Electoral law", "Municipal budgets", "Political advertising"),
    "business": (
        "Economy", "Jobs", "Inflation", "Companies", "Prices", "Banking", "Energy",
        "Trade", "Wages", "Unemployment", "Interest rates", "Manufacturing", "Retail",
        "Corporate tax", "Markets", "Layoffs", "Unions", "Competition", "Consumer rights",
        "Regulation", "Investment", "Exports", "Small business", "Agriculture", "Tourism",
        "Housing market", "Mining", "Airlines", "Telecoms", "Car industry", "Pharmaceuticals",
        "Food prices", "Minimum wage", "Strikes", "Shareholders", "Subsidies",
        "Public debt", "Central bank", "Supply chains", "Startups", "Insurance",
        "Shipping", "Steel", "Fuel prices", "Cost of living"),
    "health": (
        "Health", "Hospitals", "Vaccines", "Public health", "Medicines", "Waiting lists",
        "Doctors", "Nurses", "Measles", "Influenza", "Cancer care", "Mental health",
        "Children's health", "Drinking water", "Health budget", "Clinics", "Epidemics",
        "Side effects", "Pharmacies", "Primary care", "Dengue", "Tuberculosis",
        "Emergency care", "Nutrition", "Obesity", "Elderly care", "Maternity care",
        "Medical research", "Health insurance", "Air pollution", "Health misinformation",
        "Alternative medicine", "Screening", "Dental care", "Drug prices", "Disability",
        "Patient safety", "Rural health", "Ambulances", "Hygiene", "Cholera",
        "Whooping cough", "Weight-loss drugs", "Blood supply", "Health data"),
    "sport": (
        "Sport", "Football", "Clubs", "Stadiums", "Doping", "Referees", "Transfers",
        "Athletics", "Basketball", "Cycling", "Rugby", "Marathons", "Tickets", "Fans",
        "Match fixing", "Sports funding", "Youth sport", "Women's sport", "Club finances",
        "Player wages", "Federations", "Cup competitions", "League", "Broadcasting rights",
        "Sponsorship", "Olympics", "Coaches", "Injuries", "Betting", "Sports governance",
        "Disciplinary cases", "Eligibility", "Tournaments", "Grassroots sport",
        "Sports facilities", "Racism in sport", "Safeguarding", "Sports ministry",
        "Paralympic sport", "Esports", "Swimming", "Tennis", "Boxing", "Handball",
        "Volleyball"),
}
GENERAL_TAGS = ("Viral claims", "Social media", "Statistics", "Misleading graphs",
                "Out of context", "Old footage", "Official figures", "Leaked documents",
                "Satire", "Manipulated images", "Rumours", "Anonymous sources",
                "Press releases", "Messaging apps", "Video")
TOPIC_LABELS = {"politics": "Politics", "business": "Business", "health": "Health",
                "sport": "Sport"}

# --- Topics: slot values, claims, background sentences --------------------------------------
# Each claim is "proposition|question|summary|short summary": the article says "that
# <proposition>", the title asks the question, and the brief sums the claim up in the summary,
# or where that is too long for briefgen (75 characters) in the short summary.
TOPICS: dict[str, dict[str, tuple[str, ...]]] = {
    "politics": {
        "issue": ("public spending", "the cost of living", "corruption", "the upcoming elections",
                  "housing", "the state of public services"),
        "ministry": MINISTRIES,
        "program": ("the rural school repair programme", "the housing subsidy scheme",
                    "the regional bus network", "the flood defence programme",
                    "the youth employment scheme", "the pension top-up scheme",
                    "the free school meals programme", "the road maintenance fund"),
        "party": PARTIES,
        "body": ("the electoral commission", "the budget committee", "the constitutional court",
                 "the anti-corruption office", "the national audit office"),
        "law": ("the new media law", "the electoral reform bill", "the public procurement act",
                "the housing bill", "the police powers bill", "the data protection bill"),
        "claims": (
            "{ministry} quietly cut funding for {program} by {pct} percent|"
            "Did {ministry} quietly cut funding for {program} by {pct}%?|"
            "Funding for {program} was cut by {pct}%.|A programme's funding was secretly cut.",
            "more than {k} names on the voter roll in {city} belong to people who have died|"
            "Are more than {k} dead people on the voter roll in {city}?|"
            "Over {k} dead people are on the voter roll in {city}.|"
            "The voter roll is full of dead people.",
            "{party} received donations from a company registered abroad in breach of the law|"
            "Did {party} take illegal donations from a company registered abroad?|"
            "{party} took illegal donations from abroad.|"
            "A party took illegal donations from abroad.",
            "{law} would allow the government to close newspapers without a court order|"
            "Would {law} let the government close newspapers without a court order?|"
            "{law} would let the government shut newspapers.|"
            "A new law would let the state shut newspapers.",
            "the prime minister spent {amount} million on renovating the official residence|"
            "Did the prime minister spend {amount} million on renovating the official residence?|"
            "The prime minister spent {amount} million renovating the residence.|"
            "The prime minister overspent on the official residence.",
            "{body} was not consulted before the election date was moved|"
            "Was {body} left out of the decision to move the election date?|"
            "{body} was not consulted on moving the election.|"
            "Watchdogs were not consulted on moving the election.",
            "crime in {city} has doubled since the last election|"
            "Has crime in {city} doubled since the last election?|"
            "Crime in {city} has doubled since the last election.|"
            "Crime has doubled since the last election.",
            "the government hired {n} advisers without advertising the posts|"
            "Did the government hire {n} advisers without advertising the jobs?|"
            "The government hired {n} advisers without advertising the posts.|"
            "Advisers were hired without the posts being advertised.",
            "{ministry} paid {amount} million for consultancy work that was never delivered|"
            "Did {ministry} pay {amount} million for consultancy work that never happened?|"
            "{ministry} paid {amount} million for work never delivered.|"
            "A ministry paid for consultancy work that was never delivered.",
        ),
        "facts": (
            "{ministry} is responsible for a budget of about {_bn} billion a year.",
            "The government has been in office since {_year} and commands a narrow majority in "
            "parliament.",
            "{party} has made {issue} one of its central campaign themes.",
            "Last year's budget was approved only after {_n} hours of debate.",
            "The coalition agreement, signed in {_month} {_year}, promised more transparency in "
            "public spending.",
            "{body} published its annual report in {_month}, noting several irregularities.",
            "Turnout at the last general election was {_turnout} percent.",
            "The prime minister has rejected calls to resign over a series of scandals.",
            "Several ministers have been replaced since the start of the year.",
            "The opposition holds a majority in the upper chamber, which can delay legislation.",
            "{law} is due for a final vote in the coming weeks.",
            "Regional governors have complained that central funding has failed to keep pace "
            "with inflation.",
            "{program} was introduced in {_year} and now covers about {_k} households.",
            "Spending on {program} rose steadily until the pandemic and has been flat since.",
            "The finance committee is chaired by a member of {party}.",
            "A recent poll put support for the government at {_support} percent.",
            "The country's public debt stands at about {_debt} percent of economic output.",
            "Municipal elections in {city} are due next spring.",
            "Civil servants have been told not to discuss the matter with the press.",
            "The ombudsman's office received {_n} complaints about the issue last year.",
            "Members of {party} walked out of a committee hearing on the subject in {_month}.",
            "The mayor of {city} has asked the national government for an emergency grant.",
        ),
        "claim_lines": (
            "We have seen the budget documents, and the numbers simply do not add up",
            "The people of {city} deserve to know where their money has gone",
            "This was decided behind closed doors, and the public was never told",
            "We raised this with {ministry} in {_month} and heard nothing back",
            "If the government has nothing to hide, it should publish the full accounts",
        ),
        "response_lines": (
            "Every decision was taken in line with the budget rules approved by parliament",
            "The opposition is trying to score points ahead of the elections",
            "The accounts are audited every year and the auditors found nothing of the kind",
        ),
        "props": (
            "the opposition had been preparing the accusation for months",
            "the budget rules leave ministries wide discretion over small programmes",
            "similar cuts were made by the previous government without any outcry",
            "the row could overshadow the rest of the parliamentary session",
            "voters are more interested in prices than in procedural disputes",
        ),
        "groups": ("Opposition lawmakers|opposition lawmakers|the lawmakers",
                   "Local councillors|local councillors in {city}|the councillors",
                   "Government officials|government officials|the officials",
                   "Anti-corruption campaigners|anti-corruption campaigners|the campaigners"),
        "vague": ("Political commentators|political commentators",),
    },
    "business": {
        "issue": ("rising prices", "unemployment", "the future of local industry",
                  "corporate tax avoidance", "the cost of living", "energy bills"),
        "product": ("electric buses", "frozen meals", "mobile phone plans", "home insurance",
                    "steel beams", "generic medicines", "bread", "heating oil"),
        "regulator": REGULATORS,
        "bank": ("the central bank",),
        "union": UNIONS,
        "claims": (
            "{company} plans to close its {city} plant and cut {n} jobs|"
            "Is {company} closing its {city} plant and cutting {n} jobs?|"
            "{company} will close its {city} plant and cut {n} jobs.|"
            "{company} will close a plant and cut jobs.",
            "{company} paid no corporate tax last year despite record profits|"
            "Did {company} pay no corporate tax despite record profits?|"
            "{company} paid no corporate tax despite record profits.|"
            "A profitable company paid no corporate tax.",
            "prices of {product} rose by {pct} percent in a single month|"
            "Did prices of {product} jump {pct}% in one month?|"
            "Prices of {product} rose {pct}% in one month.|Prices rose sharply in a single month.",
            "{company} is under investigation by {regulator} for price fixing|"
            "Is {company} being investigated for price fixing?|"
            "{company} is under investigation for price fixing.|"
            "A company is under investigation for price fixing.",
            "{bank} printed money to cover the budget deficit|"
            "Did {bank} print money to cover the budget deficit?|"
            "{bank} printed money to cover the deficit.|"
            "The central bank printed money for the deficit.",
            "the chief executive of {company} sold shares days before a profit warning|"
            "Did the boss of {company} sell shares just before a profit warning?|"
            "The boss of {company} sold shares before a profit warning.|"
            "A chief executive sold shares before a profit warning.",
            "the minimum wage increase destroyed {k} jobs in the retail sector|"
            "Did the minimum wage rise cost {k} retail jobs?|"
            "The minimum wage rise destroyed {k} retail jobs.|"
            "The minimum wage rise destroyed retail jobs.",
            "{company} moved its headquarters abroad to avoid new regulations|"
            "Did {company} move its headquarters abroad to dodge new rules?|"
            "{company} moved abroad to avoid new regulations.|"
            "A company moved abroad to avoid new regulations.",
            "{company} raised prices for {product} by {pct} percent while cutting wages|"
            "Did {company} raise {product} prices {pct}% while cutting wages?|"
            "{company} raised prices {pct}% while cutting wages.|"
            "A company raised prices while cutting wages.",
        ),
        "facts": (
            "{company} employs about {_k} people in {country}.",
            "Shares in {company} fell {_small} percent in early trading on {_weekday}.",
            "The company reported revenue of {_bn} billion last year.",
            "Its largest plant, in {city}, opened in {_year}.",
            "{regulator} has the power to impose fines of up to ten percent of annual turnover.",
            "Annual inflation in {country} stood at {_small} percent in {_month}.",
            "{bank} has raised interest rates {_small} times since {_year}.",
            "Demand for {product} has slowed sharply this year.",
            "The sector accounts for about {_pct} percent of the country's exports.",
            "{union} has threatened strike action if any job cuts go ahead.",
            "Analysts at several banks have cut their profit forecasts for the company.",
            "The company's annual general meeting is scheduled for {_month}.",
            "Competition in the market for {product} has intensified since two foreign rivals "
            "arrived in {_year}.",
            "Energy costs for manufacturers have almost doubled in two years.",
            "The company received a government loan guarantee during the pandemic.",
            "Its chief executive took over in {_year} after a boardroom dispute.",
            "Retail sales fell for the {_ordinal} month in a row in {_month}.",
            "The unemployment rate in the {city} area is {_small} percent, above the national "
            "average.",
            "The company has operated in {city} for more than {_years} years.",
            "Its accounts for last year were signed off by the auditors without qualification.",
            "Suppliers in {city} say they have not yet been told of any change to their orders.",
            "The government owns a minority stake in {company}.",
        ),
        "claim_lines": (
            "Workers found out from the newspapers, not from their employer",
            "The company's own filings show exactly what happened",
            "Families in {city} are paying the price for decisions made in boardrooms",
            "We have copies of the internal memos, and they are very clear",
            "Nobody who looks at the accounts can seriously dispute this",
        ),
        "response_lines": (
            "Our accounts are public and every figure in them has been audited",
            "We remain fully committed to our workforce in {city}",
            "No decision about the future of any site has been taken",
        ),
        "props": (
            "investors had already priced in the bad news",
            "the company's accounts are unusually hard to read",
            "the sector has been under pressure since energy prices rose",
            "similar restructurings elsewhere have cost far fewer jobs than first feared",
            "the regulator rarely opens formal investigations without a complaint",
        ),
        "groups": ("Union representatives|union representatives|the union representatives",
                   "Former employees|former employees of {company}|the former employees",
                   "Shareholder groups|shareholder groups|the shareholder groups",
                   "Local business owners|local business owners in {city}|the business owners"),
        "vague": ("Market watchers|market watchers",),
    },
    "health": {
        "issue": ("hospital waiting lists", "vaccination", "the shortage of doctors",
                  "the cost of medicines", "public health", "the future of rural clinics"),
        "disease": ("measles", "influenza", "dengue fever", "tuberculosis", "whooping cough",
                    "cholera", "hepatitis A"),
        "agency": HEALTH_AGENCIES,
        "drug": ("a common blood-pressure drug", "an over-the-counter painkiller",
                 "a herbal supplement", "a vitamin D supplement", "an antiparasitic drug"),
        "claims": (
            "the {disease} vaccine campaign in {city} was suspended after reports of side effects|"
            "Was the {disease} vaccine campaign in {city} suspended over side effects?|"
            "The {disease} vaccine campaign in {city} was halted over side effects.|"
            "A vaccine campaign was halted over side effects.",
            "{hospital} turned away {n} patients last month because of staff shortages|"
            "Did {hospital} turn away {n} patients because of staff shortages?|"
            "{hospital} turned away {n} patients for lack of staff.|"
            "A hospital turned patients away for lack of staff.",
            "{drug} cures {disease} within a week|Does {drug} cure {disease} within a week?|"
            "{drug} cures {disease} within a week.|A common medicine cures {disease} in a week.",
            "waiting times for cancer treatment have tripled since {year}|"
            "Have waiting times for cancer treatment tripled since {year}?|"
            "Waiting times for cancer treatment have tripled since {year}.|"
            "Cancer waiting times have tripled.",
            "tap water in {city} is contaminated with lead|"
            "Is the tap water in {city} contaminated with lead?|"
            "Tap water in {city} is contaminated with lead.|"
            "The tap water is contaminated with lead.",
            "{agency} hid data on {disease} cases from the public|"
            "Did {agency} hide data on {disease} cases?|"
            "{agency} hid data on {disease} cases.|Health officials hid data on cases.",
            "the government plans to close {n} rural clinics|"
            "Is the government planning to close {n} rural clinics?|"
            "The government plans to close {n} rural clinics.|"
            "The government plans to close rural clinics.",
            "cases of {disease} among children rose by {pct} percent this year|"
            "Did cases of {disease} among children rise {pct}% this year?|"
            "Cases of {disease} among children rose {pct}% this year.|"
            "Cases among children rose sharply this year.",
            "{hospital} is still using equipment that was recalled in {year}|"
            "Is {hospital} still using equipment recalled in {year}?|"
            "{hospital} still uses equipment recalled in {year}.|"
            "A hospital still uses recalled equipment.",
        ),
        "facts": (
            "{agency} publishes figures on {disease} every week.",
            "There were {_n} confirmed cases of {disease} in {country} last year.",
            "{hospital} has {_n} beds and serves a population of about {_k}.",
            "Vaccination coverage for young children in the region stands at {_coverage} "
            "percent.",
            "International guidelines recommend coverage of at least 95 percent to prevent "
            "outbreaks.",
            "Hospital staff have complained for years about long shifts and unfilled posts.",
            "The health budget was increased by {_small} percent in the last budget.",
            "{drug} has been on sale in {country} since {_year}.",
            "Doctors' unions say about {_n} posts at the region's hospitals are vacant.",
            "Waiting lists for routine operations grew throughout last year.",
            "Most cases of {disease} are mild, but the disease can be dangerous for young "
            "children and older people.",
            "The region's main laboratory processes about {_k} samples a month.",
            "Public health officials began a new awareness campaign in {_month}.",
            "Clinics in rural areas often have only one doctor on duty.",
            "A national review of hospital funding is due to be published later this year.",
            "Emergency departments recorded their busiest winter on record last year.",
            "Private clinics have expanded rapidly in {city} over the past decade.",
            "The health ministry's hotline received {_n} calls on the subject in a single day.",
            "Medical schools in {country} train about {_n} new doctors a year.",
            "The water utility in {city} replaced part of its network in {_year}.",
            "Pharmacists report that questions about {disease} have become more frequent.",
        ),
        "claim_lines": (
            "We see the consequences every day on the wards",
            "Parents in {city} have been left without clear answers for weeks",
            "The data we collected from patients tells a very different story",
            "Staff have been warning about this for years and nobody listened",
            "People's health should never depend on which town they live in",
        ),
        "response_lines": (
            "Patient safety is and will remain our first priority",
            "All the relevant data is published every week on our website",
            "The programme is running normally and parents should keep their appointments",
        ),
        "props": (
            "doctors had raised concerns about the issue since {_year}",
            "the figures are affected by changes in how cases are recorded",
            "rumours about side effects tend to spread fastest in the weeks after a campaign",
            "rural hospitals have struggled to recruit staff for a decade",
            "the health data published so far is too patchy to support firm conclusions",
        ),
        "groups": ("Local doctors|local doctors|the doctors",
                   "Nurses' representatives|nurses' representatives|the nurses' representatives",
                   "Patient groups|patient groups|the patient groups",
                   "Hospital managers|hospital managers in {city}|the managers"),
        "vague": ("Some doctors|some doctors", "Some parents|some parents"),
    },
    "sport": {
        "issue": ("the state of the national game", "club finances", "the cost of tickets",
                  "doping", "refereeing standards", "the future of the league"),
        "competition": ("national cup", "league", "continental championship",
                        "under-21 tournament", "regional cup"),
        "federation": FEDERATIONS,
        "stadium": ("the {city} Arena", "Harbour Park", "the Municipal Stadium",
                    "Riverside Ground", "the National Stadium"),
        "claims": (
            "{club} fielded an ineligible player in the {competition} semi-final|"
            "Did {club} field an ineligible player in the {competition} semi-final?|"
            "{club} fielded an ineligible player in a semi-final.|"
            "A club fielded an ineligible player in a semi-final.",
            "the referee in the match between {club} and {club2} was paid to influence the "
            "result|Was the referee in {club} against {club2} paid to influence the result?|"
            "A referee was paid to influence a {club} match.|"
            "A referee was paid to influence a result.",
            "{federation} spent {amount} million of public money on a stadium that was never "
            "built|Did {federation} spend {amount} million on a stadium that was never built?|"
            "{federation} spent {amount} million on a stadium never built.|"
            "Public money went on a stadium that was never built.",
            "{club} has not paid its players for {months} months|"
            "Has {club} failed to pay its players for {months} months?|"
            "{club} has not paid its players for {months} months.|"
            "A club has not paid its players for months.",
            "the {city} marathon route was shortened by {km} kilometres without notice|"
            "Was the {city} marathon route cut by {km} kilometres without notice?|"
            "The {city} marathon was cut by {km} km without notice.|"
            "A marathon route was shortened without notice.",
            "ticket prices for {competition} matches rose by {pct} percent this season|"
            "Did ticket prices for {competition} matches rise {pct}% this season?|"
            "Ticket prices for {competition} matches rose {pct}% this season.|"
            "Ticket prices rose sharply this season.",
            "the new stadium of {club} will be paid for by taxpayers|"
            "Will taxpayers pay for the new stadium of {club}?|"
            "Taxpayers will pay for the new stadium of {club}.|"
            "Taxpayers will pay for a club's new stadium.",
            "a positive doping test by a player from {club} was covered up|"
            "Was a positive doping test by a {club} player covered up?|"
            "A {club} player's positive doping test was covered up.|"
            "A positive doping test was covered up.",
            "{federation} sold broadcasting rights below their value to a company linked to its "
            "president|Did {federation} sell broadcasting rights cheaply to a company linked to "
            "its president?|{federation} sold TV rights cheaply to an insider.|"
            "Broadcasting rights were sold cheaply to an insider.",
        ),
        "facts": (
            "{club} finished {_ordinal} in the league last season.",
            "The club has been owned by a consortium of local businesspeople since {_year}.",
            "The {competition} final will be played at {stadium} in {_month}.",
            "{federation} is responsible for registering players and sanctioning clubs.",
            "{stadium} holds about {_k} spectators.",
            "Average attendance at league matches rose by {_small} percent last season.",
            "The club's accounts show debts of about {_amount} million.",
            "Its head coach was appointed in {_month} on a two-year contract.",
            "The team has won {_small} of its last ten matches.",
            "Players' wages account for most of the club's spending.",
            "The league introduced new financial rules in {_year}.",
            "{club2} have won the title {_small} times.",
            "Television rights bring in roughly {_amount} million a season for the league.",
            "A disciplinary hearing is normally held within {_small} weeks of a complaint.",
            "Supporters' groups have staged protests outside the ground before recent home "
            "games.",
            "The {city} marathon attracts about {_k} runners every spring.",
            "Doping controls at national competitions are carried out by an independent agency.",
            "The season resumes after a winter break in {_month}.",
            "Youth academies in {country} have produced several international players in recent "
            "years.",
            "The federation's president was re-elected in {_year} for a third term.",
            "The next round of fixtures includes a match between {club} and {club2}.",
        ),
        "claim_lines": (
            "Everyone in the dressing room knew what was going on",
            "The fans of {club} deserve the truth, not another cover-up",
            "We have asked the federation for the documents three times",
            "This is not how a club that respects its players should behave",
            "The evidence was handed over weeks ago, and nothing has happened",
        ),
        "response_lines": (
            "The club has always complied fully with the league's rules",
            "All our players have been paid in line with their contracts",
            "The federation's accounts are audited every year and are open to inspection",
        ),
        "props": (
            "supporters have lost patience with the club's leadership",
            "the league's rules on eligibility are notoriously complicated",
            "clubs in the lower divisions face serious financial pressure",
            "disciplinary cases of this kind usually take months to resolve",
            "the federation has faced criticism over its governance for years",
        ),
        "groups": ("Supporters' groups|supporters' groups|the supporters' groups",
                   "Players' representatives|players' representatives|the players' "
                   "representatives",
                   "Rival clubs|several rival clubs|the rival clubs",
                   "League officials|league officials|the league officials"),
        "vague": ("Many fans|many fans", "Pundits|pundits"),
    },
}

# Person roles by topic: (role, kind of affiliation). The affiliation kind names an organisation
# list in the speaker pool, or "government" for the country's government.
ROLES: dict[str, tuple[tuple[str, str], ...]] = {
    "politics": (("finance minister", "government"), ("opposition leader", "party"),
                 ("member of parliament", "party"), ("government spokesperson", "government"),
                 ("party chair", "party"), ("director", "ngo"), ("interior minister",
                                                                 "government")),
    "business": (("chief executive", "company"), ("chief financial officer", "company"),
                 ("general secretary", "union"), ("economy minister", "government"),
                 ("head of communications", "company"), ("spokesperson", "regulator")),
    "health": (("health minister", "government"), ("chief medical officer", "agency"),
               ("medical director", "hospital"), ("president", "association"),
               ("head of infectious diseases", "hospital"), ("spokesperson", "agency")),
    "sport": (("head coach", "club"), ("president", "federation"), ("chairman", "club"),
              ("captain", "club"), ("sports minister", "government"),
              ("general secretary", "federation")),
}

# --- Attributed statements ------------------------------------------------------------------
CLAIM_VERBS = ("claimed", "alleged", "said", "asserted", "charged")
CLAIM_OPENERS = (
    "In a sharp escalation of the row over {issue}",
    "In a development that has reignited the debate over {issue}",
    "At a packed news conference in {city} on {weekday}",
    "In a post that was shared thousands of times within hours",
    "Speaking to reporters outside the regional assembly",
)
CLAIM_LINES = (
    "We have the documents, and they speak for themselves",
    "This is not a rumour; it is in their own records",
    "Every week we hear from people who have been let down",
    "If there is nothing to hide, they should publish everything today",
    "The evidence is there for anyone who cares to look",
    "We did not make this up, and we will not be intimidated into silence",
    "This is the most serious case we have seen since {year}",
    "Someone has to be held responsible for this",
    "We are asking simple questions and getting no answers",
    "The public has a right to know what was decided in its name",
    "We checked the figures twice before we said anything",
    "We warned about exactly this more than a year ago",
)
CLAIM_PROPS = (
    "the problem had been reported internally long before it became public",
    "officials had been warned repeatedly but failed to act",
    "the documents showed a clear pattern over several years",
    "at least {_n} people had been directly affected",
    "the figures had been kept out of the annual report",
    "those responsible had tried to delay the publication of the data",
    "more evidence would be released in the coming days",
)
RESPONSE_LINES: dict[str, tuple[str, ...]] = {
    "denies": (
        "These claims are false, and the people spreading them know it",
        "There is no truth whatsoever in this story",
        "We have always acted within the law and will continue to do so",
        "This is a politically motivated attack with no basis in fact",
        "It is irresponsible to spread such claims without a shred of evidence",
        "We will take legal advice about the statements that have been made",
    ),
    "disputes": (
        "The numbers are being taken out of context",
        "The real figure is much lower, and the method behind the claim is flawed",
        "Some of what has been said is accurate, but the conclusion does not follow",
        "Anyone who reads the full report will see that this is not what happened",
    ),
    "confirms": (
        "We accept that mistakes were made and we are putting them right",
        "The report is accurate, and we have already begun to act on it",
        "We should have been more open about this from the start",
    ),
    "declines-to-comment": (
        "We have no comment at this stage",
        "It would not be appropriate to comment while the review is under way",
        "We will respond in due course, once we have all the facts",
    ),
    "clarifies": (
        "What actually changed was the timetable, not the substance",
        "We want to be clear about what was decided and what was not",
        "The figure refers to a different period, which explains the confusion",
    ),
}
RESPONSE_PROPS: dict[str, tuple[str, ...]] = {
    "denies": (
        "the allegation was based on a misreading of the data",
        "no formal complaint had ever been received",
        "the claim confused two different budgets",
        "all the relevant records had been checked by independent auditors",
    ),
    "disputes": (
        "the figures quoted covered a different period",
        "the calculation left out several important factors",
        "the claim relied on an unpublished draft rather than the final report",
    ),
    "confirms": (
        "an internal review had found the problem earlier this year",
        "the matter had been reported to the relevant authorities",
        "steps had already been taken to prevent a repeat",
    ),
    "declines-to-comment": (
        "it would not comment while legal proceedings were under way",
        "it had not yet seen the documents in question",
    ),
    "clarifies": (
        "the decision had been postponed rather than cancelled",
        "the figures being shared online were provisional",
        "only part of the programme had been affected",
    ),
}
DENIAL_EPITHETS = ("completely false", "a fabrication", "baseless", "a deliberate distortion",
                   "nonsense", "fake news", "a smear", "simply untrue")
RESPONSE_PHRASES: dict[str, tuple[str, ...]] = {
    "denies": ("denied the allegation", "flatly rejected the claim", "dismissed the report",
               "rejected the accusation outright", "denied any wrongdoing"),
    "disputes": ("disputed the figures", "questioned the basis of the claim",
                 "challenged the numbers behind the allegation", "contested the account"),
    "confirms": ("confirmed the report", "acknowledged the problem",
                 "admitted that the account was broadly correct"),
    "declines-to-comment": ("declined to comment on the allegation",
                            "did not respond to repeated requests for comment",
                            "refused to be drawn on the claim"),
    "clarifies": ("sought to clarify the position", "issued a clarification",
                  "said the claim needed context"),
}
STANCE_SUMMARIES: dict[str, tuple[str, ...]] = {
    "denies": ("{who} says the claim is false.", "{who} denies the allegation outright.",
               "{who} rejects the claim and says it has no basis in fact."),
    "disputes": ("{who} disputes the figures behind the claim.",
                 "{who} says the claim takes the numbers out of context."),
    "confirms": ("{who} confirms the substance of the claim.",
                 "{who} acknowledges the problem but says it has been fixed."),
    "declines-to-comment": ("{who} declines to comment.",
                            "{who} did not answer our questions before publication."),
    "clarifies": ("{who} says the claim leaves out important context.",
                  "{who} says only part of the claim is accurate."),
}
COMMON_PROPS = (
    "the dispute reflects a deeper lack of trust in public institutions",
    "both sides have an interest in keeping the story alive",
    "the figures quoted by campaigners come from an unpublished draft",
    "similar claims circulated last year and were later withdrawn",
    "the official statistics are revised several times a year",
    "the truth probably lies somewhere between the two accounts",
    "the public has been given too little information to judge",
    "the claim spread mainly through messaging apps before it reached the press",
    "the timing of the allegation was hardly a coincidence",
    "an independent audit could settle the matter within weeks",
    "the issue has been debated in {city} for more than {_years} years",
    "the affair has damaged confidence in the people involved",
)
VAGUE_SPEAKERS = (  # name | subject as written in the article
    "Experts (unnamed)|experts", "Analysts (unnamed)|analysts", "Critics (unnamed)|critics",
    "Observers (unnamed)|observers", "Some residents|some residents of {city}",
    "Commentators (unnamed)|commentators",
)
VAGUE_VERBS = ("say", "argue", "believe", "note", "point out", "warn", "suggest")
ANONYMOUS_SPEAKERS = (  # name | subject as written in the article
    "A senior official (anonymous)|a senior official, who asked not to be named because they "
    "were not authorised to speak publicly,",
    "A person familiar with the matter (anonymous)|a person familiar with the matter",
    "An insider (anonymous)|an insider who spoke on condition of anonymity",
    "A former employee (anonymous)|a former employee who did not want to be identified",
    "A source close to the investigation (anonymous)|a source close to the investigation",
)
EXPERT_FIELDS = ("public policy", "economics", "public health", "sports management",
                 "political science", "statistics", "media studies", "law")

# --- Background and closing sentences for any topic -----------------------------------------
COMMON_FACTS = (
    "The dispute has dominated local news in {city} for much of the past week.",
    "It is the latest in a series of rows over {issue} in {country}.",
    "Public trust in official figures has fallen in recent years, according to a survey "
    "published in {_month} by {_pollster}.",
    "Neither side has so far published the documents on which its account is based.",
    "Figures from the national statistics office show a more complicated picture.",
    "The office's latest report, released in {_month}, put the relevant figure at {_pct} "
    "percent, up from {_pct} percent a year earlier.",
    "Social media posts repeating the claim have been shared more than {_k} times since "
    "{_weekday}.",
    "Several of the posts used a photograph that was taken in {_city} in {_year}, not in {city}.",
    "The story was first reported by {outlet}, which said it had seen internal correspondence.",
    "Opposition politicians have called for an independent inquiry.",
    "A parliamentary question on the matter is expected before the end of {_month}.",
    "The issue is likely to feature prominently in next year's regional elections.",
    "In {city}, where the population has grown by almost {_small} percent in a decade, the "
    "question carries particular weight.",
    "Local officials said they had received dozens of calls from worried residents.",
    "The controversy has also exposed divisions within the governing coalition.",
    "Similar allegations surfaced in {_city} in {_year} but were never substantiated.",
    "Records seen by reporters cover the period from {_year} to last year.",
    "Some of the documents are incomplete, and several pages appear to be missing.",
    "The figures are published every quarter, usually with a delay of about {_small} months.",
    "A freedom of information request filed in {_month} has yet to receive a reply.",
    "Independent researchers have warned against drawing firm conclusions from a single set "
    "of numbers.",
    "The debate has been sharpened by a difficult economic climate, with inflation running at "
    "{_small} percent.",
    "Both accounts agree on one point: the decision was taken in {_month}.",
    "The timing has raised questions, coming just days before an important meeting.",
    "Reporters were unable to verify either account independently.",
    "Attempts to reach other officials for comment were unsuccessful.",
    "The matter has also drawn attention abroad, with coverage in newspapers in {_city} and "
    "{_city}.",
    "Campaign groups have called a protest in central {city} for {_weekday}.",
    "Around {_n} people attended a public meeting on the subject last month.",
    "The claim first appeared in a video that has since been viewed more than {_k} times.",
    "The video, which lasts just under {_small} minutes, does not name its sources.",
    "Local radio stations have devoted several phone-in programmes to the issue.",
    "Fact-checkers in {country} have received more than {_n} requests to look into the claim.",
    "The episode illustrates how quickly a single allegation can spread online.",
    "The relevant documents run to more than {_n} pages.",
    "It could take months before a full picture emerges.",
    "The question is also being discussed in {_city}, {_small} hours away by train.",
    "Data for {_month} {_year} shows a brief spike that was later corrected.",
)
CLOSINGS = (
    "For now, both sides are sticking to their accounts.",
    "It is not yet clear when the review will report its findings.",
    "The matter is expected to come up again at a hearing in {_month}.",
    "Until the underlying documents are published, the claim is likely to remain contested.",
    "Whatever the outcome, the episode has left many in {city} with more questions than "
    "answers.",
    "The dispute shows no sign of ending soon.",
    "Further hearings are scheduled for {_month}.",
    "Readers who have information about the case can contact the newsroom.",
    "{outlet} will update this story as more information becomes available.",
    "The next set of official figures is due in {_month}.",
)
OPENERS = ("Meanwhile, ", "At the same time, ", "Separately, ", "Still, ", "However, ",
           "By contrast, ", "According to local reports, ", "Moreover, ", "Even so, ")

# --- The brief's own prose ------------------------------------------------------------------
VERDICT_SUMMARIES: dict[str, tuple[str, ...]] = {
    "true": ("The records we checked support the claim.",
             "The claim is accurate: the documents show what the claimant says they show."),
    "mostly-true": ("The claim is broadly accurate, although the figure quoted is out of date.",
                    "The substance of the claim holds up, but one detail is overstated."),
    "mixed": ("Part of the claim holds up, but it leaves out context that changes its meaning.",
              "The claim mixes an accurate figure with a misleading conclusion."),
    "mostly-false": ("The claim contains an element of truth but exaggerates what the records "
                     "show.",
                     "The figures behind the claim exist, but they do not mean what the "
                     "claimant says."),
    "false": ("The available records contradict the claim.",
              "The claim is not accurate: the official figures show something quite different."),
    "unproven": ("Neither side has published evidence that settles the claim, so on this "
                 "article alone it is unproven.",
                 "The article reports the claim and the response but gives no evidence either "
                 "way."),
}
FINDINGS = (
    "We compared the claim with the published figures for {_year} and {_year}.",
    "The official data shows a change of about {_pct} percent, not the figure quoted.",
    "We asked {resp} for the underlying documents; they sent a summary but not the full records.",
    "The claim appears to rely on a single unpublished source.",
    "Two independent specialists we consulted said the figures could not be compared directly.",
    "The numbers in the viral posts match an earlier draft, not the final report.",
    "Archived versions of the relevant web pages show that the wording was changed in {_month}.",
    "Nothing in the public record supports or rules out the central allegation.",
)
SETTLE = (
    "The full budget documents, published rather than summarised.",
    "A named official stating on the record what was decided and when.",
    "The auditors' report for the year in question.",
    "Independent confirmation from journalists who have seen the records.",
    "The raw data behind the figures, with the method used to calculate them.",
)
SOURCE_FORMS = (  # title | publisher | note
    "Annual report {_year}|{resp_org}|The figures the response relies on.",
    "Statement on the allegations|{resp_org}|The full text of the response.",
    "Quarterly statistics bulletin|National Statistics Office|The official series for the "
    "period in question.",
    "Original report|{outlet}|The article that first carried the claim.",
    "Committee hearing transcript|Regional Assembly|Where the claim was first made in public.",
    "Audit of public accounts {_year}|National Audit Office|Covers the programme and the "
    "period in question.",
    "Interview with the claimant|{outlet}|Recorded on the day the claim was made.",
)
CORRECTION_NOTES = (
    "An earlier version misspelled the name of {resp}.",
    "We corrected the date of the committee hearing.",
    "An earlier version gave the wrong year for the statistics bulletin.",
    "We added the response, which arrived after publication.",
    "The rating was changed after new documents were published.",
    "An earlier version attributed a quote to the wrong speaker.",
)
PAGES = {
    "about.md": "# About this desk\n\nA synthetic fact-check desk, generated by bench.corpus "
                "for briefgen's scale benchmark. Every person, place, company and claim on this "
                "site is invented.\n",
    "methodology.md": "# Methodology\n\nEach brief sets a claim beside the responses to it, "
                      "quotes the article's exact words and rates the claim on the default "
                      "scale.\n\n- We read the article.\n- We ask both sides.\n- We publish "
                      "what we find.\n",
}
