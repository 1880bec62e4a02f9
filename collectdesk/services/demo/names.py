"""Local data for the demo department: names, cities, streets, creditors and short texts per country.

Everything is invented for the demo (creditors, agencies, companies). Person names are common
first names and surnames of each country. E-mail domains end in `.example` (RFC 2606: they can never
reach a real mailbox); phone numbers follow the national formats but are random digits.
"""

from __future__ import annotations

from dataclasses import dataclass


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated words; `_` stands for a space inside one (De_Luca -> De Luca)."""
    return tuple(w.replace("_", " ") for w in text.split())


def _items(text: str) -> tuple[str, ...]:
    """`|`-separated items over several lines."""
    return tuple(i.strip() for i in text.replace("\n", "|").split("|") if i.strip())


@dataclass(frozen=True)
class City:
    name: str
    region: str  # province (IT), voivodeship (PL) or Land (DE), as written in an address
    postcode_low: int
    postcode_high: int
    area_code: str  # landline prefix after the country code
    branch: str  # the branch that works debtors living here
    weight: int


@dataclass(frozen=True)
class Creditor:
    name: str
    kind: str  # bank, utility, telecom, retail
    ref_prefix: str


@dataclass(frozen=True)
class BranchInfo:
    name: str
    country: str
    city: str
    timezone: str
    holiday_subdiv: str | None
    weight: int  # share of the department's debtors, in percent


BRANCHES: tuple[BranchInfo, ...] = (
    BranchInfo("Milano", "IT", "Milano", "Europe/Rome", None, 22),
    BranchInfo("Napoli", "IT", "Napoli", "Europe/Rome", None, 18),
    BranchInfo("Warszawa", "PL", "Warszawa", "Europe/Warsaw", None, 18),
    BranchInfo("Łódź", "PL", "Łódź", "Europe/Warsaw", None, 14),
    BranchInfo("München", "DE", "München", "Europe/Berlin", "BY", 15),
    BranchInfo("Köln", "DE", "Köln", "Europe/Berlin", "NW", 13),
)

COUNTRY_LANGUAGE = {"IT": "it", "PL": "pl", "DE": "de"}
COUNTRY_TIMEZONE = {"IT": "Europe/Rome", "PL": "Europe/Warsaw", "DE": "Europe/Berlin"}
COUNTRY_CURRENCY = {"IT": "EUR", "PL": "PLN", "DE": "EUR"}
COUNTRY_DIAL = {"IT": "39", "PL": "48", "DE": "49"}

FIRST_NAMES = {
    ("IT", "m"): _words("""Marco Luca Giuseppe Francesco Niccolò Andrea Alessandro Matteo Lorenzo Davide Gabriele
        Salvatore Antonio Giovanni Stefano Paolo Nicola Fabrizio Simone Raffaele Nicolò Gennaro Ciro Pietro
        Tommaso Emanuele Vincenzo Carmine Domenico Riccardo"""),
    ("IT", "f"): _words("""Giulia Francesca Chiara Sara Martina Valentina Alessia Federica Elisa Anna Maria
        Giorgia Ilaria Beatrice Noemi Lucrezia Carmela Rosa Teresa Agnese Concetta Assunta Benedetta Silvia
        Paola Roberta Antonella Immacolata Serena Debora"""),
    ("PL", "m"): _words("""Łukasz Piotr Krzysztof Tomasz Paweł Michał Marcin Jakub Grzegorz Mateusz Wojciech Adam
        Marek Andrzej Kamil Maciej Rafał Zbigniew Jarosław Sławomir Przemysław Bartłomiej Jędrzej Dariusz
        Mirosław Ryszard Janusz Stanisław Jan Józef"""),
    ("PL", "f"): _words("""Agnieszka Anna Małgorzata Katarzyna Joanna Magdalena Monika Ewa Aleksandra Beata
        Dorota Elżbieta Justyna Urszula Grażyna Jadwiga Bożena Zofia Weronika Halina Barbara Danuta Iwona
        Renata Marianna Żaneta Łucja Teresa Krystyna Wiesława"""),
    ("DE", "m"): _words("""Jürgen Thomas Michael Andreas Stefan Klaus Jörg Uwe Lukas Maximilian Felix Jonas
        Tobias Florian Sebastian Matthias Björn Dieter Günter Wolfgang Torsten Ralf Horst Hans-Peter Karl-Heinz
        Mehmet Emre Niklas Sören Ömer"""),
    ("DE", "f"): _words("""Anna Julia Katharina Sabine Claudia Petra Susanne Jana Lena Hannah Sophie Lea Marie
        Ursula Gisela Bärbel Anja Birgit Kerstin Renate Jutta Heike Doris Käthe Elif Ayşe Johanna Mareike
        Dörte Annegret"""),
}

SURNAMES = {
    "IT": _words("""Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti
        De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso
        Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo
        Marchetti Parisi Villa Conte Ferraro Fabbri Bianco Marini Grasso Valentini Messina Sala De_Angelis Gatti
        Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi
        Pellegrino Carbone Giuliani Benedetti Barone Caputo Montanari Guerra Palmieri Bernardi Fiore De_Rosa
        Ferri D'Amico Dell'Acqua Carrà Cantù Esposito Sorrentino Iannone Cuomo D'Alessandro"""),
    # masculine forms: -ski/-cki/-dzki become -ska/-cka/-dzka for women (polish_surname)
    "PL": _words("""Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
        Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski
        Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień
        Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski
        Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Duda Zalewski Wróblewski Jasiński Marciniak Bąk
        Zawadzki Sadowski Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski Urbański Kubiak
        Maciejewski Szczepański Kucharski Wilk Kalinowski Lis Mazurek Wysocki Kaźmierczak Wasilewski Sobczak
        Czerwiński Cieślak Głowacki Kołodziej Ziółkowski Przybylski Gołębiowski Łuczak Żak Bieńkowski"""),
    "DE": _words("""Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer
        Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt
        Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber
        Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank
        Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus
        Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich
        Ziegler Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Pfeiffer Yılmaz Öztürk Kaya Demir Şahin
        Nowak Kowalski"""),
}

CITIES: dict[str, tuple[City, ...]] = {
    "IT": (
        City("Milano", "MI", 20121, 20162, "02", "Milano", 30),
        City("Monza", "MB", 20900, 20900, "039", "Milano", 6),
        City("Bergamo", "BG", 24121, 24129, "035", "Milano", 6),
        City("Brescia", "BS", 25121, 25136, "030", "Milano", 6),
        City("Como", "CO", 22100, 22100, "031", "Milano", 3),
        City("Cantù", "CO", 22063, 22063, "031", "Milano", 2),
        City("Torino", "TO", 10121, 10156, "011", "Milano", 12),
        City("Genova", "GE", 16121, 16167, "010", "Milano", 7),
        City("Bologna", "BO", 40121, 40141, "051", "Milano", 8),
        City("Forlì", "FC", 47121, 47122, "0543", "Milano", 2),
        City("Verona", "VR", 37121, 37142, "045", "Milano", 5),
        City("Padova", "PD", 35121, 35143, "049", "Milano", 4),
        City("Napoli", "NA", 80121, 80147, "081", "Napoli", 25),
        City("Salerno", "SA", 84121, 84135, "089", "Napoli", 5),
        City("Caserta", "CE", 81100, 81100, "0823", "Napoli", 4),
        City("Roma", "RM", 118, 199, "06", "Napoli", 25),
        City("Bari", "BA", 70121, 70132, "080", "Napoli", 8),
        City("Palermo", "PA", 90121, 90151, "091", "Napoli", 9),
        City("Catania", "CT", 95121, 95131, "095", "Napoli", 6),
        City("Reggio Calabria", "RC", 89121, 89135, "0965", "Napoli", 3),
    ),
    "PL": (
        City("Warszawa", "mazowieckie", 1, 4999, "22", "Warszawa", 30),
        City("Gdańsk", "pomorskie", 80001, 80999, "58", "Warszawa", 8),
        City("Białystok", "podlaskie", 15001, 15999, "85", "Warszawa", 5),
        City("Lublin", "lubelskie", 20001, 20999, "81", "Warszawa", 6),
        City("Olsztyn", "warmińsko-mazurskie", 10001, 10999, "89", "Warszawa", 3),
        City("Płock", "mazowieckie", 9400, 9420, "24", "Warszawa", 2),
        City("Radom", "mazowieckie", 26600, 26617, "48", "Warszawa", 3),
        City("Łódź", "łódzkie", 90001, 94999, "42", "Łódź", 15),
        City("Kraków", "małopolskie", 30001, 31999, "12", "Łódź", 14),
        City("Katowice", "śląskie", 40001, 40999, "32", "Łódź", 8),
        City("Wrocław", "dolnośląskie", 50001, 54999, "71", "Łódź", 12),
        City("Poznań", "wielkopolskie", 60001, 61999, "61", "Łódź", 10),
        City("Częstochowa", "śląskie", 42200, 42226, "34", "Łódź", 3),
        City("Kielce", "świętokrzyskie", 25001, 25999, "41", "Łódź", 3),
        City("Bydgoszcz", "kujawsko-pomorskie", 85001, 85999, "52", "Łódź", 5),
        City("Toruń", "kujawsko-pomorskie", 87100, 87120, "56", "Łódź", 3),
        City("Rzeszów", "podkarpackie", 35001, 35999, "17", "Łódź", 3),
        City("Zielona Góra", "lubuskie", 65001, 65999, "68", "Łódź", 2),
    ),
    "DE": (
        City("München", "Bayern", 80331, 81929, "89", "München", 25),
        City("Augsburg", "Bayern", 86150, 86199, "821", "München", 5),
        City("Nürnberg", "Bayern", 90402, 90491, "911", "München", 9),
        City("Regensburg", "Bayern", 93047, 93059, "941", "München", 3),
        City("Würzburg", "Bayern", 97070, 97084, "931", "München", 3),
        City("Stuttgart", "Baden-Württemberg", 70173, 70629, "711", "München", 10),
        City("Freiburg im Breisgau", "Baden-Württemberg", 79098, 79117, "761", "München", 4),
        City("Leipzig", "Sachsen", 4103, 4357, "341", "München", 5),
        City("Köln", "Nordrhein-Westfalen", 50667, 51149, "221", "Köln", 20),
        City("Düsseldorf", "Nordrhein-Westfalen", 40210, 40629, "211", "Köln", 12),
        City("Essen", "Nordrhein-Westfalen", 45127, 45359, "201", "Köln", 7),
        City("Dortmund", "Nordrhein-Westfalen", 44135, 44388, "231", "Köln", 7),
        City("Bonn", "Nordrhein-Westfalen", 53111, 53229, "228", "Köln", 4),
        City("Mönchengladbach", "Nordrhein-Westfalen", 41061, 41239, "2161", "Köln", 3),
        City("Münster", "Nordrhein-Westfalen", 48143, 48167, "251", "Köln", 4),
        City("Hamburg", "Hamburg", 20095, 22769, "40", "Köln", 12),
        City("Berlin", "Berlin", 10115, 14199, "30", "Köln", 14),
    ),
}

STREETS = {
    "IT": _items("""Via Roma|Via Giuseppe Garibaldi|Corso Vittorio Emanuele II|Via Dante Alighieri
        Via Giacomo Matteotti|Piazza del Duomo|Via Cavour|Viale dei Mille|Via San Francesco d'Assisi
        Via Nazionale|Corso Umberto I|Via Toledo|Via dei Tribunali|Viale Monza|Via Niccolò Tommaseo
        Via della Libertà|Via Santa Lucia|Via Padre Pio|Corso Buenos Aires|Via Benedetto Croce
        Via Fratelli Cervi|Viale Europa|Via Gramsci|Via Marconi|Via Città di Castello"""),
    "PL": _items("""ul. Piotrkowska|ul. Marszałkowska|ul. Mickiewicza|ul. Słowackiego|ul. Kościuszki
        ul. Sienkiewicza|ul. Jana Pawła II|al. Jerozolimskie|ul. Długa|ul. Żeromskiego|ul. Wojska Polskiego
        ul. Kościelna|ul. Ogrodowa|ul. Łąkowa|ul. Źródlana|ul. Świętokrzyska|ul. Gdańska|ul. Polna
        ul. Różana|ul. Szkolna|os. Tysiąclecia|ul. Żwirki i Wigury|ul. Wólczańska|ul. Chełmońskiego"""),
    "DE": _items("""Hauptstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Königsallee|Schloßstraße|Lindenstraße
        Gartenstraße|Friedrichstraße|Kirchweg|Mühlenweg|Sonnenstraße|Leopoldstraße|Kaiser-Wilhelm-Ring
        Hohe Straße|Äußere Sulzbacher Straße|Grüner Weg|Zülpicher Straße|Am Büchel|Rosenstraße
        Maximilianstraße|Breite Straße|Luisenstraße|Weißenburger Straße"""),
}

COMPANY_PATTERNS = {
    "IT": ("{surname} & Figli S.r.l.", "{surname} Costruzioni S.r.l.", "Trattoria da {first} S.n.c.",
           "{surname} Impianti Elettrici S.r.l.", "Pasticceria {surname} S.a.s.", "Autofficina {surname} S.r.l.s.",
           "Edil{surname} S.r.l.", "Studio Tecnico {surname} S.r.l."),
    "PL": ("{surname} Budownictwo Sp. z o.o.", "Przedsiębiorstwo Handlowe {surname} Sp. z o.o.",
           "Piekarnia {surname} s.c.", "Zakład Usługowy {surname} Sp. z o.o.", "{surname}-Trans Sp. z o.o.",
           "Hurtownia {surname} Sp.j.", "Auto-Serwis {surname} Sp. z o.o.", "Usługi Remontowe {surname}"),
    "DE": ("{surname} Bau GmbH", "{surname} & Söhne GmbH & Co. KG", "Bäckerei {surname} GmbH",
           "{surname} Logistik GmbH", "Autohaus {surname} GmbH", "Café {surname} UG (haftungsbeschränkt)",
           "Elektro {surname} e.K.", "Malerbetrieb {surname} GmbH"),
}

CREDITORS = {
    "IT": (Creditor("Banca Lombarda di Credito S.p.A.", "bank", "BLC"),
           Creditor("Credito Partenopeo S.p.A.", "bank", "CRP"),
           Creditor("Energia Tirrenica S.p.A.", "utility", "ETI"),
           Creditor("Acque del Naviglio S.p.A.", "utility", "ADN"),
           Creditor("TeleItalia Mobile S.p.A.", "telecom", "TIM"),
           Creditor("Casa & Stile Arredamenti S.r.l.", "retail", "CSA")),
    "PL": (Creditor("Bank Wiślany S.A.", "bank", "BW"),
           Creditor("Kredyt Łódzki S.A.", "bank", "KL"),
           Creditor("Mazowiecka Energetyka S.A.", "utility", "ME"),
           Creditor("Wodociągi Nadwiślańskie Sp. z o.o.", "utility", "WN"),
           Creditor("TelePolska Sp. z o.o.", "telecom", "TP"),
           Creditor("Meble Świętokrzyskie Sp. z o.o.", "retail", "MS")),
    "DE": (Creditor("Rheinische Kreditbank AG", "bank", "RKB"),
           Creditor("Isartaler Sparkasse", "bank", "ISK"),
           Creditor("Stadtwerke Rheinaue GmbH", "utility", "SWR"),
           Creditor("Südstrom Energie GmbH", "utility", "SSE"),
           Creditor("FunkNetz Mobil GmbH", "telecom", "FNM"),
           Creditor("Versandhaus Größlinger GmbH", "retail", "VHG")),
}

# median and spread (sigma of the log) of the original amount in euro, per creditor kind
AMOUNT_SHAPE = {"telecom": (140.0, 0.8), "utility": (320.0, 0.9), "retail": (650.0, 1.0), "bank": (2400.0, 1.25)}
PLN_PER_EUR = 4.3

MAIL_DOMAINS = {
    "IT": _words("libero.example virgilio.example posta.example gmail.example tiscali.example"),
    "PL": _words("wp.example onet.example interia.example o2.example gmail.example"),
    "DE": _words("web.example gmx.example t-online.example gmail.example posteo.example"),
}

MOBILE_PREFIXES = {
    "IT": _words("320 328 329 333 335 338 340 347 348 349 366 380 392"),
    "PL": _words("501 502 505 509 512 531 533 535 601 602 605 660 691 693 721 728 781 790 880 886"),
    "DE": _words("151 152 157 159 160 162 170 171 172 173 175 176 177 178 179"),
}

STAFF_MAIL_DOMAIN = "collectdesk-demo.example"

AGENCIES = {"IT": "Osservatorio Clienti S.r.l.", "PL": "Barometr Opinii Sp. z o.o.", "DE": "Kundenblick Marktforschung GmbH"}

TEAM_NAMES = {"IT": "Recupero crediti {n}", "PL": "Windykacja {n}", "DE": "Inkasso-Team {n}"}
BACK_OFFICE = {"IT": "Amministrazione e assistenza clienti", "PL": "Księgowość i obsługa klienta",
               "DE": "Buchhaltung und Kundenservice"}

PORTFOLIO_NAMES = {
    "IT": {"high_risk": "Alto rischio", "high_profile": "Clienti di rilievo", "fraud": "Sospetta frode",
           "watchlist": "Saldi elevati"},
    "PL": {"high_risk": "Wysokie ryzyko", "high_profile": "Klienci szczególni", "fraud": "Podejrzenie oszustwa",
           "watchlist": "Wysokie salda"},
    "DE": {"high_risk": "Hohes Risiko", "high_profile": "Prominente Kunden", "fraud": "Betrugsverdacht",
           "watchlist": "Hohe Salden"},
}
