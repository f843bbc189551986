<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Cli</name>
    <message>
        <source>Language of the messages: kk, ru or en.</source>
        <translation>Язык сообщений: kk, ru или en.</translation>
    </message>
    <message>
        <source>Missing argument. See --help.</source>
        <translation>Не хватает аргумента. См. --help.</translation>
    </message>
    <message>
        <source>Validates an individual identification number and decodes it. Exit 0 when valid, 1 when not.</source>
        <translation>Проверяет индивидуальный идентификационный номер и расшифровывает его. Код выхода 0, если номер верен, 1 — если нет.</translation>
    </message>
    <message>
        <source>The 12-digit IIN.</source>
        <translation>12-значный ИИН.</translation>
    </message>
    <message>
        <source>validate and decode an IIN</source>
        <translation>проверить и расшифровать ИИН</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli &lt;command&gt; [options]
Commands:
</source>
        <translation>Использование: iin-desk-cli &lt;команда&gt; [параметры]
Команды:
</translation>
    </message>
    <message>
        <source>Every command takes --help and --lang kk|ru|en.</source>
        <translation>Каждая команда принимает --help и --lang kk|ru|en.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use kk, ru or en.</source>
        <translation>Неизвестный язык «%1»: используйте kk, ru или en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
</context>
<context>
    <name>Iin</name>
    <message numerus="yes">
        <source>The IIN must have exactly 12 digits; %n given.</source>
        <translation>
            <numerusform>ИИН должен состоять ровно из 12 цифр; введено: %n.</numerusform>
            <numerusform>ИИН должен состоять ровно из 12 цифр; введено: %n.</numerusform>
            <numerusform>ИИН должен состоять ровно из 12 цифр; введено: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The IIN may contain digits only.</source>
        <translation>ИИН может содержать только цифры.</translation>
    </message>
    <message>
        <source>Digit 7 of the IIN is 0 (century unknown): the birth date and sex cannot be read from the number; check them against the identity document.</source>
        <translation>7-я цифра ИИН равна 0 (век неизвестен): дату рождения и пол по номеру определить нельзя; сверьте их с документом, удостоверяющим личность.</translation>
    </message>
    <message>
        <source>Digits 1 to 6 of the IIN (YYMMDD) are not a real date.</source>
        <translation>Цифры 1–6 ИИН (ГГММДД) не образуют существующую дату.</translation>
    </message>
    <message>
        <source>Digit 7 of the IIN must be 1 to 6 (century and sex); it is %1.</source>
        <translation>7-я цифра ИИН должна быть от 1 до 6 (век и пол); указано %1.</translation>
    </message>
    <message>
        <source>The first 11 digits of the IIN give no check digit: no IIN is ever issued with them. Check the number against the document.</source>
        <translation>Первые 11 цифр ИИН не дают контрольной цифры: такой ИИН никогда не присваивается. Сверьте номер с документом.</translation>
    </message>
    <message>
        <source>The check digit (digit 12) of the IIN does not match: a digit was probably mistyped.</source>
        <translation>Контрольная цифра ИИН (12-я) не совпадает: вероятно, одна из цифр введена с ошибкой.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IIN Desk</source>
        <translation>АРМ ИИН</translation>
    </message>
    <message>
        <source>Forming the individual identification number for foreigners and stateless persons temporarily staying in the Republic of Kazakhstan</source>
        <translation>Формирование индивидуальных идентификационных номеров иностранцам и лицам без гражданства, временно пребывающим в Республике Казахстан</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
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
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Недостаточно памяти для хеширования пароля.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Пароль должен содержать не менее 10 символов.</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>Пароль должен содержать и буквы, и цифры.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>State Corporation clerk</source>
        <translation>Работник Государственной корпорации</translation>
    </message>
    <message>
        <source>Migration police officer</source>
        <translation>Сотрудник миграционной полиции</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
</TS>
