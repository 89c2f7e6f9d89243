#include "NameGenerator.h"

#include <QStringList>

namespace {
const char *const kFirst[] = {
    "Liam",      "Olivia",   "Noah",      "Emma",        "Oliver",  "Charlotte", "Elijah",    "Amelia",    "James",
    "Sophia",    "William",  "Isabella",  "Benjamin",    "Mia",     "Lucas",     "Evelyn",    "Henry",     "Harper",
    "Theodore",  "Luna",     "Jack",      "Camila",      "Levi",    "Gianna",    "Alexander", "Elizabeth", "Jackson",
    "Eleanor",   "Mateo",    "Ella",      "Daniel",      "Abigail", "Michael",   "Sofia",     "Mason",     "Avery",
    "Sebastian", "Scarlett", "Ethan",     "Emily",       "Logan",   "Aria",      "Owen",      "Penelope",  "Samuel",
    "Chloe",     "Jacob",    "Layla",     "Asher",       "Mila",    "Aiden",     "Nora",      "John",      "Hazel",
    "Joseph",    "Madison",  "Wyatt",     "Ellie",       "David",   "Lily",      "Leo",       "Nova",      "Luke",
    "Isla",      "Julian",   "Grace",     "Hudson",      "Violet",  "Grayson",   "Aurora",    "Matthew",   "Riley",
    "Ezra",      "Zoey",     "Gabriel",   "Willow",      "Carter",  "Emilia",    "Isaac",     "Stella",    "Jayden",
    "Zoë",       "Luca",     "Victoria",  "Anthony",     "Hannah",  "Dylan",     "Addison",   "Lincoln",   "Leah",
    "Thomas",    "Lucy",     "Maverick",  "Eliana",      "Elias",   "Ivy",       "Josiah",    "Everly",    "Charles",
    "Lillian",   "Caleb",    "Paisley",   "Christopher", "Elena",   "Ezekiel",   "Naomi",     "Miles",     "Maya",
    "Jaxon",     "Natalie",  "Isaiah",    "Kinsley",     "Andrew",  "Delilah",   "Joshua",    "Claire",    "Nathan",
    "Audrey",    "Nolan",    "Aaliyah",   "Adrian",      "Ruby",    "Cameron",   "Brooklyn",  "Santiago",  "Alice",
    "Eli",       "Aubrey",   "Aaron",     "Autumn",      "Ryan",    "Leilani",   "Angel",     "Savannah",  "Cooper",
    "Valentina", "Waylon",   "Kennedy",   "Easton",      "Madelyn", "Kai",       "Josephine", "Christian", "Bella",
    "Landon",    "Skylar",   "Colton",    "Genesis",     "Roman",   "Sadie",     "Axel",      "Hiroshi",   "Yuki",
    "Priya",     "Arjun",    "Wei",       "Mei",         "Søren",   "Ingrid",    "José",      "Lucía",     "François",
    "Chloé",     "Jürgen",   "Anneliese", "Kwame",       "Amara",   "Tomás",     "Siobhan",   "Niamh",     "Dmitri",
    "Olga",      "Fatima",   "Omar",      "Ayesha",      "Kenji",   "Sakura",    "Ravi",      "Ananya"};
const char *const kLast[] = {
    "Smith",    "Johnson",   "Williams", "Brown",     "Jones",     "Garcia",    "Miller",   "Davis",      "Rodriguez",
    "Martinez", "Hernandez", "Lopez",    "Gonzalez",  "Wilson",    "Anderson",  "Thomas",   "Taylor",     "Moore",
    "Jackson",  "Martin",    "Lee",      "Perez",     "Thompson",  "White",     "Harris",   "Sanchez",    "Clark",
    "Ramirez",  "Lewis",     "Robinson", "Walker",    "Young",     "Allen",     "King",     "Wright",     "Scott",
    "Torres",   "Nguyen",    "Hill",     "Flores",    "Green",     "Adams",     "Nelson",   "Baker",      "Hall",
    "Rivera",   "Campbell",  "Mitchell", "Carter",    "Roberts",   "Gomez",     "Phillips", "Evans",      "Turner",
    "Diaz",     "Parker",    "Cruz",     "Edwards",   "Collins",   "Reyes",     "Stewart",  "Morris",     "Morales",
    "Murphy",   "Cook",      "Rogers",   "Gutierrez", "Ortiz",     "Morgan",    "Cooper",   "Peterson",   "Bailey",
    "Reed",     "Kelly",     "Howard",   "Ramos",     "Kim",       "Cox",       "Ward",     "Richardson", "Watson",
    "Brooks",   "Chavez",    "Wood",     "James",     "Bennett",   "Gray",      "Mendoza",  "Ruiz",       "Hughes",
    "Price",    "Alvarez",   "Castillo", "Sanders",   "Patel",     "Myers",     "Long",     "Ross",       "Foster",
    "Jimenez",  "Tanaka",    "Suzuki",   "Chen",      "Wang",      "Zhang",     "Müller",   "Schmidt",    "Schneider",
    "Fischer",  "Dubois",    "Lefèvre",  "Rossi",     "Bianchi",   "Kowalski",  "Nowak",    "Novák",      "Ivanov",
    "Petrov",   "O'Brien",   "Byrne",    "Andersson", "Johansson", "Nielsen",   "Hansen",   "Okafor",     "Mensah",
    "Haddad",   "Khan",      "Singh",    "Sharma",    "Yamamoto",  "Kobayashi", "da Silva", "Santos",     "Oliveira",
    "Pereira",  "Costa",     "Van Dijk", "De Vries"};
const char *const kDomains[] = {"northwind.test",
                                "contoso.test",
                                "initech.test",
                                "hooli.test",
                                "vandelay.test",
                                "wayne-enterprises.test",
                                "stark-industries.test",
                                "tyrell.test",
                                "cyberdyne.test",
                                "soylent.test",
                                "wonka.test",
                                "oscorp.test"};

bool isBanned(const QString &text)
{
    static const char *const kBanned[] = {"ada", "max", "uma", "otto", "bea"};
    const QString lower = text.toLower();
    for (const char *word : kBanned) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

QString asciiFold(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && (c.isLetterOrNumber()))
            out += c.toLower();
        else if (c.unicode() == 0x00f8 || c.unicode() == 0x00d8) // ø does not decompose
            out += QLatin1Char('o');
    }
    return out;
}
} // namespace

NameGenerator::NameGenerator()
{
    for (const char *name : kFirst) {
        const QString s = QString::fromUtf8(name);
        if (!isBanned(s) && !isBanned(asciiFold(s)))
            m_first << s;
    }
    for (const char *name : kLast) {
        const QString s = QString::fromUtf8(name);
        if (!isBanned(s) && !isBanned(asciiFold(s)))
            m_last << s;
    }
    for (const char *domain : kDomains)
        m_domains << QLatin1String(domain);
}

NameGenerator::Person NameGenerator::person(int i) const
{
    const int combos = int(m_first.size() * m_last.size());
    // A stride coprime with the number of pairs walks every pair once before repeating,
    // so neighbours in the sequence look unrelated.
    int stride = 7919;
    while (combos % stride == 0)
        stride += 2;
    const qint64 pair = (qint64(i % combos) * stride) % combos;
    const int repeat = i / combos;
    const QString &first = m_first.at(int(pair % m_first.size()));
    const QString &last = m_last.at(int(pair / m_first.size()));
    QString local = asciiFold(first) + QLatin1Char('.') + asciiFold(last);
    if (repeat > 0)
        local += QString::number(repeat + 1);
    QString email = local + QLatin1Char('@') + m_domains.at(int((pair + repeat) % m_domains.size()));
    if (isBanned(email)) // a banned word formed across the dot or with the domain
        email
            = QStringLiteral("member%1.%2@%3").arg(i).arg(asciiFold(last), m_domains.at(int(pair % m_domains.size())));
    return {first + QLatin1Char(' ') + last, email};
}
