#include "bench/SyntheticPeople.h"

#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace iin::bench {

namespace {

struct Name
{
    const char16_t* cyr;
    const char16_t* lat;
};

// Surnames in their masculine form; `feminine` says whether "-а" makes the feminine one.
struct Origin
{
    std::span<const Name> surnames;
    std::span<const Name> maleNames;
    std::span<const Name> femaleNames;
    bool feminine;    // Ахметов / Ахметова
    bool patronymic;  // Kazakh "-ұлы/-қызы" or Russian "-ович/-овна"
    bool kazakhStyle; // patronymic as "Серікұлы"
    std::span<const char* const> citizenships;
    int weight; // per mille of the applicants
};

constexpr Name kazakhSurnames[] = {
    {u"Ахметов", u"Akhmetov"},
    {u"Әбдіқадыров", u"Abdikadyrov"},
    {u"Жұмабеков", u"Zhumabekov"},
    {u"Құдайбергенов", u"Kudaibergenov"},
    {u"Сәрсенбаев", u"Sarsenbaev"},
    {u"Өмірзақов", u"Omirzakov"},
    {u"Нұрмағамбетов", u"Nurmagambetov"},
    {u"Үсенов", u"Usenov"},
    {u"Ғабдуллин", u"Gabdullin"},
    {u"Қасымов", u"Kassymov"},
    {u"Төлегенов", u"Tolegenov"},
    {u"Бекмұхамбетов", u"Bekmukhambetov"},
    {u"Ержанов", u"Erzhanov"},
    {u"Сұлтанбеков", u"Sultanbekov"},
    {u"Тоқтаров", u"Toktarov"},
    {u"Әлиев", u"Aliev"},
    {u"Мұқанов", u"Mukanov"},
    {u"Шәкенов", u"Shakenov"},
    {u"Байжанов", u"Baizhanov"},
    {u"Қалиев", u"Kaliev"},
    {u"Нұрланов", u"Nurlanov"},
    {u"Есенқұлов", u"Esenkulov"},
    {u"Жақсылықов", u"Zhaksylykov"},
    {u"Көшербаев", u"Kosherbaev"},
    {u"Ықсанов", u"Yksanov"},
    {u"Ораз", u"Oraz"},
    {u"Дәулетов", u"Dauletov"},
    {u"Рахымжанов", u"Rakhymzhanov"},
};
constexpr Name kazakhMale[] = {
    {u"Нұрсұлтан", u"Nursultan"}, {u"Әлібек", u"Alibek"},  {u"Ерлан", u"Yerlan"},
    {u"Дәурен", u"Dauren"},       {u"Қайрат", u"Kairat"},  {u"Серік", u"Serik"},
    {u"Бауыржан", u"Bauyrzhan"},  {u"Ерғали", u"Yergali"}, {u"Асқар", u"Askar"},
    {u"Төлеген", u"Tolegen"},     {u"Мұхтар", u"Mukhtar"}, {u"Ғалым", u"Galym"},
    {u"Жандос", u"Zhandos"},      {u"Ұлан", u"Ulan"},      {u"Дархан", u"Darkhan"},
};
constexpr Name kazakhFemale[] = {
    {u"Әйгерім", u"Aigerim"}, {u"Гүлнар", u"Gulnar"},   {u"Жанар", u"Zhanar"},
    {u"Айгүл", u"Aigul"},     {u"Динара", u"Dinara"},   {u"Сәуле", u"Saule"},
    {u"Мөлдір", u"Moldir"},   {u"Ақмарал", u"Akmaral"}, {u"Гүлжан", u"Guljan"},
    {u"Назерке", u"Nazerke"}, {u"Іңкәр", u"Inkar"},     {u"Бибігүл", u"Bibigul"},
};
constexpr Name russianSurnames[] = {
    {u"Иванов", u"Ivanov"},     {u"Смирнов", u"Smirnov"},    {u"Кузнецов", u"Kuznetsov"},
    {u"Попов", u"Popov"},       {u"Васильев", u"Vasilev"},   {u"Петров", u"Petrov"},
    {u"Соколов", u"Sokolov"},   {u"Михайлов", u"Mikhailov"}, {u"Новиков", u"Novikov"},
    {u"Фёдоров", u"Fedorov"},   {u"Морозов", u"Morozov"},    {u"Волков", u"Volkov"},
    {u"Алексеев", u"Alekseev"}, {u"Лебедев", u"Lebedev"},    {u"Семёнов", u"Semenov"},
    {u"Егоров", u"Egorov"},     {u"Павлов", u"Pavlov"},      {u"Козлов", u"Kozlov"},
    {u"Степанов", u"Stepanov"}, {u"Николаев", u"Nikolaev"},  {u"Орлов", u"Orlov"},
    {u"Андреев", u"Andreev"},   {u"Макаров", u"Makarov"},    {u"Никитин", u"Nikitin"},
    {u"Захаров", u"Zakharov"},  {u"Зайцев", u"Zaitsev"},     {u"Соловьёв", u"Solovev"},
    {u"Борисов", u"Borisov"},   {u"Яковлев", u"Iakovlev"},   {u"Григорьев", u"Grigorev"},
    {u"Романов", u"Romanov"},   {u"Воробьёв", u"Vorobev"},   {u"Щербаков", u"Shcherbakov"},
};
constexpr Name russianMale[] = {
    {u"Александр", u"Aleksandr"}, {u"Сергей", u"Sergei"},     {u"Дмитрий", u"Dmitrii"},
    {u"Андрей", u"Andrei"},       {u"Алексей", u"Aleksei"},   {u"Максим", u"Maksim"},
    {u"Евгений", u"Evgenii"},     {u"Иван", u"Ivan"},         {u"Михаил", u"Mikhail"},
    {u"Николай", u"Nikolai"},     {u"Владимир", u"Vladimir"}, {u"Юрий", u"Iurii"},
};
constexpr Name russianFemale[] = {
    {u"Елена", u"Elena"},         {u"Ольга", u"Olga"},     {u"Наталья", u"Natalia"},
    {u"Екатерина", u"Ekaterina"}, {u"Анна", u"Anna"},      {u"Татьяна", u"Tatiana"},
    {u"Мария", u"Mariia"},        {u"Ирина", u"Irina"},    {u"Юлия", u"Iuliia"},
    {u"Светлана", u"Svetlana"},   {u"Ксения", u"Kseniia"}, {u"Дарья", u"Daria"},
};
constexpr Name uzbekSurnames[] = {
    {u"Каримов", u"Karimov"},       {u"Рахимов", u"Rakhimov"},  {u"Юсупов", u"Yusupov"},
    {u"Исмаилов", u"Ismailov"},     {u"Турсунов", u"Tursunov"}, {u"Абдуллаев", u"Abdullaev"},
    {u"Холматов", u"Kholmatov"},    {u"Эргашев", u"Ergashev"},  {u"Мирзаев", u"Mirzaev"},
    {u"Насруллаев", u"Nasrullaev"}, {u"Усмонов", u"Usmonov"},   {u"Жураев", u"Juraev"},
    {u"Хасанов", u"Khasanov"},      {u"Султонов", u"Sultonov"}, {u"Шарипов", u"Sharipov"},
};
constexpr Name uzbekMale[] = {
    {u"Бахтиёр", u"Bakhtiyor"}, {u"Шерзод", u"Sherzod"},  {u"Жасур", u"Jasur"},
    {u"Азиз", u"Aziz"},         {u"Улугбек", u"Ulugbek"}, {u"Рустам", u"Rustam"},
    {u"Фаррух", u"Farrukh"},    {u"Отабек", u"Otabek"},   {u"Санжар", u"Sanjar"},
};
constexpr Name uzbekFemale[] = {
    {u"Дилноза", u"Dilnoza"}, {u"Гулнора", u"Gulnora"}, {u"Нилуфар", u"Nilufar"},
    {u"Малика", u"Malika"},   {u"Зарина", u"Zarina"},   {u"Шахноза", u"Shakhnoza"},
    {u"Феруза", u"Feruza"},   {u"Мохира", u"Mokhira"},
};
constexpr Name kyrgyzSurnames[] = {
    {u"Асанов", u"Asanov"},   {u"Жээнбеков", u"Jeenbekov"},     {u"Токтогулов", u"Toktogulov"},
    {u"Бакиев", u"Bakiev"},   {u"Осмонов", u"Osmonov"},         {u"Мамытов", u"Mamytov"},
    {u"Сыдыков", u"Sydykov"}, {u"Абдыкеримов", u"Abdykerimov"},
};
constexpr Name kyrgyzMale[] = {
    {u"Бакыт", u"Bakyt"},   {u"Нурбек", u"Nurbek"},     {u"Эрмек", u"Ermek"},
    {u"Азамат", u"Azamat"}, {u"Темирлан", u"Temirlan"}, {u"Чынгыз", u"Chyngyz"},
};
constexpr Name kyrgyzFemale[] = {
    {u"Айпери", u"Aiperi"},   {u"Нургуль", u"Nurgul"}, {u"Жылдыз", u"Zhyldyz"},
    {u"Бегимай", u"Begimai"}, {u"Чолпон", u"Cholpon"},
};
constexpr Name chineseSurnames[] = {
    {u"Ван", u"Wang"},  {u"Ли", u"Li"},     {u"Чжан", u"Zhang"}, {u"Лю", u"Liu"},
    {u"Чэнь", u"Chen"}, {u"Ян", u"Yang"},   {u"Хуан", u"Huang"}, {u"Чжао", u"Zhao"},
    {u"У", u"Wu"},      {u"Чжоу", u"Zhou"}, {u"Сюй", u"Xu"},     {u"Сунь", u"Sun"},
    {u"Ма", u"Ma"},     {u"Чжу", u"Zhu"},   {u"Ху", u"Hu"},      {u"Го", u"Guo"},
};
constexpr Name chineseMale[] = {
    {u"Вэй", u"Wei"},          {u"Цян", u"Qiang"},      {u"Лэй", u"Lei"}, {u"Цзюнь", u"Jun"},
    {u"Ян", u"Yang"},          {u"Юн", u"Yong"},        {u"Цзе", u"Jie"}, {u"Тао", u"Tao"},
    {u"Миншэн", u"Mingsheng"}, {u"Хаожань", u"Haoran"},
};
constexpr Name chineseFemale[] = {
    {u"Фан", u"Fang"}, {u"На", u"Na"},   {u"Мин", u"Min"}, {u"Цзин", u"Jing"},
    {u"Ли", u"Li"},    {u"Янь", u"Yan"}, {u"Сюэ", u"Xue"}, {u"Мэйлин", u"Meiling"},
};
constexpr Name turkishSurnames[] = {
    {u"Йылмаз", u"Yilmaz"},     {u"Кая", u"Kaya"},      {u"Демир", u"Demir"},
    {u"Шахин", u"Sahin"},       {u"Челик", u"Celik"},   {u"Йылдыз", u"Yildiz"},
    {u"Йылдырым", u"Yildirim"}, {u"Озтюрк", u"Ozturk"}, {u"Айдын", u"Aydin"},
    {u"Озденир", u"Ozdemir"},   {u"Арслан", u"Arslan"}, {u"Доган", u"Dogan"},
    {u"Кылыч", u"Kilic"},       {u"Аслан", u"Aslan"},
};
constexpr Name turkishMale[] = {
    {u"Мехмет", u"Mehmet"},  {u"Мустафа", u"Mustafa"}, {u"Ахмет", u"Ahmet"}, {u"Али", u"Ali"},
    {u"Хусейн", u"Huseyin"}, {u"Хасан", u"Hasan"},     {u"Эмре", u"Emre"},   {u"Бурак", u"Burak"},
};
constexpr Name turkishFemale[] = {
    {u"Айше", u"Ayse"},     {u"Фатма", u"Fatma"}, {u"Эмине", u"Emine"}, {u"Хатидже", u"Hatice"},
    {u"Зейнеп", u"Zeynep"}, {u"Элиф", u"Elif"},   {u"Мерве", u"Merve"},
};
constexpr Name germanSurnames[] = {
    {u"Мюллер", u"Mueller"},  {u"Шмидт", u"Schmidt"}, {u"Шнайдер", u"Schneider"},
    {u"Фишер", u"Fischer"},   {u"Вебер", u"Weber"},   {u"Майер", u"Meyer"},
    {u"Вагнер", u"Wagner"},   {u"Беккер", u"Becker"}, {u"Шульц", u"Schulz"},
    {u"Гофман", u"Hoffmann"}, {u"Кох", u"Koch"},      {u"Рихтер", u"Richter"},
};
constexpr Name germanMale[] = {
    {u"Томас", u"Thomas"},  {u"Михаэль", u"Michael"},    {u"Андреас", u"Andreas"},
    {u"Штефан", u"Stefan"}, {u"Кристиан", u"Christian"}, {u"Йоханнес", u"Johannes"},
};
constexpr Name germanFemale[] = {
    {u"Сабине", u"Sabine"}, {u"Петра", u"Petra"}, {u"Юлия", u"Julia"},
    {u"Катрин", u"Katrin"}, {u"Анна", u"Anna"},   {u"Лаура", u"Laura"},
};

// Kandas (ethnic Kazakhs) come mostly from China, Mongolia, Uzbekistan and Russia.
constexpr const char* kazakhFrom[] = {"CHN", "MNG", "UZB", "RUS", "TKM", "CHN", "UZB"};
constexpr const char* russianFrom[] = {"RUS", "RUS", "RUS", "UKR", "BLR"};
constexpr const char* uzbekFrom[] = {"UZB"};
constexpr const char* kyrgyzFrom[] = {"KGZ"};
constexpr const char* chineseFrom[] = {"CHN"};
constexpr const char* turkishFrom[] = {"TUR"};
constexpr const char* germanFrom[] = {"DEU"};
constexpr const char* statelessFrom[] = {"XXA"};

const std::array<Origin, 8>& origins()
{
    static const std::array<Origin, 8> list{{
        {kazakhSurnames, kazakhMale, kazakhFemale, true, true, true, kazakhFrom, 250},
        {russianSurnames, russianMale, russianFemale, true, true, false, russianFrom, 240},
        {uzbekSurnames, uzbekMale, uzbekFemale, true, true, false, uzbekFrom, 160},
        {kyrgyzSurnames, kyrgyzMale, kyrgyzFemale, true, true, false, kyrgyzFrom, 80},
        {chineseSurnames, chineseMale, chineseFemale, false, false, false, chineseFrom, 120},
        {turkishSurnames, turkishMale, turkishFemale, false, false, false, turkishFrom, 70},
        {germanSurnames, germanMale, germanFemale, false, false, false, germanFrom, 40},
        {russianSurnames, russianMale, russianFemale, true, true, false, statelessFrom, 40},
    }};
    return list;
}

quint64 mix(quint64 x)
{
    // splitmix64: a cheap, well-spread hash of the person's number.
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

template <typename T>
const T& pick(std::span<const T> list, quint64 h)
{
    return list[size_t(h % list.size())];
}

QString digits(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QChar(u'0'));
}

// A number unique per person: n spread over the 10^7 range by a multiplier prime to 10.
quint64 serial7(qint64 n)
{
    return (quint64(n) * 1234577ULL + 4242ULL) % 10000000ULL;
}

// Passport numbers the way each country prints them.
QString documentNumber(const QString& country, qint64 n, quint64 h)
{
    const quint64 s = serial7(n);
    const quint64 block = quint64(n) / 10000000ULL; // beyond ten million people
    static const char16_t letters[] = u"ABCDEFGHKLMNPRSTUXZ";
    const auto letter = [&](int shift) { return QChar(letters[(h >> shift) % 19]); };
    if (country == u"RUS")
        return digits(70 + (h % 30) + block, 2) + u' ' + digits(s, 7); // "75 1234567"
    if (country == u"UKR" || country == u"BLR")
        return QString(letter(3)) + letter(7) + digits(s, 7); // "FA1234567"
    if (country == u"UZB")
        return QStringLiteral("F") + letter(5) + digits(s, 7);
    if (country == u"KGZ")
        return QStringLiteral("AC") + digits(s, 7);
    if (country == u"CHN")
        return QStringLiteral("E") + digits((h % 9) + 1, 1) + digits(s, 7); // "E51234567"
    if (country == u"TUR")
        return QStringLiteral("U") + digits(block, 1) + digits(s, 7);
    if (country == u"DEU")
        return QStringLiteral("C") + letter(9) + digits(block, 1) + digits(s, 7);
    if (country == u"MNG")
        return QStringLiteral("E") + digits(s, 7);
    if (country == u"TKM")
        return QStringLiteral("A") + digits(s, 7);
    return QStringLiteral("XX") + digits(s, 7); // stateless person's travel document
}

QString patronymicOf(const Origin& o, const Name& father, bool male, bool latin)
{
    QString base = QString::fromUtf16(latin ? father.lat : father.cyr);
    if (o.kazakhStyle)
        return base + (latin ? (male ? u"uly"_s : u"kyzy"_s) : (male ? u"ұлы"_s : u"қызы"_s));
    // Russian style, simplified: Сергеевич / Sergeevich.
    if (base.endsWith(latin ? u"i"_s : u"й"_s))
        base.chop(1);
    if (latin)
        return base + (male ? u"evich"_s : u"evna"_s);
    return base + (male ? u"евич"_s : u"евна"_s);
}

} // namespace

Application SyntheticPeople::application(qint64 n)
{
    const quint64 h = mix(quint64(n));
    int roll = int(h % 1000);
    const Origin* origin = &origins().back();
    for (const Origin& o : origins()) {
        if (roll < o.weight) {
            origin = &o;
            break;
        }
        roll -= o.weight;
    }
    const bool male = (h >> 12) % 2 == 0;
    const Name& surname = pick(origin->surnames, h >> 16);
    const Name& given = pick(male ? origin->maleNames : origin->femaleNames, h >> 24);
    const Name& father = pick(origin->maleNames, h >> 32);

    Application a;
    a.channel = (h >> 40) % 10 == 0 ? Channel::Portal : Channel::StateCorporation;
    a.submittedOn = QDate(2019, 1, 9).addDays(qint64((h >> 20) % 2900));
    a.sex = male ? Sex::Male : Sex::Female;
    QString surCyr = QString::fromUtf16(surname.cyr);
    QString surLat = QString::fromUtf16(surname.lat);
    if (!male && origin->feminine &&
        (surCyr.endsWith(u"ов") || surCyr.endsWith(u"ев") || surCyr.endsWith(u"ёв") ||
         surCyr.endsWith(u"ин"))) {
        surCyr += u'а';
        surLat += u'a';
    }
    a.nameCyrillic = {surCyr, QString::fromUtf16(given.cyr),
                      origin->patronymic ? patronymicOf(*origin, father, male, false) : QString()};
    a.nameLatin = {surLat, QString::fromUtf16(given.lat),
                   origin->patronymic ? patronymicOf(*origin, father, male, true) : QString()};
    // Ages 0 to 75 on the day of submission, most between 18 and 50.
    const int ageYears = int((h >> 44) % 100) < 85 ? 18 + int((h >> 50) % 33) : int((h >> 50) % 76);
    a.birthDate = a.submittedOn.addYears(-ageYears).addDays(-qint64((h >> 8) % 365));
    a.citizenship = QString::fromLatin1(pick(origin->citizenships, h >> 36));
    a.birthPlace = a.citizenship == u"XXA" ? u"RUS"_s : a.citizenship;

    IdentityDocument d;
    d.type = a.citizenship == u"XXA" ? IdentityDocumentType::StatelessTravelDocument
                                     : IdentityDocumentType::Passport;
    d.number = documentNumber(a.citizenship, n, h);
    d.issuingState = a.citizenship == u"XXA" ? u"KAZ"_s : a.citizenship;
    d.issueDate = a.submittedOn.addDays(-qint64((h >> 28) % 3000));
    d.expiryDate = d.issueDate.addYears(10);
    d.issuingAuthority = u"Ministry of Internal Affairs"_s;
    a.identityDocument = d;
    a.addressOfStay = QStringLiteral("Алматы, ул. Абая, д. %1, кв. %2")
                          .arg(1 + (h >> 4) % 200)
                          .arg(1 + (h >> 14) % 300);
    a.contacts.phone = QStringLiteral("+7 70%1 %2").arg((h >> 6) % 10).arg(digits(h % 10000000, 7));
    a.consentToPersonalData = true;
    a.purposeOfStay = u"work"_s;
    a.attachments = {
        {AttachmentKind::ApplicationForm,
         u"application.pdf"_s,
         {},
         u"application/pdf"_s,
         false,
         false,
         {}},
        {AttachmentKind::IdentityDocumentCopy,
         u"passport.jpg"_s,
         {},
         u"image/jpeg"_s,
         true,
         false,
         {}},
    };
    return a;
}

QStringList SyntheticPeople::cyrillicSurnamePrefixes()
{
    return {u"Смирн"_s,  u"Кузн"_s, u"Поп"_s,  u"Фёдор"_s, u"Волк"_s, u"Кари"_s,
            u"Турсун"_s, u"Асан"_s, u"Йылм"_s, u"Чжан"_s,  u"Щерб"_s, u"Лебед"_s};
}

QStringList SyntheticPeople::latinSurnamePrefixes()
{
    return {u"Smirn"_s, u"Kuzn"_s,   u"Wang"_s, u"Zhou"_s,   u"Yilm"_s,    u"Schm"_s,
            u"Karim"_s, u"Ergash"_s, u"Akhm"_s, u"Toktog"_s, u"Mueller"_s, u"Ozturk"_s};
}

QStringList SyntheticPeople::kazakhSurnamePrefixes()
{
    return {u"Әбді"_s, u"Құдай"_s, u"Сәрс"_s,  u"Өмірз"_s, u"Нұрма"_s, u"Үсен"_s,
            u"Ғабд"_s, u"Қасым"_s, u"Төлег"_s, u"Мұқан"_s, u"Шәкен"_s, u"Көшер"_s};
}

} // namespace iin::bench
