#include "tests/TestSupport.h"

#include "core/documents/CertificateData.h"
#include "core/documents/CertificateLayout.h"
#include "core/documents/DocumentPdf.h"
#include "core/documents/ReceiptData.h"
#include "core/signing/SigningKey.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

// The printed documents end to end: rendered by iin-desk-cli to PDF, read back with poppler
// (pdftotext, pdftoppm, pdffonts) and with the QR reader of `certificate verify`.
class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void certificateText();
    void certificateEmbedsItsFonts();
    void certificateWithLongDataStaysOnePage();
    void certificateMarks_data();
    void certificateMarks();
    void certificateVerifiesFromPdfAndImage();
    void renderRefusesRealKeysAndMakesPreviews();
    void versionOneStillVerifies();
    void unreadableInputs();
    void renderRefusesBadData();
    void refusalListsEveryMissingDocument();
    void refusalFlowsOntoMorePages();
    void refusalFromCompletenessCheck();
    void acceptanceReceipt();
    void pagesMatchReferenceImages_data();
    void pagesMatchReferenceImages();
    void imageComparisonCatchesChanges();
    void dataFromApplicationAndFindings();

private:
    QJsonObject example(const QString& name) const;
    QString writeJson(const QString& name, const QJsonObject& o);
    QString renderCertificate(const QJsonObject& data, const QString& name,
                              const QStringList& extra = {});
    QString renderReceipt(const QString& kind, const QJsonObject& data, const QString& name);
    static int pdfPages(const QString& pdf);
    static QImage rasterize(const QString& pdf, int dpi, int page = 1);
    static QJsonObject verify(const QStringList& arguments, int* exitCode);

    QTemporaryDir m_dir;
};

// Compares two renderings of a page: small anti-aliasing differences pass, a moved, missing or
// changed block fails. The images are compared in 4×4-pixel cells (about 2 mm at 50 dpi): the
// mean difference of a cell stays small for anti-aliasing noise but is large wherever a piece
// of text or a line is not where it was.
static QString differences(const QImage& actual, const QImage& expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("size %1x%2, expected %3x%4")
            .arg(actual.width())
            .arg(actual.height())
            .arg(expected.width())
            .arg(expected.height());
    const QImage a = actual.convertToFormat(QImage::Format_Grayscale8);
    const QImage b = expected.convertToFormat(QImage::Format_Grayscale8);
    constexpr int Cell = 4;
    constexpr int CellLimit = 36;       // mean grey difference allowed in any cell (0..255)
    constexpr double NoisyShare = 0.01; // cells with a noticeable difference (> 12)
    int noisy = 0, cells = 0, worst = 0;
    QPoint worstAt;
    for (int y0 = 0; y0 + Cell <= a.height(); y0 += Cell) {
        for (int x0 = 0; x0 + Cell <= a.width(); x0 += Cell) {
            int sum = 0;
            for (int y = y0; y < y0 + Cell; ++y) {
                const uchar* la = a.constScanLine(y);
                const uchar* lb = b.constScanLine(y);
                for (int x = x0; x < x0 + Cell; ++x)
                    sum += std::abs(int(la[x]) - int(lb[x]));
            }
            const int mean = sum / (Cell * Cell);
            ++cells;
            noisy += mean > 12;
            if (mean > worst) {
                worst = mean;
                worstAt = {x0, y0};
            }
        }
    }
    if (worst > CellLimit || noisy > cells * NoisyShare)
        return QStringLiteral("worst cell difference %1 at (%2,%3); %4 of %5 cells differ")
            .arg(worst)
            .arg(worstAt.x())
            .arg(worstAt.y())
            .arg(noisy)
            .arg(cells);
    return {};
}

void TestDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char* tool : {"pdftotext", "pdftoppm", "pdffonts", "pdfinfo"})
        QVERIFY2(runProcess(QString::fromLatin1(tool), {"-v"}).exitCode >= 0, tool);
}

QJsonObject TestDocuments::example(const QString& name) const
{
    QFile f(sourcePath("examples/documents/" + name + ".json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString TestDocuments::writeJson(const QString& name, const QJsonObject& o)
{
    const QString path = m_dir.filePath(name + ".json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(o).toJson());
    return path;
}

QString TestDocuments::renderCertificate(const QJsonObject& data, const QString& name,
                                         const QStringList& extra)
{
    const QString pdf = m_dir.filePath(name + ".pdf");
    const ProcessResult r =
        runCli(QStringList{"certificate", "render", "--json", writeJson(name, data), "--pdf", pdf} +
               extra);
    if (r.exitCode != 0) {
        qWarning("render failed (%d): %s", r.exitCode, r.err.constData());
        return {};
    }
    return pdf;
}

QString TestDocuments::renderReceipt(const QString& kind, const QJsonObject& data,
                                     const QString& name)
{
    const QString pdf = m_dir.filePath(name + ".pdf");
    const ProcessResult r = runCli(
        {"receipt", "render", "--kind", kind, "--json", writeJson(name, data), "--pdf", pdf});
    if (r.exitCode != 0) {
        qWarning("render failed (%d): %s", r.exitCode, r.err.constData());
        return {};
    }
    // A receipt names its applicant: the file is its owner's alone, whatever the umask.
    if ((QFile::permissions(pdf) & ~(QFile::ReadUser | QFile::WriteUser)) !=
        (QFile::ReadOwner | QFile::WriteOwner)) {
        qWarning("%s can be read by other users", qPrintable(pdf));
        return {};
    }
    return pdf;
}

int TestDocuments::pdfPages(const QString& pdf)
{
    const QString info = QString::fromUtf8(runProcess("pdfinfo", {pdf}).out);
    for (const QString& line : info.split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

QImage TestDocuments::rasterize(const QString& pdf, int dpi, int page)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath("page");
    runProcess("pdftoppm",
               {"-r", QString::number(dpi), "-gray", "-png", "-f", QString::number(page), "-l",
                QString::number(page), "-singlefile", pdf, prefix});
    return QImage(prefix + ".png");
}

QJsonObject TestDocuments::verify(const QStringList& arguments, int* exitCode)
{
    const ProcessResult r = runCli(QStringList{"certificate", "verify"} + arguments);
    *exitCode = r.exitCode;
    return QJsonDocument::fromJson(r.out.trimmed()).object();
}

void TestDocuments::certificateText()
{
    QJsonObject data = example("certificate");
    // Every letter of the Kazakh alphabet that Russian lacks, upper and lower case.
    data["birth_place"] = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
    const QString pdf = renderCertificate(data, "certificate-text");
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    for (const QString& expected : QStringList{"921029350851",
                                               "ТІРКЕУ КУӘЛІГІ",
                                               "РЕГИСТРАЦИОННОЕ СВИДЕТЕЛЬСТВО",
                                               "ҚАСЫМОВ",
                                               "ЖҰМАБЕК",
                                               "ӘСКЕРҰЛЫ",
                                               "QASYMOV",
                                               "ZHUMABEK",
                                               "ASKERULY",
                                               "ӘәҒғҚқҢңӨөҰұҮүҺһІі",
                                               "29.10.1992",
                                               "24.11.2026",
                                               "75-2026-000123",
                                               "FA1234567",
                                               "Өзбекстан",
                                               "Узбекистан",
                                               "Серікбаев Нұрлан Қайратұлы",
                                               "Тегі",
                                               "Фамилия",
                                               "Туған жері",
                                               "Место рождения"})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // Kazakh first: the state-language title comes before the Russian one.
    QVERIFY(text.indexOf("ТІРКЕУ КУӘЛІГІ") < text.indexOf("РЕГИСТРАЦИОННОЕ СВИДЕТЕЛЬСТВО"));
    QCOMPARE(pdfPages(pdf), 1);
}

void TestDocuments::certificateEmbedsItsFonts()
{
    const QString pdf = renderCertificate(example("certificate"), "certificate-fonts");
    QVERIFY(!pdf.isEmpty());
    const QStringList lines =
        QString::fromUtf8(runProcess("pdffonts", {pdf}).out).split('\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2); // header, rule, fonts
    for (const QString& line : lines.mid(2)) {
        QVERIFY2(line.startsWith("DejaVu"), qPrintable(line));
        const QStringList cols = line.simplified().split(' ');
        // name type... encoding emb sub uni id gen: "emb" is the fifth column from the end.
        QCOMPARE(cols.at(cols.size() - 5), QString("yes"));
    }
}

void TestDocuments::certificateWithLongDataStaysOnePage()
{
    QJsonObject data = example("certificate");
    data["name_latin"] = QJsonObject{{"surname", "AL-RASHIDI BIN ABDULRAHMAN AL-HASHEMI"},
                                     {"given_name", "MUHAMMAD ABDULLAH SALEH ABDULAZIZ"},
                                     {"patronymic", ""}};
    data["birth_place"] = "ҚЫТАЙ ХАЛЫҚ РЕСПУБЛИКАСЫ, ШЫНЖАҢ ҰЙҒЫР АВТОНОМИЯЛЫҚ АУДАНЫ, ІЛЕ "
                          "ҚАЗАҚ АВТОНОМИЯЛЫҚ ОБЛЫСЫ, ҚҰЛЖА ҚАЛАСЫ, ҮШІНШІ МӘЖІЛІС КӨШЕСІ";
    data["issuing_office"] = QJsonObject{
        {"kk", "Қазақстан Республикасы Ішкі істер министрлігі Шымкент қаласы Полиция "
               "департаментінің Көші-қон қызметі басқармасы, Әл-Фараби ауданы бойынша бөлімі"},
        {"ru", "Отдел по району Аль-Фараби Управления миграционной службы Департамента полиции "
               "города Шымкент Министерства внутренних дел Республики Казахстан"}};
    const QString pdf = renderCertificate(data, "certificate-long");
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pdfPages(pdf), 1);
    const QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains("ҮШІНШІ МӘЖІЛІС КӨШЕСІ"));
    QVERIFY(text.contains("Министерства внутренних дел Республики Казахстан"));
    int exit = -1;
    const QJsonObject o = verify({pdf, "--trust-training"}, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(o["name_latin"].toObject()["surname"].toString(),
             QString("AL-RASHIDI BIN ABDULRAHMAN AL-HASHEMI"));
}

void TestDocuments::certificateMarks_data()
{
    QTest::addColumn<bool>("training");
    QTest::addColumn<bool>("duplicate");
    QTest::newRow("training") << true << false;
    QTest::newRow("training duplicate") << true << true;
    QTest::newRow("real") << false << false;
    QTest::newRow("real duplicate") << false << true;
}

void TestDocuments::certificateMarks()
{
    QFETCH(bool, training);
    QFETCH(bool, duplicate);
    QJsonObject data = example("certificate");
    data["training"] = training;
    data["duplicate"] = duplicate;
    // A real certificate's data render as a preview (throwaway keys), with the same marks.
    const QString pdf =
        renderCertificate(data, QStringLiteral("marks-%1-%2").arg(training).arg(duplicate));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QCOMPARE(text.contains("ОҚУ РЕЖИМІ"), training);
    QCOMPARE(text.contains("УЧЕБНЫЙ РЕЖИМ"), training);
    QCOMPARE(text.contains("TRAINING —"), training);
    QCOMPARE(text.contains("ТЕЛНҰСҚА"), duplicate);
    QCOMPARE(text.contains("ДУБЛИКАТ"), duplicate);

    // Receipts carry the same marks on every page (two copies: two pages).
    QJsonObject refusal = example("refusal-receipt");
    refusal["training"] = training;
    refusal["duplicate"] = duplicate;
    const QString receipt = renderReceipt(
        "refusal", refusal, QStringLiteral("marks-receipt-%1-%2").arg(training).arg(duplicate));
    QCOMPARE(pdfPages(receipt), 2);
    const QString receiptText = pdfText(receipt);
    QCOMPARE(receiptText.count("ОҚУ РЕЖИМІ · УЧЕБНЫЙ РЕЖИМ"), training ? 2 : 0);
    QCOMPARE(receiptText.count("ТЕЛНҰСҚА"), duplicate ? 2 : 0);
}

void TestDocuments::certificateVerifiesFromPdfAndImage()
{
    const QString pdf = renderCertificate(example("certificate"), "certificate-verify");
    QVERIFY(!pdf.isEmpty());
    int exit = -1;
    QJsonObject o = verify({pdf, "--trust-training"}, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(o["genuine"].toBool(), true);
    QCOMPARE(o["iin"].toString(), QString("921029350851"));
    QCOMPARE(o["certificate_number"].toString(), QString("75-2026-000123"));
    QCOMPARE(o["name_cyrillic"].toObject()["surname"].toString(), QString("ҚАСЫМОВ"));
    QCOMPARE(o["name_latin"].toObject()["patronymic"].toString(), QString("ASKERULY"));
    QCOMPARE(o["key_id"].toString(), QString("TRAINING-1"));
    QCOMPARE(o["training"].toBool(), true);

    // Without --trust-training the training key proves nothing.
    o = verify({pdf}, &exit);
    QCOMPARE(exit, 1);
    QCOMPARE(o["genuine"].toBool(), false);
    QCOMPARE(o["verdict"].toString(), QString("training"));

    // A scan (here: the page rasterized at 150 dpi) verifies as well.
    const QString png = m_dir.filePath("certificate-scan.png");
    QVERIFY(rasterize(pdf, 150).save(png));
    o = verify({png, "--trust-training"}, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(o["iin"].toString(), QString("921029350851"));
}

void TestDocuments::renderRefusesRealKeysAndMakesPreviews()
{
    const QString key = m_dir.filePath("registry.key");
    const QString trust = m_dir.filePath("registry-trust.json");
    ProcessResult r = runCli({"certificate", "keygen", "--id", "MP-2026-1", "--issuer",
                              "Migration police, Almaty", "--out", key, "--public", trust});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QFile(key).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());

    QJsonObject data = example("certificate");
    data["training"] = false;
    // No journal row, no number issued, no audit: render signs nothing with a real key.
    const QString refused = m_dir.filePath("real-with-key.pdf");
    r = runCli({"certificate", "render", "--json", writeJson("real-with-key", data), "--pdf",
                refused, "--key", key});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(refused));

    // Without a key the same data make a preview: signed by throwaway keys nobody trusts.
    const QString pdf = renderCertificate(data, "real-preview");
    QVERIFY(!pdf.isEmpty());
    int exit = -1;
    QJsonObject o = verify({pdf, "--trust", trust}, &exit);
    QCOMPARE(exit, 1);
    QCOMPARE(o["verdict"].toString(), QString("unknown_key"));
    QCOMPARE(o["key_id"].toString(), QString("PREVIEW"));
    QCOMPARE(o["version"].toInt(), 2);
    QCOMPARE(o["genuine"].toBool(), false);

    // The training key may be named (it is what training prints use anyway).
    QJsonObject training = example("certificate");
    const QString trainingKey = m_dir.filePath("training.key");
    QVERIFY(SigningKey::training().save(trainingKey));
    QVERIFY(!renderCertificate(training, "training-with-key", {"--key", trainingKey}).isEmpty());
}

void TestDocuments::versionOneStillVerifies()
{
    // A certificate of the first version, signed by the registry key of its day, against the
    // trust file of its day: still genuine; a forger's key under the same id is not.
    const QString key = m_dir.filePath("v1.key");
    const QString trust = m_dir.filePath("v1-trust.json");
    QCOMPARE(runCli({"certificate", "keygen", "--id", "MP-2025-1", "--issuer",
                     "Migration police, Almaty", "--out", key, "--public", trust})
                 .exitCode,
             0);
    Result<CertificateData> data = CertificateData::fromJson(example("certificate"));
    QVERIFY(data);
    data->training = false;
    const auto write = [&](const QString& name, const SigningKey& signer) {
        const QString pdf = m_dir.filePath(name);
        const Status s = DocumentPdf::write(pdf, "v1", [&](QPagedPaintDevice* device) -> Status {
            auto payload = CertificateLayout::paint(*data, signer, device);
            return payload ? Status() : Status(payload.error());
        });
        return s ? pdf : QString();
    };
    const QString pdf = write("v1.pdf", *SigningKey::load(key));
    QVERIFY(!pdf.isEmpty());
    int exit = -1;
    QJsonObject o = verify({pdf, "--trust", trust}, &exit);
    QCOMPARE(exit, 0);
    QCOMPARE(o["verdict"].toString(), QString("genuine"));
    QCOMPARE(o["version"].toInt(), 1);
    QCOMPARE(o["issuer"].toString(), QString("Migration police, Almaty"));

    auto forger = SigningKey::generate("MP-2025-1", "forger");
    QVERIFY(forger);
    o = verify({write("v1-forged.pdf", *forger), "--trust", trust}, &exit);
    QCOMPARE(exit, 1);
    QCOMPARE(o["verdict"].toString(), QString("not_genuine"));
}

void TestDocuments::unreadableInputs()
{
    QImage blank(400, 400, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    const QString png = m_dir.filePath("blank.png");
    QVERIFY(blank.save(png));
    int exit = -1;
    QJsonObject o = verify({png}, &exit);
    QCOMPARE(exit, 2);
    QCOMPARE(o["verdict"].toString(), QString("unreadable"));

    const QString text = m_dir.filePath("not-a-document.txt");
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    verify({text}, &exit);
    QCOMPARE(exit, 2);
    verify({m_dir.filePath("missing.pdf")}, &exit);
    QCOMPARE(exit, 2);

    // A receipt has no QR code at all.
    const QString receipt = renderReceipt("refusal", example("refusal-receipt"), "no-qr");
    verify({receipt}, &exit);
    QCOMPARE(exit, 2);
}

void TestDocuments::renderRefusesBadData()
{
    QJsonObject data = example("certificate");
    data.remove("iin");
    const ProcessResult r = runCli({"certificate", "render", "--json", writeJson("no-iin", data),
                                    "--pdf", m_dir.filePath("x.pdf")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("\"iin\""), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath("x.pdf")));

    data = example("certificate");
    data["birth_date"] = "29.10.1992";
    QCOMPARE(runCli({"certificate", "render", "--json", writeJson("bad-date", data), "--pdf",
                     m_dir.filePath("y.pdf")})
                 .exitCode,
             2);
    QJsonObject refusal = example("refusal-receipt");
    refusal["missing_documents"] = QJsonArray();
    QCOMPARE(runCli({"receipt", "render", "--kind", "refusal", "--json",
                     writeJson("no-missing", refusal), "--pdf", m_dir.filePath("z.pdf")})
                 .exitCode,
             2);
}

void TestDocuments::refusalListsEveryMissingDocument()
{
    const QJsonObject data = example("refusal-receipt");
    const QString pdf = renderReceipt("refusal", data, "refusal");
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pdfPages(pdf), 2); // two copies
    // pdftotext keeps lines; join them so that wrapped sentences can be found.
    const QString text = pdfText(pdf).simplified();
    for (const QString& title : QStringList{"Құжаттарды қабылдаудан бас тарту туралы қолхат",
                                            "Расписка об отказе в приеме документов"})
        QCOMPARE(text.count(title), 2);
    const QJsonArray missing = data["missing_documents"].toArray();
    QVERIFY(missing.size() >= 3);
    for (const QJsonValue& v : missing) {
        const QJsonObject item = v.toObject();
        for (const char* key : {"kk", "ru"})
            QVERIFY2(text.count(item[QLatin1String(key)].toString()) == 2,
                     qPrintable(item[QLatin1String(key)].toString()));
        QVERIFY2(text.contains("Негіз / Основание: " + item["reference"].toString()),
                 qPrintable(item["reference"].toString()));
    }
    for (const QString& expected :
         QStringList{"Ахметова Динара Сәбитқызы", "ҚАСЫМОВ ЖҰМАБЕК ӘСКЕРҰЛЫ", "24.11.2026 10:15",
                     "Заңының 20-бабының", "пунктом 2 статьи 20", "1-дана / экземпляр 1",
                     "2-дана / экземпляр 2", "в двух экземплярах", "1)", "2)", "3)"})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestDocuments::refusalFlowsOntoMorePages()
{
    QJsonObject data = example("refusal-receipt");
    QJsonArray missing;
    for (int i = 1; i <= 14; ++i)
        missing.append(QJsonObject{{"kk", QStringLiteral("Құжат нөмірі %1 жоқ").arg(i)},
                                   {"ru", QStringLiteral("Отсутствует документ номер %1").arg(i)},
                                   {"reference", QStringLiteral("пункт %1").arg(i)}});
    data["missing_documents"] = missing;
    data["copies"] = 1;
    const QString pdf = renderReceipt("refusal", data, "refusal-long");
    QVERIFY(!pdf.isEmpty());
    QVERIFY(pdfPages(pdf) >= 2);
    const QString text = pdfText(pdf).simplified();
    for (int i = 1; i <= 14; ++i) {
        QVERIFY(text.contains(QStringLiteral("Құжат нөмірі %1 жоқ").arg(i)));
        QVERIFY(text.contains(QStringLiteral("Отсутствует документ номер %1").arg(i)));
    }
    QVERIFY(text.contains("Ахметова Динара Сәбитқызы")); // the signatures are never lost
}

// The way an incomplete package takes at the counter: the completeness check (run by the real
// `check` command, once per language) names the missing documents; the refusal receipt prints
// each of them in Kazakh and Russian with its legal reference.
void TestDocuments::refusalFromCompletenessCheck()
{
    const QString application =
        sourcePath("examples/counter-document-not-latin-without-translation.json");
    auto findings = [&](const char* lang) {
        const ProcessResult r = runCli({"check", application, "--lang", QString::fromLatin1(lang)});
        Findings list;
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed()).object();
        for (const QJsonValue& v : o["findings"].toArray()) {
            const QJsonObject f = v.toObject();
            list.append({f["code"].toString(), f["rule"].toString(),
                         f["severity"].toString() == "warning" ? Severity::Warning
                                                               : Severity::MissingDocument,
                         f["field"].toString(), f["message"].toString()});
        }
        return list;
    };
    const Findings kk = findings("kk"), ru = findings("ru");
    QVERIFY(!kk.isEmpty());
    QCOMPARE(kk.size(), ru.size());
    const QList<ReceiptItem> items = ReceiptItem::fromFindings(kk, ru);
    QVERIFY(!items.isEmpty());

    RefusalReceiptData data = RefusalReceiptData::fromJson(example("refusal-receipt")).value();
    data.missingDocuments = items;
    const QString pdf = renderReceipt("refusal", data.toJson(), "refusal-from-check");
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf).simplified();
    for (const ReceiptItem& item : items) {
        QVERIFY(!item.text.kk.isEmpty() && !item.text.ru.isEmpty());
        QVERIFY2(item.text.kk != item.text.ru, qPrintable(item.text.kk));
        QVERIFY2(text.count(item.text.kk) == 2, qPrintable(item.text.kk));
        QVERIFY2(text.count(item.text.ru) == 2, qPrintable(item.text.ru));
        // The provision in each language: the check ran in Kazakh and in Russian.
        QVERIFY2(item.reference.kk.contains("қосымша"), qPrintable(item.reference.kk));
        QVERIFY2(item.reference.ru.contains("приложение"), qPrintable(item.reference.ru));
        QVERIFY2(
            text.contains("Негіз: " + item.reference.kk + " / Основание: " + item.reference.ru),
            qPrintable(item.reference.kk));
    }
}

void TestDocuments::acceptanceReceipt()
{
    QJsonObject data = example("acceptance-receipt");
    data["service_term"] = QJsonObject{{"kk", "2 жұмыс күні"}, {"ru", "2 рабочих дня"}};
    const QString pdf = renderReceipt("acceptance", data, "acceptance");
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(pdfPages(pdf), 1);
    const QString text = pdfText(pdf).simplified();
    for (const QString& expected :
         QStringList{"Құжаттарды қабылдау туралы қолхат", "Расписка о приеме документов",
                     "75-03-261124-0042", "2 жұмыс күні / 2 рабочих дня", "www.egov.kz", "1414",
                     "ҚАСЫМОВ ЖҰМАБЕК ӘСКЕРҰЛЫ", "Ахметова Динара Сәбитқызы",
                     "Заявление (приложение 1 к Правилам)", "паспорт FA1234567"})
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void TestDocuments::pagesMatchReferenceImages_data()
{
    QTest::addColumn<QString>("document");
    QTest::newRow("certificate") << "certificate";
    QTest::newRow("acceptance") << "acceptance-receipt";
    QTest::newRow("refusal") << "refusal-receipt";
}

void TestDocuments::pagesMatchReferenceImages()
{
    QFETCH(QString, document);
    const QString pdf =
        document == "certificate"
            ? renderCertificate(example(document), "ref-" + document)
            : renderReceipt(document.section('-', 0, 0), example(document), "ref-" + document);
    QVERIFY(!pdf.isEmpty());
    const QImage page = rasterize(pdf, 50);
    QVERIFY(!page.isNull());
    const QString reference = sourcePath("tests/data/" + document + "-50dpi.png");
    // IIN_UPDATE_REFERENCE_IMAGES=1 rewrites the references after an intended layout change.
    if (qEnvironmentVariableIntValue("IIN_UPDATE_REFERENCE_IMAGES") == 1)
        QVERIFY(page.save(reference));
    const QImage expected(reference);
    QVERIFY2(!expected.isNull(), qPrintable(reference));
    const QString diff = differences(page, expected);
    if (!diff.isEmpty())
        page.save(m_dir.filePath(document + "-actual.png"));
    QVERIFY2(diff.isEmpty(), qPrintable(document + ": " + diff));
}

void TestDocuments::imageComparisonCatchesChanges()
{
    const QImage expected(sourcePath("tests/data/certificate-50dpi.png"));
    QVERIFY(!expected.isNull());
    const QImage page = rasterize(renderCertificate(example("certificate"), "cmp"), 50);
    QVERIFY(differences(page, expected).isEmpty());

    // Anti-aliasing noise passes: one grey level up or down here and there.
    QImage noisy = page.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < noisy.height(); y += 3) {
        uchar* line = noisy.scanLine(y);
        for (int x = y % 5; x < noisy.width(); x += 5)
            line[x] = uchar(qBound(0, line[x] + (x % 2 ? 20 : -20), 255));
    }
    QVERIFY(differences(noisy, expected).isEmpty());

    // A changed certificate number is a changed block.
    QJsonObject changed = example("certificate");
    changed["certificate_number"] = "75-2026-999999";
    QVERIFY(
        !differences(rasterize(renderCertificate(changed, "cmp-number"), 50), expected).isEmpty());
    // A missing block: the officer's name.
    changed = example("certificate");
    changed.remove("issuing_officer");
    QVERIFY(
        !differences(rasterize(renderCertificate(changed, "cmp-officer"), 50), expected).isEmpty());
    // The whole page moved by 1 mm (2 pixels at 50 dpi).
    QImage moved(page.size(), QImage::Format_Grayscale8);
    moved.fill(Qt::white);
    QPainter p(&moved);
    p.drawImage(QPoint(2, 0), page);
    p.end();
    QVERIFY(!differences(moved, expected).isEmpty());
}

void TestDocuments::dataFromApplicationAndFindings()
{
    Application a;
    a.nameCyrillic = {"ҚАСЫМОВ", "ЖҰМАБЕК", "ӘСКЕРҰЛЫ"};
    a.nameLatin = {"QASYMOV", "ZHUMABEK", "ASKERULY"};
    a.birthDate = QDate(1992, 10, 29);
    a.birthPlace = "ТАШКЕНТ";
    a.sex = Sex::Male;
    a.citizenship = "UZB";
    IdentityDocument doc;
    doc.number = "FA1234567";
    a.identityDocument = doc;
    const CertificateData d = CertificateData::fromApplication(a);
    QCOMPARE(d.nameCyrillic, a.nameCyrillic);
    QCOMPARE(d.nameLatin, a.nameLatin);
    QCOMPARE(d.birthPlace, QString("ТАШКЕНТ"));
    QCOMPARE(d.identityDocument.number, QString("FA1234567"));
    QCOMPARE(d.citizenshipName.kk, QString("Өзбекстан"));
    QCOMPARE(d.citizenshipName.ru, QString("Узбекистан"));

    // JSON round trip of every document's data.
    auto cert = CertificateData::fromJson(example("certificate"));
    QVERIFY2(cert, qPrintable(cert.errorMessage()));
    QCOMPARE(CertificateData::fromJson(cert->toJson()).value(), cert.value());
    auto refusal = RefusalReceiptData::fromJson(example("refusal-receipt"));
    QVERIFY2(refusal, qPrintable(refusal.errorMessage()));
    QCOMPARE(RefusalReceiptData::fromJson(refusal->toJson()).value(), refusal.value());
    auto acceptance = AcceptanceReceiptData::fromJson(example("acceptance-receipt"));
    QVERIFY2(acceptance, qPrintable(acceptance.errorMessage()));
    QCOMPARE(AcceptanceReceiptData::fromJson(acceptance->toJson()).value(), acceptance.value());

    // A completeness finding becomes a receipt line with its legal reference.
    const Finding f{"row8.translation_missing", "Annex 3, row 8, item 2", Severity::MissingDocument,
                    "attachments", "Аударма жоқ"};
    const ReceiptItem item = ReceiptItem::fromFinding(f, "kk");
    QCOMPARE(item.text.kk, QString("Аударма жоқ"));
    QVERIFY(item.text.ru.isEmpty());
    QCOMPARE(item.reference.kk, QString("Annex 3, row 8, item 2"));
    QVERIFY(item.reference.ru.isEmpty());
    const Finding warning{"field.phone", "", Severity::Warning, "contacts.phone", "Телефон жоқ"};
    const Finding expired{"document.expired", "Annex 3, row 8, item 2", Severity::InvalidField,
                          "identity_document.expiry_date", "Истек срок действия паспорта"};
    const QList<ReceiptItem> items = ReceiptItem::fromFindings({f, warning, expired}, "ru");
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[1].text.ru, QString("Истек срок действия паспорта"));
    QCOMPARE(items[0].text.ru, QString("Аударма жоқ"));
}

QTEST_MAIN(TestDocuments)
#include "TestDocuments.moc"
