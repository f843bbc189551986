#include "tests/MrzPageRenderer.h"
#include "tests/MrzSamples.h"
#include "tests/TestSupport.h"

#include "core/capture/MrzComposer.h"
#include "core/capture/MrzParser.h"
#include "core/capture/MrzReader.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace iin;
using namespace iin::test;

Q_DECLARE_METATYPE(iin::MrzFormat)

// The MRZ read off pages the test renders itself in OCR-B, as files of every kind a scanner or a
// clerk may hand over; every reading must give exactly the lines that were printed.
class TestMrzReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void specimensAreValid();
    void readsPages_data();
    void readsPages();
    void readsFiles_data();
    void readsFiles();
    void randomIdentities();
    void longDocumentNumber();
    void pageWithoutZone();
    void unreadableFile();
    void cliRead();
    void cliReadBrokenCheckDigit();
    void cliReadNoZone();

private:
    QString write(const QStringList& lines, const MrzScan& scan, const QString& name,
                  int jpegQuality = 90);

    QTemporaryDir m_dir;
    const QDate m_today{2026, 12, 5};
};

void TestMrzReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestMrzReader::write(const QStringList& lines, const MrzScan& scan, const QString& name,
                             int jpegQuality)
{
    const QString path = m_dir.filePath(name);
    if (!MrzPageRenderer::save(MrzPageRenderer::render(lines, scan), path, scan.dpi, jpegQuality))
        qWarning("could not write %s", qPrintable(path));
    return path;
}

void TestMrzReader::specimensAreValid()
{
    for (MrzFormat f :
         {MrzFormat::TD1, MrzFormat::TD2, MrzFormat::TD3, MrzFormat::MRVA, MrzFormat::MRVB}) {
        const MrzRecord r = MrzParser::parse(MrzSamples::specimen(f), m_today);
        QVERIFY2(r.valid, qPrintable(mrzFormatToString(f)));
    }
}

void TestMrzReader::readsPages_data()
{
    QTest::addColumn<MrzFormat>("format");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<double>("rotation");
    QTest::addColumn<double>("blur");
    QTest::addColumn<double>("noise");
    const QList<std::pair<const char*, MrzFormat>> formats = {
        {"TD3", MrzFormat::TD3}, {"TD2", MrzFormat::TD2}, {"TD1", MrzFormat::TD1}};
    for (const auto& [name, format] : formats) {
        for (int dpi : {200, 300, 600}) {
            QTest::addRow("%s %d dpi", name, dpi) << format << dpi << 0.0 << 0.0 << 0.0;
        }
        QTest::addRow("%s rotated +2", name) << format << 300 << 2.0 << 0.0 << 0.0;
        QTest::addRow("%s rotated -2", name) << format << 300 << -2.0 << 0.0 << 0.0;
        QTest::addRow("%s rotated -3, 200 dpi", name) << format << 200 << -3.0 << 0.0 << 0.0;
        QTest::addRow("%s blurred", name) << format << 300 << 0.0 << 1.5 << 0.0;
        QTest::addRow("%s noisy", name) << format << 300 << 0.0 << 0.0 << 20.0;
        QTest::addRow("%s upside down", name) << format << 300 << 180.0 << 0.0 << 0.0;
        QTest::addRow("%s sideways", name) << format << 300 << 90.0 << 0.0 << 0.0;
        QTest::addRow("%s sideways, the other way", name) << format << 300 << 270.0 << 0.0 << 0.0;
        QTest::addRow("%s upside down, rotated, blurred, noisy", name)
            << format << 300 << 181.5 << 1.0 << 12.0;
    }
    QTest::addRow("TD3 rotated +8") << MrzFormat::TD3 << 300 << 8.0 << 0.0 << 0.0;
    QTest::addRow("MRVA") << MrzFormat::MRVA << 300 << 1.0 << 0.0 << 0.0;
    QTest::addRow("MRVB") << MrzFormat::MRVB << 300 << -1.0 << 0.0 << 0.0;
}

void TestMrzReader::readsPages()
{
    QFETCH(MrzFormat, format);
    QFETCH(int, dpi);
    QFETCH(double, rotation);
    QFETCH(double, blur);
    QFETCH(double, noise);
    const QStringList lines = MrzSamples::specimen(format);
    MrzScan scan;
    scan.dpi = dpi;
    scan.rotationDegrees = rotation;
    scan.blurPixels = blur;
    scan.noise = noise;
    const Result<MrzReading> reading =
        MrzReader::read(MrzPageImage::fromImage(MrzPageRenderer::render(lines, scan)), m_today);
    QVERIFY2(reading.ok(), qPrintable(reading.errorMessage()));
    QCOMPARE(reading->lines, lines);
    QVERIFY(reading->record.valid);
    QCOMPARE(reading->record.format, format);
}

void TestMrzReader::readsFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("quality");
    QTest::newRow("PNG") << "page.png" << 0;
    QTest::newRow("JPEG quality 75") << "page.jpg" << 75;
    QTest::newRow("TIFF") << "page.tiff" << 0;
    QTest::newRow("PDF") << "page.pdf" << 0;
    QTest::newRow("PNG without a resolution") << "page-nodpi.png" << 0;
}

void TestMrzReader::readsFiles()
{
    QFETCH(QString, name);
    QFETCH(int, quality);
    const QStringList lines = MrzSamples::specimen(MrzFormat::TD3);
    MrzScan scan;
    scan.rotationDegrees = 1.2;
    scan.blurPixels = 0.8;
    scan.noise = 6;
    QString path;
    if (name.contains(u"nodpi")) {
        QImage page = MrzPageRenderer::render(lines, scan);
        page.setDotsPerMeterX(2835); // what writers put when they know nothing: 72 dpi
        page.setDotsPerMeterY(2835);
        path = m_dir.filePath(name);
        QVERIFY(page.save(path));
    } else {
        path = write(lines, scan, name, quality);
    }
    const Result<MrzReading> reading = MrzReader::readFile(path, m_today);
    QVERIFY2(reading.ok(), qPrintable(reading.errorMessage()));
    QCOMPARE(reading->lines, lines);
    QVERIFY(reading->record.valid);
}

void TestMrzReader::randomIdentities()
{
    QRandomGenerator random(20261205);
    const QList<MrzFormat> formats = {MrzFormat::TD3, MrzFormat::TD2, MrzFormat::TD1};
    for (int i = 0; i < 12; ++i) {
        const QStringList lines = MrzSamples::random(formats[i % 3], random);
        MrzScan scan;
        scan.dpi = 300;
        scan.rotationDegrees = (i % 5 - 2) * 0.8 + (i % 4 == 3 ? 180 : 0);
        scan.blurPixels = (i % 3) * 0.6;
        scan.noise = (i % 4) * 5;
        scan.seed = quint32(i + 1);
        const Result<MrzReading> reading =
            MrzReader::read(MrzPageImage::fromImage(MrzPageRenderer::render(lines, scan)), m_today);
        QVERIFY2(reading.ok(), qPrintable(reading.errorMessage()));
        QCOMPARE(reading->lines, lines);
    }
}

void TestMrzReader::longDocumentNumber()
{
    // TD1's number of 12 characters: '<' where its check digit would be, the rest and its check
    // digit in the optional data. The '<' must stay.
    MrzRecord fields;
    fields.format = MrzFormat::TD1;
    fields.documentCode = QStringLiteral("I");
    fields.issuingStateCode = QStringLiteral("UTO");
    fields.nationalityCode = QStringLiteral("UTO");
    fields.surname = QStringLiteral("ERIKSSON");
    fields.givenNames = QStringLiteral("ANNA MARIA");
    fields.documentNumber = QStringLiteral("D23145890734");
    fields.birthDate = QDate(1974, 8, 12);
    fields.expiryDate = QDate(2032, 4, 15);
    fields.sex = Sex::Female;
    const QStringList lines = MrzComposer::compose(fields);
    QCOMPARE(lines[0].mid(14, 1), QStringLiteral("<"));
    MrzScan scan;
    scan.rotationDegrees = 1;
    scan.noise = 8;
    const Result<MrzReading> reading =
        MrzReader::read(MrzPageImage::fromImage(MrzPageRenderer::render(lines, scan)), m_today);
    QVERIFY2(reading.ok(), qPrintable(reading.errorMessage()));
    QCOMPARE(reading->lines, lines);
    QVERIFY(reading->record.valid);
    QCOMPARE(reading->record.documentNumber, QStringLiteral("D23145890734"));
}

void TestMrzReader::pageWithoutZone()
{
    const Result<MrzReading> reading =
        MrzReader::read(MrzPageImage::fromImage(MrzPageRenderer::render({}, MrzScan{})), m_today);
    QVERIFY(!reading.ok());
    QCOMPARE(reading.error().code, QStringLiteral("mrz.not_found"));
}

void TestMrzReader::unreadableFile()
{
    const QString path = m_dir.filePath(QStringLiteral("not-an-image.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("P<UTOERIKSSON<<ANNA<MARIA\n");
    file.close();
    const Result<MrzReading> reading = MrzReader::readFile(path, m_today);
    QVERIFY(!reading.ok());
    QCOMPARE(reading.error().code, QStringLiteral("mrz.image.unreadable"));
    QVERIFY(!MrzReader::readFile(m_dir.filePath(QStringLiteral("missing.png")), m_today).ok());
}

static QJsonObject jsonLine(const QByteArray& out)
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

void TestMrzReader::cliRead()
{
    const QStringList lines = MrzSamples::specimen(MrzFormat::TD3);
    MrzScan scan;
    scan.rotationDegrees = -1.5;
    const QString path = write(lines, scan, QStringLiteral("cli.png"));
    const ProcessResult r = runCli({QStringLiteral("mrz"), QStringLiteral("read"), path});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = jsonLine(r.out);
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("TD3"));
    QCOMPARE(o.value(QStringLiteral("surname")).toString(), QStringLiteral("ERIKSSON"));
    QCOMPARE(o.value(QStringLiteral("given_names")).toString(), QStringLiteral("ANNA MARIA"));
    QCOMPARE(o.value(QStringLiteral("document_number")).toString(), QStringLiteral("L898902C3"));
    QCOMPARE(o.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1974-08-12"));
    QCOMPARE(o.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    QCOMPARE(o.value(QStringLiteral("lines")).toArray().toVariantList(),
             QVariantList({lines[0], lines[1]}));
    // The same JSON as `mrz parse` of the same lines.
    const ProcessResult parsed =
        runCli({QStringLiteral("mrz"), QStringLiteral("parse"), QStringLiteral("-")},
               lines.join(u'\n').toUtf8());
    QCOMPARE(parsed.exitCode, 0);
    QCOMPARE(jsonLine(parsed.out), o);
}

void TestMrzReader::cliReadBrokenCheckDigit()
{
    // A zone printed with a wrong birth-date check digit: read as printed, exit 1.
    QStringList lines = MrzSamples::specimen(MrzFormat::TD3);
    lines[1][19] = u'7';
    const QString path = write(lines, MrzScan{}, QStringLiteral("broken.png"));
    const ProcessResult r = runCli({QStringLiteral("mrz"), QStringLiteral("read"), path});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = jsonLine(r.out);
    QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
    QVERIFY(!o.value(QStringLiteral("problems")).toArray().isEmpty());
}

void TestMrzReader::cliReadNoZone()
{
    const QString blank = write({}, MrzScan{}, QStringLiteral("blank.png"));
    ProcessResult r = runCli({QStringLiteral("mrz"), QStringLiteral("read"), blank});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    r = runCli({QStringLiteral("mrz"), QStringLiteral("read"),
                sourcePath(QStringLiteral("README.md")), QStringLiteral("--lang"),
                QStringLiteral("ru")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

int main(int argc, char* argv[])
{
    // The renderer and the reader draw text: fonts need a QGuiApplication (offscreen in CTest).
    QGuiApplication app(argc, argv);
    TestMrzReader test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestMrzReader.moc"
