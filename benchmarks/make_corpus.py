"""Write a realistic benchmark corpus: N news articles over several stories that disagree on details.

    python benchmarks/make_corpus.py --sources 400 --out /tmp/corpus400
    python benchmarks/make_corpus.py --sources 10000 --out /tmp/corpus10k --seed 7

Every story (talks, a disaster, a plant closure, a trial, an election, a match) has its people, places,
dates and figures, drawn from a seeded random generator; each of its sources tells it in its own words
and order, with a few details changed (another city, another count, a longer title, a reworded quote,
another spelling of a name), then adds paragraphs of background prose until the article is between 300
and 1,500 words. The same seed always writes the same corpus. Files are Markdown with YAML front matter
(outlet, published); the story of each file is in its name (``s0042-07.md``) for checking, never read
by reconcile.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

FIRST = ["Anna", "Marek", "Lucia", "Tomas", "Ingrid", "Pavel", "Sofia", "Jonas", "Elena", "Rafael", "Greta",
         "Mikael", "Nadia", "Oskar", "Beatriz", "Henrik", "Irena", "Matteo", "Clara", "Viktor", "Leila", "Anders",
         "Marta", "Dario", "Helena", "Stefan", "Julia", "Emil", "Paula", "Karim", "Vera", "Bruno", "Alina",
         "Felix", "Rosa", "Ivo", "Lena", "Nikolai", "Teresa", "Goran", "Maren", "Hugo", "Zofia", "Aleksander",
         "Yusuf", "Amira", "Tobias", "Ilse", "Ruben", "Noor", "Kasper", "Milena", "Luka", "Agnes", "Dmitri",
         "Selin", "Jakob", "Ewa", "Andrej", "Freya"]
# Given names that outlets spell two ways.
VARIANTS = {"Aleksander": "Alexander", "Nikolai": "Nikolay", "Dmitri": "Dmitry", "Yusuf": "Yousef",
            "Zofia": "Sofia", "Andrej": "Andrei", "Milena": "Mileva", "Karim": "Kareem"}
LAST = ["Halvorsen", "Brandt", "Kowalczyk", "Moreau", "Ferrante", "Lindqvist", "Novak", "Castellanos", "Weber",
        "Jansen", "Horvath", "Ostrowski", "Marchetti", "Dahlberg", "Szabo", "Okafor", "Varga", "Petrov", "Aalto",
        "Rinaldi", "Kovacs", "Lundgren", "Esposito", "Becker", "Nieminen", "Vidal", "Sorensen", "Pires", "Keller",
        "Mazur", "Hoffmann", "Laine", "Duarte", "Janssen", "Bauer", "Kaminski", "Olsen", "Ricci", "Wagner",
        "Fischer", "Toivonen", "Almeida", "Nyberg", "Zielinski", "Costa", "Vogel", "Dvorak", "Lehmann", "Fontaine",
        "Barros", "Holm", "Sandberg", "Urban", "Koch", "Moretti", "Berg", "Kral", "Engel", "Galli", "Wojcik",
        "Strand", "Marin", "Sauer", "Pavlov", "Lorenz", "Hansen", "Rossetti", "Haas", "Nowicki", "Ekstrom"]
CITIES = ["Lyon", "Porto", "Graz", "Krakow", "Valencia", "Zaragoza", "Gdansk", "Bergen", "Tampere", "Utrecht",
          "Antwerp", "Turin", "Bologna", "Seville", "Malaga", "Brno", "Leipzig", "Dresden", "Aarhus", "Gothenburg",
          "Lodz", "Bilbao", "Marseille", "Toulouse", "Nantes", "Bordeaux", "Rotterdam", "Eindhoven", "Ghent",
          "Liege", "Salzburg", "Innsbruck", "Linz", "Wroclaw", "Poznan", "Lublin", "Ostrava", "Kosice", "Debrecen",
          "Szeged", "Timisoara", "Iasi", "Varna", "Plovdiv", "Thessaloniki", "Patras", "Split", "Rijeka",
          "Maribor", "Trieste", "Genoa", "Florence", "Naples", "Palermo", "Bari", "Verona", "Murcia", "Alicante",
          "Cordoba", "Granada", "Coimbra", "Braga", "Malmo", "Uppsala", "Odense", "Aalborg", "Trondheim",
          "Stavanger", "Turku", "Oulu", "Tartu", "Kaunas", "Nuremberg", "Stuttgart", "Hanover", "Bremen",
          "Essen", "Dortmund", "Mannheim", "Freiburg", "Basel", "Lausanne", "Geneva", "Zurich", "Bern", "Lille",
          "Strasbourg", "Montpellier", "Rennes", "Grenoble", "Nice", "Dijon", "Cork", "Galway", "Leeds",
          "Glasgow", "Bristol", "Cardiff", "Belfast", "Sheffield"]
ORG_HEADS = ["Norvik", "Aldera", "Belmar", "Castora", "Delvin", "Estral", "Fenwick", "Galtor", "Helvan", "Istra",
             "Jorvan", "Kelmar", "Lumera", "Marvik", "Nordel", "Orvena", "Pellam", "Quorin", "Rastel", "Solvar",
             "Tavern", "Ulmara", "Velcor", "Wendal", "Xandor", "Ystral", "Zentra", "Arvella", "Brisco", "Corvane"]
ORG_TAILS = ["Energy", "Motors", "Steel", "Chemicals", "Logistics", "Foods", "Textiles", "Pharma", "Glass",
             "Paper", "Rail", "Cement", "Electronics", "Shipyards", "Aerospace"]
OUTLETS = ["Morning Ledger", "Evening Courier", "Daily Gazette", "Wire Service", "City Herald", "Regional Post",
           "Business Desk", "Continental Times", "The Observer Weekly", "Radio News", "Metro Daily", "News Agency",
           "Coastal Tribune", "Valley Chronicle", "Capital Report", "Harbour News"]
MINISTRIES = [("Trade", "Trade and Industry"), ("Transport", "Transport and Infrastructure"),
              ("Energy", "Energy and Climate"), ("Finance", "Finance and Economy"), ("Health", "Health and Care"),
              ("Interior", "Interior and Security"), ("Agriculture", "Agriculture and Fisheries")]
ORDINALS = ["first", "second", "third", "fourth", "fifth"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                10: "ten", 11: "eleven", 12: "twelve"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Background prose: sentences built from parts, so no two articles share their paragraphs.
OPENERS = ["Analysts said", "Local officials noted", "Observers pointed out", "Residents told reporters",
           "Critics argued", "Supporters of the plan said", "Economists warned", "Opposition figures claimed",
           "Industry groups said", "Several experts said", "Diplomats privately acknowledged",
           "Community leaders said"]
CLAIMS = ["the decision would shape the region for years to come", "the timing had caught many by surprise",
          "the costs had been underestimated from the start", "public trust would depend on what happens next",
          "the process had been slower than promised", "similar cases had ended very differently",
          "the figures released so far were incomplete", "the talks had become more difficult in recent months",
          "funding for the project was far from secure", "the debate had exposed old divisions",
          "a compromise was still possible", "the response had been better organised than in earlier years",
          "smaller towns were often left out of such plans", "the rules had not kept pace with the market",
          "the authorities should publish more information", "the situation remained fragile"]
TOPICS = ["housing", "transport links", "energy prices", "local budgets", "water supply", "public health",
          "jobs in the area", "regional trade", "school funding", "road safety", "tourism", "farm incomes"]
LINKS = ["Meanwhile,", "In a separate development,", "At the same time,", "Earlier this year,", "For now,",
         "Over the past decade,", "According to figures published last year,", "By contrast,"]
FACTS = ["spending on {topic} rose sharply", "the debate over {topic} dominated local meetings",
         "complaints about {topic} doubled", "a report on {topic} called for urgent reform",
         "polls showed growing concern about {topic}", "a new agency was set up to oversee {topic}",
         "investment in {topic} fell behind neighbouring regions", "{topic} became a campaign issue"]
CLOSERS = ["Further details are expected in the coming days.", "The story is developing.",
           "Officials did not respond to requests for comment.", "A spokesperson declined to give a date.",
           "More updates will follow as information becomes available.",
           "Neither side commented on the reports by the time of publication."]


class Story:
    """One story's facts; each source tells them with a few details changed."""

    def __init__(self, rng: random.Random, number: int, start: dt.date):
        self.rng = rng
        self.number = number
        self.kind = rng.choice(["talks", "disaster", "plant", "trial", "election", "match"])
        self.people: list[tuple[str, str]] = []
        while len(self.people) < 4:
            person = (rng.choice(FIRST), rng.choice(LAST))
            if person not in self.people:
                self.people.append(person)
        self.cities = rng.sample(CITIES, 3)
        self.org = f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TAILS)}"
        self.org2 = f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TAILS)}"
        self.day = start + dt.timedelta(days=rng.randrange(0, 60))
        self.ministry = rng.choice(MINISTRIES)
        self.ordinal = rng.randrange(1, 4)
        self.count = rng.randrange(8, 60)
        self.injured = self.count + rng.randrange(5, 90)
        self.jobs = rng.randrange(3, 40) * 50
        self.years = rng.randrange(3, 15)
        self.share = rng.randrange(38, 58)
        self.score = (rng.randrange(1, 5), rng.randrange(0, 3))
        self.evacuated = rng.randrange(2, 30) * 100

    def name(self, i: int, rng: random.Random, full: bool = True) -> str:
        first, last = self.people[i]
        if first in VARIANTS and rng.random() < 0.3:
            first = VARIANTS[first]
        return f"{first} {last}" if full else last

    def facts(self, rng: random.Random) -> tuple[str, list[str]]:
        """A headline and the story's sentences as one source tells them."""
        def vary(value, other, p=0.18):
            return other if rng.random() < p else value

        city = vary(self.cities[0], self.cities[1])
        when = self.day
        date = f"{MONTHS[when.month - 1]} {when.day}"
        date = vary(date, f"{MONTHS[when.month - 1]} {min(28, when.day + 1)}", 0.1)
        lead, second = self.name(0, rng), self.name(1, rng)
        short, long_ = self.ministry
        title = vary(f"Deputy Minister for {short}", f"Deputy Minister for {long_}", 0.3)
        quote = rng.choice(["We will not accept any delay", "We have done everything we could",
                            "This is a difficult day for everyone", "Nothing has been decided yet"])
        quote_end = vary(" and we will keep working", " and we will keep on working", 0.25)
        said = f'"{quote}{quote_end}," {rng.choice(["said", "told reporters", "said in a statement"])} {lead}.'
        k = self.kind
        if k == "talks":
            ordinal = ORDINALS[vary(self.ordinal, self.ordinal + 1, 0.15)]
            head = f"New round of talks between {self.org} and {self.org2} set for {city}"
            lines = [
                f"The {ordinal} round of talks between {self.org} and {self.org2} will be held in {city} on {date}, "
                f"officials said.",
                f"{title} {lead} will lead the delegation, while {second} will represent {self.org2}.",
                f"The previous round was held in {self.cities[2]} earlier this year.", said,
            ]
        elif k == "disaster":
            what = rng.choice(["floods", "an earthquake", "a fire", "a storm"])
            dead = vary(self.count, self.count + rng.randrange(3, 9))
            dead_text = NUMBER_WORDS.get(dead, str(dead))
            head = f"{dead} dead after {what.split()[-1]} hits {city}"
            lines = [
                f"{what.capitalize()} in {city} on {WEEKDAYS[when.weekday()]} killed {dead_text} people and injured "
                f"{vary(self.injured, self.injured + 10)} others, {rng.choice(['officials', 'police', 'the mayor'])} "
                f"said.",
                f"About {vary(self.evacuated, self.evacuated + 200)} residents were evacuated from their homes.",
                f"{title} {lead} visited the area and promised emergency aid.", said,
            ]
        elif k == "plant":
            month = MONTHS[(when.month + vary(2, 4, 0.15)) % 12]
            jobs = vary(self.jobs, self.jobs + 150)
            head = f"{self.org} to close {city} plant"
            lines = [
                f"{self.org} said on {WEEKDAYS[when.weekday()]} it will close its plant in {city} in {month}, "
                f"cutting {jobs} jobs.",
                f"Chief executive {lead} said the decision was painful but necessary.",
                f"Union leader {second} said workers would fight the closure.", said,
            ]
        elif k == "trial":
            years = vary(self.years, self.years + 2)
            head = f"Court in {city} sentences former official"
            lines = [
                f"A court in {city} on {WEEKDAYS[when.weekday()]} sentenced {second}, a former official of "
                f"{self.org}, to {years} years in prison for fraud.",
                f"Prosecutor {lead} had asked for a longer sentence.",
                f"The defence said it would appeal to the higher court in {self.cities[2]}.", said,
            ]
        elif k == "election":
            share = vary(self.share, self.share + 3)
            head = f"{self.name(1, rng, False)} leads in {city} vote"
            lines = [
                f"{second} won {share} percent of the vote in the {ORDINALS[vary(0, 1, 0.12)]} round of the mayoral "
                f"election in {city}, the electoral commission said.",
                f"A run-off against {lead} will be held on {date}.",
                f"Turnout was {rng.randrange(40, 70)} percent, officials said.", said,
            ]
        else:
            a, b = self.score
            a = vary(a, a + 1, 0.15)
            head = f"{self.org.split()[0]} beat {self.org2.split()[0]} in {city}"
            lines = [
                f"{self.org.split()[0]} beat {self.org2.split()[0]} {a}-{b} in {city} on "
                f"{WEEKDAYS[when.weekday()]}.",
                f"Coach {lead} said the team had deserved the win.",
                f"Captain {second} scored twice in front of {vary(self.evacuated * 10, self.evacuated * 10 + 500)} "
                f"fans.", said,
            ]
        tail = [f"{self.name(0, rng, False)} said more information would follow.",
                f"{self.name(2, rng)}, an adviser to the {self.org}, said the matter was under review.",
                f"Reporters in {self.cities[0]} described a tense atmosphere."]
        rng.shuffle(tail)
        return head, lines[:1] + rng.sample(lines[1:], len(lines) - 1) + tail[:rng.randrange(1, 4)]


def filler_paragraph(rng: random.Random, story: Story) -> str:
    sentences = []
    for _ in range(rng.randrange(3, 6)):
        shape = rng.random()
        if shape < 0.45:
            sentences.append(f"{rng.choice(OPENERS)} {rng.choice(CLAIMS)}.")
        elif shape < 0.8:
            fact = rng.choice(FACTS).format(topic=rng.choice(TOPICS))
            sentences.append(f"{rng.choice(LINKS)} {fact}.")
        else:
            who = rng.choice(["many residents", "shop owners", "local officials", "union members", "teachers"])
            sentences.append(f"In {rng.choice(story.cities)}, {who} {rng.choice(['say', 'believe', 'fear'])} "
                             f"{rng.choice(CLAIMS)}.")
    return " ".join(s[0].upper() + s[1:] for s in sentences)


def article(rng: random.Random, story: Story) -> tuple[str, str, str]:
    head, lines = story.facts(rng)
    target = rng.randrange(300, 1501)
    paragraphs = []
    chunk = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == 2 or line is lines[-1]:
            paragraphs.append(" ".join(chunk))
            chunk = []
    words = sum(len(p.split()) for p in paragraphs) + len(head.split())
    while words < target - 25:
        para = filler_paragraph(rng, story)
        paragraphs.insert(rng.randrange(2, len(paragraphs) + 1), para)
        words += len(para.split())
    paragraphs.append(rng.choice(CLOSERS))
    published = story.day - dt.timedelta(days=rng.randrange(0, 3))
    front = f"title: {head}\noutlet: {rng.choice(OUTLETS)}\npublished: {published.isoformat()}"
    return head, front, "\n\n".join(paragraphs)


def make_corpus(sources: int, out: Path, seed: int = 1) -> dict[str, int]:
    """Write ``sources`` articles into ``out``; return how many sources each story got."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    start = dt.date(2026, 1, 5)
    n = 0
    number = 0
    while n < sources:
        story = Story(random.Random(rng.random()), number, start)
        size = min(sources - n, rng.randrange(5, 21))
        for i in range(size):
            _head, front, body = article(random.Random(rng.random()), story)
            name = f"s{number:04d}-{i + 1:02d}.md"
            (out / name).write_text(f"---\n{front}\n---\n{body}\n", encoding="utf-8")
        counts[f"s{number:04d}"] = size
        n += size
        number += 1
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, required=True, help="number of articles to write")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them into (created)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default: 1)")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        raise SystemExit(f"{args.out} is not empty; choose an empty or new folder")
    counts = make_corpus(args.sources, args.out, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in args.out.iterdir())
    print(f"{args.sources} articles over {len(counts)} stories, {words} words, in {args.out}")


if __name__ == "__main__":
    main()
