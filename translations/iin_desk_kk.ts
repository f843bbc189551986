<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Cli</name>
    <message>
        <source>Language of the messages: kk, ru or en.</source>
        <translation>Хабарламалар тілі: kk, ru немесе en.</translation>
    </message>
    <message>
        <source>Missing argument. See --help.</source>
        <translation>Аргумент жетіспейді. --help қараңыз.</translation>
    </message>
    <message>
        <source>Validates an individual identification number and decodes it. Exit 0 when valid, 1 when not.</source>
        <translation>Жеке сәйкестендіру нөмірін тексереді және оны ашып көрсетеді. Дұрыс болса 0, болмаса 1 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The 12-digit IIN.</source>
        <translation>12 таңбалы ЖСН.</translation>
    </message>
    <message>
        <source>validate and decode an IIN</source>
        <translation>ЖСН-ді тексеру және ашып көрсету</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli &lt;command&gt; [options]
Commands:
</source>
        <translation>Қолданылуы: iin-desk-cli &lt;команда&gt; [параметрлер]
Командалар:
</translation>
    </message>
    <message>
        <source>Every command takes --help and --lang kk|ru|en.</source>
        <translation>Әр команда --help және --lang kk|ru|en параметрлерін қабылдайды.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use kk, ru or en.</source>
        <translation>«%1» тілі белгісіз: kk, ru немесе en пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>«%1» командасы белгісіз.</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message numerus="yes">
        <source>The IIN must have exactly 12 digits; %n given.</source>
        <translation>
            <numerusform>ЖСН дәл 12 цифрдан тұруы тиіс; %n берілген.</numerusform>
            <numerusform>ЖСН дәл 12 цифрдан тұруы тиіс; %n берілген.</numerusform>
        </translation>
    </message>
    <message>
        <source>The IIN may contain digits only.</source>
        <translation>ЖСН тек цифрлардан тұруы мүмкін.</translation>
    </message>
    <message>
        <source>Digit 7 of the IIN is 0 (century unknown): the birth date and sex cannot be read from the number; check them against the identity document.</source>
        <translation>ЖСН-нің 7-цифры 0 (ғасыры белгісіз): туған күні мен жынысын нөмірден анықтау мүмкін емес; оларды жеке басын куәландыратын құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>Digits 1 to 6 of the IIN (YYMMDD) are not a real date.</source>
        <translation>ЖСН-нің 1–6 цифрлары (ЖЖААКК) нақты күн емес.</translation>
    </message>
    <message>
        <source>Digit 7 of the IIN must be 1 to 6 (century and sex); it is %1.</source>
        <translation>ЖСН-нің 7-цифры 1-ден 6-ға дейін болуы тиіс (ғасыры мен жынысы); ол %1.</translation>
    </message>
    <message>
        <source>The first 11 digits of the IIN give no check digit: no IIN is ever issued with them. Check the number against the document.</source>
        <translation>ЖСН-нің алғашқы 11 цифры бақылау цифрын бермейді: мұндай ЖСН ешқашан берілмейді. Нөмірді құжатпен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The check digit (digit 12) of the IIN does not match: a digit was probably mistyped.</source>
        <translation>ЖСН-нің бақылау цифры (12-цифр) сәйкес келмейді: бір цифр қате терілген болуы мүмкін.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IIN Desk</source>
        <translation>ЖСН жұмыс орны</translation>
    </message>
    <message>
        <source>Forming the individual identification number for foreigners and stateless persons temporarily staying in the Republic of Kazakhstan</source>
        <translation>Қазақстан Республикасында уақытша болатын шетелдіктерге және азаматтығы жоқ адамдарға жеке сәйкестендіру нөмірін қалыптастыру</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Криптографиялық кітапхана іске қосылмады.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Құпиясөздің хэшін есептеуге жад жеткіліксіз.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Құпиясөз кемінде 10 таңбадан тұруы тиіс.</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>Құпиясөзде әріптер де, цифрлар да болуы тиіс.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>State Corporation clerk</source>
        <translation>Мемлекеттік корпорацияның қызметкері</translation>
    </message>
    <message>
        <source>Migration police officer</source>
        <translation>Көші-қон полициясының қызметкері</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Жетекші</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
</TS>
