<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApplicationJson</name>
    <message>
        <source>%1: unknown field; remove it or correct its spelling (see the application format).</source>
        <translation>%1: неизвестное поле; удалите его или исправьте написание (см. формат заявления).</translation>
    </message>
    <message>
        <source>%1: required field is missing; add it.</source>
        <translation>%1: отсутствует обязательное поле; добавьте его.</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3.</source>
        <translation>%1: ожидается %2, получено %3.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a real date; write it as YYYY-MM-DD.</source>
        <translation>%1: «%2» не является существующей датой; запишите её в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date and time; write it as YYYY-MM-DDThh:mm:ss+05:00 (with the offset).</source>
        <translation>%1: «%2» не является датой и временем; запишите в виде YYYY-MM-DDThh:mm:ss+05:00 (со смещением часового пояса).</translation>
    </message>
    <message>
        <source>%1: "%2" is not allowed; use one of: %3.</source>
        <translation>%1: значение «%2» недопустимо; используйте одно из значений: %3.</translation>
    </message>
    <message>
        <source>The application is %1 bytes; at most %2 are accepted.</source>
        <translation>Размер заявления в байтах: %1; допускается не более %2.</translation>
    </message>
    <message>
        <source>The input is empty; expected a JSON application.</source>
        <translation>Входные данные пусты; ожидается заявление в формате JSON.</translation>
    </message>
    <message>
        <source>The input is not UTF-8 text; expected a JSON application.</source>
        <translation>Входные данные не являются текстом в кодировке UTF-8; ожидается заявление в формате JSON.</translation>
    </message>
    <message>
        <source>The input nests objects or arrays deeper than %1 levels; an application never does.</source>
        <translation>Во входных данных глубина вложенности объектов или массивов превышает %1; в заявлении такого не бывает.</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2 (is the file complete?).</source>
        <translation>Некорректный JSON (байт %1): %2 (не обрезан ли файл?).</translation>
    </message>
    <message>
        <source>The application must be a JSON object {...}.</source>
        <translation>Заявление должно быть JSON-объектом {...}.</translation>
    </message>
    <message>
        <source>format_version: this program reads version %1 of the application format.</source>
        <translation>format_version: программа читает версию %1 формата заявления.</translation>
    </message>
    <message>
        <source>text (string)</source>
        <translation>текст (string)</translation>
    </message>
    <message>
        <source>true or false (boolean)</source>
        <translation>true или false (boolean)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a list (array)</source>
        <translation>список (array)</translation>
    </message>
    <message>
        <source>an object {...}</source>
        <translation>объект {...}</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a date "YYYY-MM-DD"</source>
        <translation>дата в виде «ГГГГ-ММ-ДД»</translation>
    </message>
    <message>
        <source>a date and time "YYYY-MM-DDThh:mm:ss+05:00"</source>
        <translation>дата и время в виде «YYYY-MM-DDThh:mm:ss+05:00»</translation>
    </message>
</context>
<context>
    <name>ApplicationStatuses</name>
    <message>
        <source>An application in status "%1" cannot move to "%2".</source>
        <translation>Заявление в статусе «%1» нельзя перевести в статус «%2».</translation>
    </message>
</context>
<context>
    <name>ApplicationTexts</name>
    <message>
        <source>State Corporation counter</source>
        <translation>Государственная корпорация</translation>
    </message>
    <message>
        <source>Migration police unit (service provider)</source>
        <translation>Подразделение миграционной полиции (услугодатель)</translation>
    </message>
    <message>
        <source>E-government portal</source>
        <translation>Портал «электронного правительства»</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Travel document of a stateless person</source>
        <translation>Проездной документ лица без гражданства</translation>
    </message>
    <message>
        <source>Refugee travel document</source>
        <translation>Проездной документ беженца</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Other identity document</source>
        <translation>Иной документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Application on the Annex 1 form, signed</source>
        <translation>Подписанное заявление по форме согласно приложению 1</translation>
    </message>
    <message>
        <source>Identity document (copy)</source>
        <translation>Документ, удостоверяющий личность (копия)</translation>
    </message>
    <message>
        <source>Duly certified copy of the translation of the identity document</source>
        <translation>Надлежаще засвидетельствованная копия перевода документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>Notarized power of attorney</source>
        <translation>Нотариально удостоверенная доверенность</translation>
    </message>
    <message>
        <source>Annex 2 application certified by the head of the institution</source>
        <translation>Заявление по форме согласно приложению 2, заверенное руководителем учреждения</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Иной документ</translation>
    </message>
</context>
<context>
    <name>ApplicationValidator</name>
    <message>
        <source>%1 (%2) is missing; fill it in.</source>
        <translation>%1 (%2): поле не заполнено; заполните его.</translation>
    </message>
    <message>
        <source>%1 (%2) is longer than %3 characters; shorten it as in the identity document.</source>
        <translation>%1 (%2) длиннее %3 символов; сократите запись так, как в документе, удостоверяющем личность.</translation>
    </message>
    <message>
        <source>%1 (%2) may hold only letters, hyphens, apostrophes and single spaces between letters; remove the other characters.</source>
        <translation>%1 (%2) может содержать только буквы, дефисы, апострофы и одиночные пробелы между буквами; удалите остальные символы.</translation>
    </message>
    <message>
        <source>%1 (%2) must be written in Cyrillic letters; retype it in Cyrillic.</source>
        <translation>%1 (%2): допускается только кириллица; введите заново кириллицей.</translation>
    </message>
    <message>
        <source>%1 (%2) must be written in Latin letters A-Z as in the machine-readable zone; retype it in Latin.</source>
        <translation>%1 (%2): допускаются только латинские буквы A-Z, как в машиночитаемой зоне; введите заново латиницей.</translation>
    </message>
    <message>
        <source>%1 (%2) mixes Cyrillic and Latin letters; write it in one alphabet.</source>
        <translation>%1 (%2): смешаны кириллица и латиница; используйте один алфавит.</translation>
    </message>
    <message>
        <source>%1 (%2) must be an ISO 3166-1 alpha-3 code such as UZB, or XXA for a stateless person.</source>
        <translation>%1 (%2): требуется код ISO 3166-1 alpha-3, например UZB, а для лица без гражданства — XXA.</translation>
    </message>
    <message>
        <source>%1 (%2) must be an ISO 3166-1 alpha-3 code such as UZB.</source>
        <translation>%1 (%2): требуется код ISO 3166-1 alpha-3, например UZB.</translation>
    </message>
    <message>
        <source>%1 (%2): "%3" is not an ISO 3166-1 country code; choose the country from the list.</source>
        <translation>%1 (%2): «%3» не является кодом страны по ISO 3166-1; выберите страну из списка.</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Дата подачи заявления</translation>
    </message>
    <message>
        <source>Date of submission (submitted_on) is after today; check the date.</source>
        <translation>Дата подачи заявления (submitted_on) позже сегодняшней; проверьте дату.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3; check the year.</source>
        <translation>%1 (%2) ранее %3 года; проверьте год.</translation>
    </message>
    <message>
        <source>%1 (%2) is after the date of submission; check the date.</source>
        <translation>%1 (%2) позже даты подачи заявления; проверьте дату.</translation>
    </message>
    <message>
        <source>%1 (%2) is before the date of issue; check the dates.</source>
        <translation>%1 (%2): эта дата раньше даты выдачи; проверьте даты.</translation>
    </message>
    <message>
        <source>%1 (%2) has passed: the document expired before the day of submission; a valid document is needed.</source>
        <translation>%1 (%2): срок действия документа истёк до дня подачи заявления; требуется действительный документ.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Date of birth (birth_date) is in the future; check the date.</source>
        <translation>Дата рождения (birth_date) указана в будущем; проверьте дату.</translation>
    </message>
    <message>
        <source>Date of birth (birth_date) is before %1; check the year.</source>
        <translation>Дата рождения (birth_date) ранее %1 года; проверьте год.</translation>
    </message>
    <message>
        <source>Date of birth (birth_date) is not before the date of submission; check both dates.</source>
        <translation>Дата рождения (birth_date) не предшествует дате подачи заявления; проверьте обе даты.</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Place of birth (birth_place) must be written in Cyrillic or Latin letters; take it from the certified translation.</source>
        <translation>Место рождения (birth_place) должно быть указано кириллицей или латиницей; возьмите его из засвидетельствованного перевода.</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Document number (%1) is longer than 30 characters; enter the series and number only.</source>
        <translation>Номер документа (%1) длиннее 30 символов; введите только серию и номер.</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>E-mail (contacts.email) is not an address like name@example.kz; correct it or leave it empty.</source>
        <translation>Адрес электронной почты (contacts.email) не соответствует виду name@example.kz; исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Phone (contacts.phone) must be 7 to 15 digits, optionally with +, spaces, brackets and hyphens, e.g. +7 701 123 4567; correct it or leave it empty.</source>
        <translation>Телефон (contacts.phone) должен содержать от 7 до 15 цифр, допускаются +, пробелы, скобки и дефисы, например +7 701 123 4567; исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The representative's IIN (representative.iin) is not a valid IIN; correct it or leave it empty.</source>
        <translation>ИИН представителя (representative.iin) указан неверно; исправьте его или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Date of the power of attorney</source>
        <translation>Дата доверенности</translation>
    </message>
    <message>
        <source>Power of attorney valid until</source>
        <translation>Доверенность действительна до</translation>
    </message>
    <message>
        <source>Penitentiary institution</source>
        <translation>Учреждение уголовно-исполнительной системы</translation>
    </message>
    <message>
        <source>Head of the institution</source>
        <translation>Руководитель учреждения</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Date of the verdict</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <source>The Annex 2 application must be certified by the head of the institution (annex2.certified_by_head); have it certified.</source>
        <translation>Заявление по форме согласно приложению 2 должно быть заверено руководителем учреждения (annex2.certified_by_head); обеспечьте его заверение.</translation>
    </message>
    <message>
        <source>An Annex 2 application is filed with the migration police (channel service_provider); check the channel.</source>
        <translation>Заявление по приложению 2 подаётся в миграционную полицию (channel service_provider); проверьте канал подачи.</translation>
    </message>
    <message>
        <source>The identity document (identity_document) is missing; an Annex 1 application needs it. Without one, only the Annex 2 basis applies.</source>
        <translation>Отсутствует документ, удостоверяющий личность (identity_document); для заявления по приложению 1 он необходим. Без него применимо только основание по приложению 2.</translation>
    </message>
    <message>
        <source>The Annex 2 block (annex2) belongs only to basis annex2; remove it or change the basis.</source>
        <translation>Блок приложения 2 (annex2) относится только к основанию annex2; удалите его или измените основание.</translation>
    </message>
    <message>
        <source>The Annex 2 block (annex2) is missing; basis annex2 needs the institution, court and verdict.</source>
        <translation>Отсутствует блок приложения 2 (annex2); для основания annex2 нужны сведения об учреждении, суде и приговоре.</translation>
    </message>
    <message>
        <source>Basis annex2 is for a person without an identity document; remove identity_document or use basis annex1.</source>
        <translation>Основание annex2 предназначено для лица без документа, удостоверяющего личность; удалите identity_document или укажите основание annex1.</translation>
    </message>
    <message>
        <source>Sex (sex) is not given; choose male or female as in the identity document.</source>
        <translation>Пол (sex) не указан; выберите мужской (male) или женский (female), как в документе, удостоверяющем личность.</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Address of stay (address_of_stay) is empty; ask for the address in Kazakhstan.</source>
        <translation>Адрес пребывания (address_of_stay) не заполнен; уточните у заявителя адрес в Казахстане.</translation>
    </message>
    <message>
        <source>Consent to the use of personal data (consent_to_personal_data) is not given; the applicant must give it on the form.</source>
        <translation>Согласие на использование персональных данных (consent_to_personal_data) не дано; заявитель должен дать его на бланке заявления.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>The digest (%1) must be 64 lower-case hex digits (SHA-256); leave it empty to have it computed.</source>
        <translation>Хеш-сумма (%1) должна состоять из 64 шестнадцатеричных цифр в нижнем регистре (SHA-256); оставьте поле пустым, чтобы она была вычислена автоматически.</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>приложение 1</translation>
    </message>
    <message>
        <source>Annex 2</source>
        <translation>приложение 2</translation>
    </message>
    <message>
        <source>Paragraph 3</source>
        <translation>пункт 3</translation>
    </message>
    <message>
        <source>Annex 3, row 8, item 2</source>
        <translation>приложение 3, строка 8, подпункт 2)</translation>
    </message>
    <message>
        <source>Annex 3, row 8, item 3</source>
        <translation>приложение 3, строка 8, подпункт 3)</translation>
    </message>
    <message>
        <source>Document number (%1) contains Cyrillic letters; a passport prints its number in Latin letters and digits. Switch the keyboard to Latin and type it again.</source>
        <translation>Номер документа (%1) содержит кириллические буквы; в паспорте номер напечатан латинскими буквами и цифрами. Переключите клавиатуру на латиницу и введите номер заново.</translation>
    </message>
    <message>
        <source>Surname in Cyrillic</source>
        <translation>Фамилия кириллицей</translation>
    </message>
    <message>
        <source>Surname in Latin letters</source>
        <translation>Фамилия латиницей</translation>
    </message>
    <message>
        <source>Representative's surname</source>
        <translation>Фамилия представителя</translation>
    </message>
    <message>
        <source>Given name in Cyrillic</source>
        <translation>Имя кириллицей</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Representative's given name</source>
        <translation>Имя представителя</translation>
    </message>
    <message>
        <source>Patronymic in Cyrillic</source>
        <translation>Отчество кириллицей</translation>
    </message>
    <message>
        <source>Patronymic in Latin letters</source>
        <translation>Отчество латиницей</translation>
    </message>
    <message>
        <source>Representative's patronymic</source>
        <translation>Отчество представителя</translation>
    </message>
    <message>
        <source>Number of the representative's document</source>
        <translation>Номер документа представителя</translation>
    </message>
    <message>
        <source>State that issued the representative's document</source>
        <translation>Государство, выдавшее документ представителя</translation>
    </message>
    <message>
        <source>Date of issue of the representative's document</source>
        <translation>Дата выдачи документа представителя</translation>
    </message>
    <message>
        <source>Representative's document valid until</source>
        <translation>Срок действия документа представителя</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Print &amp;certificate</source>
        <translation>Напечатать &amp;свидетельство</translation>
    </message>
    <message>
        <source>&amp;Reprint certificate (duplicate)</source>
        <translation>&amp;Повторно напечатать свидетельство (дубликат)</translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation>Напечатать &amp;расписку</translation>
    </message>
    <message>
        <source>Record hand&amp;over</source>
        <translation>Записать &amp;выдачу</translation>
    </message>
    <message>
        <source>Cancel the applica&amp;tion…</source>
        <translation>&amp;Отменить заявление…</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation>Причина отмены:</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>Cancel the application</source>
        <translation>Отмена заявления</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Не отменять</translation>
    </message>
    <message>
        <source>Sections of the application</source>
        <translation>Разделы заявления</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Data of the application</source>
        <translation>Данные заявления</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложенные документы</translation>
    </message>
    <message>
        <source>Preview of the attachment</source>
        <translation>Предпросмотр приложенного документа</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Audit trail of the application</source>
        <translation>Журнал аудита заявления</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The attachments folder "%1" cannot be created.</source>
        <translation>Не удаётся создать папку приложенных документов «%1».</translation>
    </message>
    <message>
        <source>The attachment cannot be saved: %1</source>
        <translation>Не удаётся сохранить приложенный документ: %1</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать приложенный документ %1: %2</translation>
    </message>
    <message>
        <source>The attachment %1 does not match its digest: the file was changed.</source>
        <translation>Приложенный документ %1 не соответствует своей хеш-сумме: файл был изменён.</translation>
    </message>
<message>
        <source>The attachment %1 is encrypted and the journal's scan key is not available.</source>
        <translation>Приложенный документ %1 зашифрован, а ключ сканов журнала недоступен.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be encrypted without the journal's scan key.</source>
        <translation>Приложенный документ %1 нельзя зашифровать без ключа сканов журнала.</translation>
    </message>
    <message>
        <source>The attachment %1 does not read back after encryption: it was left as it was.</source>
        <translation>Приложенный документ %1 не читается после шифрования: он оставлен без изменений.</translation>
    </message>
</context>
<context>
    <name>AttentionWindow</name>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Show which items</source>
        <translation>Какие записи показать</translation>
    </message>
    <message>
        <source>Number of items shown</source>
        <translation>Число показанных записей</translation>
    </message>
    <message>
        <source>The thresholds in force</source>
        <translation>Действующие пороги</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Что требует внимания</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С какого времени</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Open the selected application</source>
        <translation>Открыть выбранное заявление</translation>
    </message>
    <message>
        <source>O&amp;pen the application</source>
        <translation>&amp;Открыть заявление</translation>
    </message>
    <message>
        <source>Export the list for the registry's help desk</source>
        <translation>Выгрузить список для службы поддержки реестра</translation>
    </message>
    <message>
        <source>&amp;Export for the help desk…</source>
        <translation>&amp;Выгрузить для службы поддержки…</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Обновить список</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Writing the audit trail</source>
        <translation>Запись в журнал аудита</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Чтение журнала аудита</translation>
    </message>
    <message>
        <source>Audit record %1 is missing: records were deleted.</source>
        <translation>Запись журнала аудита %1 отсутствует: записи были удалены.</translation>
    </message>
    <message>
        <source>Audit record %1 does not follow record %2: records were deleted or reordered.</source>
        <translation>Запись журнала аудита %1 не следует за записью %2: записи были удалены или переставлены.</translation>
    </message>
    <message>
        <source>Audit record %1 was altered after it was written.</source>
        <translation>Запись журнала аудита %1 была изменена уже после внесения в журнал.</translation>
    </message>
    <message>
        <source>Audit records from %1 on are missing: the trail ends at record %2, but its recorded head is record %3. The newest records were deleted.</source>
        <translation>Записи журнала аудита начиная с %1 отсутствуют: журнал заканчивается записью %2, а согласно сохранённой отметке последней должна быть запись %3. Самые новые записи были удалены.</translation>
    </message>
    <message>
        <source>The head of the audit trail is missing.</source>
        <translation>Отсутствует сохранённая отметка последней записи журнала аудита.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Checking the operator's role</source>
        <translation>Проверка роли оператора</translation>
    </message>
    <message>
        <source>This journal has operator accounts: an active operator must sign in to %1.</source>
        <translation>В этом журнале есть учётные записи операторов: чтобы %1, должен войти активный оператор.</translation>
    </message>
    <message>
        <source>The role of %1 (%2) does not allow this: %3.</source>
        <translation>Роль %1 (%2) не позволяет это: %3.</translation>
    </message>
    <message>
        <source>view applicants' personal data</source>
        <translation>просматривать персональные данные заявителей</translation>
    </message>
    <message>
        <source>take an application</source>
        <translation>принимать заявление</translation>
    </message>
    <message>
        <source>take an Annex 2 application</source>
        <translation>принимать заявление по приложению 2</translation>
    </message>
    <message>
        <source>register an application</source>
        <translation>регистрировать заявление</translation>
    </message>
    <message>
        <source>print receipts</source>
        <translation>печатать расписки</translation>
    </message>
    <message>
        <source>print a registration certificate</source>
        <translation>печатать регистрационное свидетельство</translation>
    </message>
    <message>
        <source>reprint a registration certificate</source>
        <translation>повторно печатать регистрационное свидетельство</translation>
    </message>
    <message>
        <source>record the handover of a certificate</source>
        <translation>записывать выдачу свидетельства</translation>
    </message>
    <message>
        <source>cancel an application</source>
        <translation>отменять заявление</translation>
    </message>
    <message>
        <source>send the queue to the registry</source>
        <translation>отправлять очередь в реестр</translation>
    </message>
    <message>
        <source>manage complaints</source>
        <translation>вести жалобы</translation>
    </message>
    <message>
        <source>edit the working-day calendar</source>
        <translation>изменять календарь рабочих дней</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>просматривать журнал аудита</translation>
    </message>
    <message>
        <source>back up, restore or export the journal</source>
        <translation>создавать резервную копию журнала, восстанавливать или экспортировать его</translation>
    </message>
    <message>
        <source>manage operator accounts</source>
        <translation>управлять учётными записями операторов</translation>
    </message>
    <message>
        <source>change the desk's settings</source>
        <translation>изменять настройки рабочего места</translation>
    </message>
    <message>
        <source>receive security-paper blanks and record spoiled ones</source>
        <translation>принимать бланки строгой отчётности и учитывать испорченные</translation>
    </message>
    <message>
        <source>supervise the office's applications and blanks</source>
        <translation>контролировать заявления и бланки отделения</translation>
    </message>
    <message>
        <source>make the end-of-shift report of one's own work</source>
        <translation>составлять отчёт за смену о своей работе</translation>
    </message>
    <message>
        <source>make the end-of-shift report of the desk or of another operator</source>
        <translation>составлять отчёт за смену по рабочему месту или другому оператору</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>"%1" already exists: choose a new file for the backup.</source>
        <translation>«%1» уже существует: выберите для резервной копии новый файл.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>Резервную копию нельзя записать поверх самой базы данных.</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Запись резервной копии</translation>
    </message>
    <message>
        <source>The backup was written but cannot be read back: %1</source>
        <translation>Резервная копия записана, но прочитать её не удаётся: %1</translation>
    </message>
    <message>
        <source>The backup was written but fails the integrity check.</source>
        <translation>Резервная копия записана, но не прошла проверку целостности.</translation>
    </message>
    <message>
        <source>The backup file "%1" cannot be created.</source>
        <translation>Не удаётся создать файл резервной копии «%1».</translation>
    </message>
</context>
<context>
    <name>BackupContainer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 ended or failed while it was read: %2</source>
        <translation>Файл %1 закончился или дал сбой при чтении: %2</translation>
    </message>
    <message>
        <source>The backup's contents are not what the desk writes: %1. Nothing was restored.</source>
        <translation>Содержимое резервной копии не такое, какое записывает рабочее место: %1. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>a record claims an impossible length</source>
        <translation>запись указывает невозможную длину</translation>
    </message>
    <message>
        <source>it does not start with the database</source>
        <translation>она начинается не с базы данных</translation>
    </message>
    <message>
        <source>a second or misnamed database</source>
        <translation>вторая или неверно названная база данных</translation>
    </message>
    <message>
        <source>a second, misnamed or oversized scan key</source>
        <translation>второй, неверно названный или слишком большой ключ сканов</translation>
    </message>
    <message>
        <source>a scan named "%1", which is no scan's digest</source>
        <translation>скан с именем «%1», которое не является дайджестом скана</translation>
    </message>
    <message>
        <source>the scan %1 twice</source>
        <translation>скан %1 дважды</translation>
    </message>
    <message>
        <source>the folder for %1 cannot be made</source>
        <translation>не удаётся создать папку для %1</translation>
    </message>
    <message>
        <source>an end record with contents</source>
        <translation>завершающая запись с содержимым</translation>
    </message>
    <message>
        <source>a record of unknown type %1</source>
        <translation>запись неизвестного типа %1</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>a file cannot be written</source>
        <translation>не удаётся записать файл</translation>
    </message>
    <message>
        <source>bytes after the end record</source>
        <translation>байты после завершающей записи</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>a name too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <source>it ends before its end record</source>
        <translation>она обрывается до завершающей записи</translation>
    </message>
    <message>
        <source>a scan key file that is not one</source>
        <translation>файл ключа сканов, который им не является</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>No USB stick with an iin-desk-backups folder is mounted, and no backup folder is set in the desk settings.</source>
        <translation>Не подключена USB-флешка с папкой iin-desk-backups, и в настройках рабочего места не задана папка для резервных копий.</translation>
    </message>
    <message>
        <source>No USB stick with an iin-desk-backups folder is mounted, and the backup folder %1 is not there.</source>
        <translation>Не подключена USB-флешка с папкой iin-desk-backups, а папки для резервных копий %1 нет.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>Не удаётся удалить старую резервную копию %1.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backup folder: %1 is not a folder. Choose an existing folder, or leave it empty to back up only to a USB stick that has an iin-desk-backups folder.</source>
        <translation>Папка для резервных копий: %1 — не папка. Выберите существующую папку или оставьте поле пустым, чтобы сохранять копии только на USB-флешку с папкой iin-desk-backups.</translation>
    </message>
    <message>
        <source>Recovery public key: %1 is not a recovery public key file (made by iin-desk-cli backup keygen).</source>
        <translation>Открытый ключ восстановления: %1 — не файл открытого ключа восстановления (его создаёт iin-desk-cli backup keygen).</translation>
    </message>
    <message>
        <source>Recovery public key: choose the office's recovery public key file; the desk writes its backups only encrypted.</source>
        <translation>Открытый ключ восстановления: выберите файл открытого ключа восстановления офиса; рабочее место записывает резервные копии только зашифрованными.</translation>
    </message>
    <message>
        <source>Backups to keep: choose between 1 and 365.</source>
        <translation>Хранить резервных копий: выберите от 1 до 365.</translation>
    </message>
    <message>
        <source>End-of-day backup time: enter a time such as 18:00.</source>
        <translation>Время резервного копирования в конце дня: введите время, например 18:00.</translation>
    </message>
</context>
<context>
    <name>BlankLedger</name>
    <message>
        <source>Reading the blanks</source>
        <translation>Чтение учёта бланков</translation>
    </message>
    <message>
        <source>Recording the blanks</source>
        <translation>Запись учёта бланков</translation>
    </message>
    <message>
        <source>Serials %1–%2 overlap the range %3–%4 received before; a serial serves at most once.</source>
        <translation>Номера %1–%2 пересекаются с ранее принятым диапазоном %3–%4; каждый номер используется только один раз.</translation>
    </message>
    <message>
        <source>Blank %1 is not in any range this office received.</source>
        <translation>Бланк %1 не входит ни в один диапазон, принятый этим подразделением.</translation>
    </message>
    <message>
        <source>Blank %1 was recorded as spoiled; it is not on hand.</source>
        <translation>Бланк %1 учтён как испорченный; его нет в наличии.</translation>
    </message>
    <message>
        <source>Blank %1 was printed on already; a blank serves once.</source>
        <translation>На бланке %1 уже печатали; бланк используется только один раз.</translation>
    </message>
    <message>
        <source>No security-paper blank is on hand: a supervisor receives a range of blanks before certificates can be printed.</source>
        <translation>В наличии нет бланков строгой отчётности: прежде чем печатать свидетельства, супервайзер принимает диапазон бланков.</translation>
    </message>
    <message>
        <source>A range of blanks runs from a first serial to a last one, both positive, the last not below the first.</source>
        <translation>Диапазон бланков идёт от первого номера до последнего: оба положительные, последний не меньше первого.</translation>
    </message>
    <message>
        <source>%1 holds no security-paper blanks: this office hands blanks to each operator's shift, and a supervisor hands a range before certificates can be printed.</source>
        <translation>У оператора %1 нет бланков строгой отчётности: в этом подразделении бланки выдаются на смену каждому оператору, и прежде чем печатать свидетельства, руководитель выдаёт диапазон бланков.</translation>
    </message>
    <message>
        <source>"%1" is not an active operator who may print certificates; blanks are handed only to one.</source>
        <translation>«%1» — не действующий оператор с правом печати свидетельств; бланки выдаются только такому оператору.</translation>
    </message>
    <message>
        <source>Serials %1–%2 are not all in ranges this office received.</source>
        <translation>Не все номера %1–%2 входят в диапазоны, принятые этим подразделением.</translation>
    </message>
    <message>
        <source>Blank %1 of that range was used already; hand out blanks on hand only.</source>
        <translation>Бланк %1 из этого диапазона уже использован; выдавайте только бланки в наличии.</translation>
    </message>
    <message>
        <source>Serials %1–%2 overlap the range %3–%4 held by %5; a blank is held by one operator at a time.</source>
        <translation>Номера %1–%2 пересекаются с диапазоном %3–%4, выданным оператору %5; бланк одновременно находится только у одного оператора.</translation>
    </message>
    <message>
        <source>%1 holds no blanks; there is nothing to take back.</source>
        <translation>У оператора %1 нет бланков; возвращать нечего.</translation>
    </message>
    <message>
        <source>Blank %1 is held by %2: a blank is printed on only by the operator holding it.</source>
        <translation>Бланк %1 выдан оператору %2: на бланке печатает только тот оператор, у которого он находится.</translation>
    </message>
    <message>
        <source>Blank %1 is in the office's stock, not among the blanks handed to you; print on one you hold.</source>
        <translation>Бланк %1 находится в запасе подразделения, а не среди выданных вам бланков; печатайте на бланке, выданном вам.</translation>
    </message>
</context>
<context>
    <name>BlanksDialog</name>
    <message>
        <source>Security-paper blanks</source>
        <translation>Бланки строгой отчётности</translation>
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation>Чтение остатка…</translation>
    </message>
    <message>
        <source>Balance of blanks</source>
        <translation>Остаток бланков</translation>
    </message>
    <message>
        <source>Receive a range</source>
        <translation>Принять диапазон</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Серия:</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>&amp;First serial:</source>
        <translation>&amp;Первый номер:</translation>
    </message>
    <message>
        <source>First serial</source>
        <translation>Первый номер</translation>
    </message>
    <message>
        <source>&amp;Last serial:</source>
        <translation>П&amp;оследний номер:</translation>
    </message>
    <message>
        <source>Last serial</source>
        <translation>Последний номер</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>Record the range as received</source>
        <translation>Учесть диапазон как принятый</translation>
    </message>
    <message>
        <source>Record a spoiled blank</source>
        <translation>Учесть испорченный бланк</translation>
    </message>
    <message>
        <source>S&amp;erial:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Serial of the spoiled blank</source>
        <translation>Номер испорченного бланка</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Record as s&amp;poiled</source>
        <translation>Учесть как &amp;испорченный</translation>
    </message>
    <message>
        <source>Record the blank as spoiled, countersigned by you</source>
        <translation>Учесть бланк как испорченный, с вашей подписью</translation>
    </message>
    <message>
        <source>Blanks in the clerks' hands</source>
        <translation>Бланки у сотрудников</translation>
    </message>
    <message>
        <source>Cl&amp;erk:</source>
        <translation>Сотр&amp;удник:</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>The operator who receives blanks for the shift or hands back the rest</source>
        <translation>Оператор, который получает бланки на смену или сдаёт остаток</translation>
    </message>
    <message>
        <source>F&amp;rom serial:</source>
        <translation>&amp;С номера:</translation>
    </message>
    <message>
        <source>First serial handed to the clerk</source>
        <translation>Первый номер, выдаваемый сотруднику</translation>
    </message>
    <message>
        <source>&amp;To serial:</source>
        <translation>П&amp;о номер:</translation>
    </message>
    <message>
        <source>Last serial handed to the clerk</source>
        <translation>Последний номер, выдаваемый сотруднику</translation>
    </message>
    <message>
        <source>&amp;Hand to the clerk</source>
        <translation>&amp;Выдать сотруднику</translation>
    </message>
    <message>
        <source>Hand the range to the clerk's shift</source>
        <translation>Выдать диапазон на смену сотрудника</translation>
    </message>
    <message>
        <source>Take &amp;back the rest</source>
        <translation>При&amp;нять остаток</translation>
    </message>
    <message>
        <source>Take back the clerk's unused blanks</source>
        <translation>Принять от сотрудника неиспользованные бланки</translation>
    </message>
    <message>
        <source>Blanks per clerk</source>
        <translation>Бланки по сотрудникам</translation>
    </message>
</context>
<context>
    <name>CalendarData</name>
    <message>
        <source>The calendar file is not valid JSON: %1 (at character %2).</source>
        <translation>Файл календаря не является корректным JSON: %1 (символ %2).</translation>
    </message>
    <message>
        <source>The calendar file has format %1; this program reads format %2.</source>
        <translation>Файл календаря имеет формат %1; программа читает формат %2.</translation>
    </message>
    <message>
        <source>A holiday in the calendar file has no "id".</source>
        <translation>У одного из праздников в файле календаря нет «id».</translation>
    </message>
    <message>
        <source>Holiday "%1" has no English name.</source>
        <translation>У праздника «%1» нет английского названия.</translation>
    </message>
    <message>
        <source>Holiday "%1" has a date that is not MM-DD.</source>
        <translation>Дата праздника «%1» записана не в виде ММ-ДД.</translation>
    </message>
    <message>
        <source>Holiday "%1" needs either fixed "dates" or "movable": true.</source>
        <translation>Для праздника «%1» нужны либо постоянные «dates», либо «movable»: true.</translation>
    </message>
    <message>
        <source>"%1" in "years" is not a year.</source>
        <translation>«%1» в «years» не является годом.</translation>
    </message>
    <message>
        <source>Year %1: "status" must be "verified" or "unconfirmed".</source>
        <translation>Год %1: «status» должен быть «verified» или «unconfirmed».</translation>
    </message>
    <message>
        <source>Year %1: the date of "%2" is not a YYYY-MM-DD date of that year.</source>
        <translation>Год %1: дата «%2» не является датой этого года в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Year %1: a transfer needs "day_off" and/or "working_day" as YYYY-MM-DD dates.</source>
        <translation>Год %1: для переноса нужны даты «day_off» и/или «working_day» в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Year %1: a transfer makes %2 both a day off and a working day.</source>
        <translation>Год %1: перенос делает %2 одновременно выходным и рабочим днём.</translation>
    </message>
    <message>
        <source>Year %1: "%2" is not a movable holiday of this calendar.</source>
        <translation>Год %1: «%2» не является переходящим праздником этого календаря.</translation>
    </message>
    <message>
        <source>Cannot read the calendar file %1: %2.</source>
        <translation>Не удаётся прочитать файл календаря %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a year the calendar can hold.</source>
        <translation>Год %1 не может быть внесён в календарь.</translation>
    </message>
    <message>
        <source>Year %1: the status must be verified or unconfirmed.</source>
        <translation>Год %1: статус должен быть «проверен» или «не подтверждён».</translation>
    </message>
    <message>
        <source>Year %1: the date of %2 must be a date of that year.</source>
        <translation>Год %1: дата праздника «%2» должна относиться к этому году.</translation>
    </message>
    <message>
        <source>Year %1: a transfer needs a working day, a day off, or both.</source>
        <translation>Год %1: в переносе должен быть указан рабочий день, выходной день или оба.</translation>
    </message>
    <message>
        <source>Year %1: %2 is not a date of that year.</source>
        <translation>Год %1: %2 не является датой этого года.</translation>
    </message>
    <message>
        <source>Year %1: %2 is moved twice; each date may appear in one transfer only.</source>
        <translation>Год %1: дата %2 переносится дважды; каждая дата может входить только в один перенос.</translation>
    </message>
    <message>
        <source>Year %1: %2 is already a working day; a transfer makes a weekend day (or a day off) a working day.</source>
        <translation>Год %1: %2 уже является рабочим днём; перенос делает рабочим днём субботу или воскресенье (либо выходной день).</translation>
    </message>
    <message>
        <source>Year %1: %2 is already a day off; a transfer moves the day off to a working weekday.</source>
        <translation>Год %1: %2 уже является выходным днём; при переносе выходной переносится на рабочий будний день.</translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <source>Working day.</source>
        <translation>Рабочий день.</translation>
    </message>
    <message>
        <source>Working day by decree (%1).</source>
        <translation>Рабочий день по постановлению (%1).</translation>
    </message>
    <message>
        <source>Working day by decree, in exchange for the day off on %1 (%2).</source>
        <translation>Рабочий день по постановлению, взамен выходного %1 (%2).</translation>
    </message>
    <message>
        <source>Weekend.</source>
        <translation>Выходной (суббота или воскресенье).</translation>
    </message>
    <message>
        <source>Public holiday: %1.</source>
        <translation>Праздничный день: %1.</translation>
    </message>
    <message>
        <source>Day off moved from %1, a weekend day: %2.</source>
        <translation>Выходной перенесён с %1, пришедшегося на выходной: %2.</translation>
    </message>
    <message>
        <source>Day off by decree (%1).</source>
        <translation>Выходной по постановлению (%1).</translation>
    </message>
    <message>
        <source>Day off by decree, moved from %1 (%2).</source>
        <translation>Выходной по постановлению, перенесён с %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Where the year's data comes from</source>
        <translation>Источник данных за год</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Status of the year's data</source>
        <translation>Состояние данных за год</translation>
    </message>
    <message>
        <source>First day of &amp;Kurban ait:</source>
        <translation>Первый день &amp;Курбан айта:</translation>
    </message>
    <message>
        <source>First day of Kurban ait</source>
        <translation>Первый день Курбан айта</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Tra&amp;nsfers:</source>
        <translation>Пере&amp;носы:</translation>
    </message>
    <message>
        <source>Day transfers</source>
        <translation>Переносы дней</translation>
    </message>
    <message>
        <source>Working day (was off)</source>
        <translation>Рабочий день (был выходным)</translation>
    </message>
    <message>
        <source>Day off (was working)</source>
        <translation>Выходной день (был рабочим)</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Постановление</translation>
    </message>
    <message>
        <source>&amp;Working day:</source>
        <translation>&amp;Рабочий день:</translation>
    </message>
    <message>
        <source>Working day of the transfer</source>
        <translation>Рабочий день по переносу</translation>
    </message>
    <message>
        <source>Day o&amp;ff:</source>
        <translation>&amp;Выходной день:</translation>
    </message>
    <message>
        <source>Day off of the transfer</source>
        <translation>Выходной день по переносу</translation>
    </message>
    <message>
        <source>&amp;Decree:</source>
        <translation>&amp;Постановление:</translation>
    </message>
    <message>
        <source>Decree of the transfer</source>
        <translation>Постановление о переносе</translation>
    </message>
    <message>
        <source>Add the transfer</source>
        <translation>Добавить перенос</translation>
    </message>
    <message>
        <source>&amp;Add the transfer</source>
        <translation>&amp;Добавить перенос</translation>
    </message>
    <message>
        <source>Remove the selected transfer</source>
        <translation>Удалить выбранный перенос</translation>
    </message>
    <message>
        <source>&amp;Remove the selected transfer</source>
        <translation>&amp;Удалить выбранный перенос</translation>
    </message>
    <message>
        <source>Use the shipped data for this year</source>
        <translation>Использовать на этот год данные, поставляемые с программой</translation>
    </message>
    <message>
        <source>Use the s&amp;hipped data for this year</source>
        <translation>&amp;Использовать на этот год данные, поставляемые с программой</translation>
    </message>
    <message>
        <source>Save or close</source>
        <translation>Сохранить или закрыть</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>Reading the edited calendar</source>
        <translation>Чтение изменённого календаря</translation>
    </message>
    <message>
        <source>The calendar edited in the journal is damaged: %1</source>
        <translation>Календарь, изменённый в журнале, повреждён: %1</translation>
    </message>
    <message>
        <source>The calendar for %1 is unchanged: nothing to save.</source>
        <translation>Календарь на %1 год не изменился: сохранять нечего.</translation>
    </message>
    <message>
        <source>Saving the edited calendar</source>
        <translation>Сохранение изменённого календаря</translation>
    </message>
</context>
<context>
    <name>CertificateLayout</name>
    <message>
        <source>The fonts of the printed documents could not be loaded.</source>
        <translation>Не удалось загрузить шрифты печатных документов.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device (is the file writable?).</source>
        <translation>Не удаётся вывести документ на устройство вывода (доступен ли файл для записи?).</translation>
    </message>
</context>
<context>
    <name>CertificatePayload</name>
    <message>
        <source>The certificate data contain a character that cannot be signed ('|' or a control character).</source>
        <translation>Данные свидетельства содержат символ, который нельзя подписать («|» или управляющий символ).</translation>
    </message>
    <message>
        <source>A certificate needs a 12-digit IIN, a number, a birth date and an issue date before it can be signed.</source>
        <translation>Чтобы подписать свидетельство, в нём должны быть 12-значный ИИН, номер свидетельства, дата рождения и дата выдачи.</translation>
    </message>
    <message>
        <source>A training certificate is signed only by the training key.</source>
        <translation>Учебное свидетельство подписывается только учебным ключом.</translation>
    </message>
    <message>
        <source>The training key cannot sign a real certificate.</source>
        <translation>Учебным ключом нельзя подписать настоящее (не учебное) свидетельство.</translation>
    </message>
    <message>
        <source>The code does not hold an IIN registration certificate.</source>
        <translation>Код не содержит данных регистрационного свидетельства ИИН.</translation>
    </message>
    <message>
        <source>A training certificate is signed only by the training keys.</source>
        <translation>Учебное свидетельство подписывается только учебными ключами.</translation>
    </message>
    <message>
        <source>A training key cannot sign a real certificate.</source>
        <translation>Учебным ключом нельзя подписать настоящее (не учебное) свидетельство.</translation>
    </message>
    <message>
        <source>The registry's attestation is for another IIN or person than this certificate: the names or birth date in the journal differ from what the registry signed.</source>
        <translation>Подтверждение реестра относится к другому ИИН или лицу, чем это свидетельство: ФИО или дата рождения в журнале отличаются от подписанных реестром.</translation>
    </message>
    <message>
        <source>The registry's attestation is dated after the certificate's issue date: check the desk's clock.</source>
        <translation>Подтверждение реестра датировано позже даты выдачи свидетельства: проверьте часы рабочего места.</translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <source>The certificate is signed by the key "%1", which is not in the trust store.</source>
        <translation>Свидетельство подписано ключом «%1», которого нет в хранилище доверенных ключей.</translation>
    </message>
    <message>
        <source>The signature does not match the certificate's data: it was altered or forged.</source>
        <translation>Подпись не соответствует данным свидетельства: данные изменены или свидетельство подделано.</translation>
    </message>
    <message>
        <source>The training key signed a certificate not marked as training.</source>
        <translation>Учебным ключом подписано свидетельство, не помеченное как учебное.</translation>
    </message>
    <message>
        <source>A real key signed a certificate marked as training.</source>
        <translation>Настоящим (не учебным) ключом подписано свидетельство, помеченное как учебное.</translation>
    </message>
    <message>
        <source>The key "%1" was not in service on the certificate's issue date.</source>
        <translation>На дату выдачи свидетельства ключ «%1» не действовал.</translation>
    </message>
    <message>
        <source>A training certificate: it was made in training mode and proves nothing.</source>
        <translation>Учебное свидетельство: оно создано в учебном режиме и ничего не подтверждает.</translation>
    </message>
    <message>
        <source>A genuine training certificate (training keys are trusted here).</source>
        <translation>Подлинное учебное свидетельство (здесь учебным ключам доверяют).</translation>
    </message>
    <message>
        <source>Genuine: signed by %1.</source>
        <translation>Свидетельство подлинное; подписано: %1.</translation>
    </message>
    <message>
        <source>The certificate was signed by the desk key "%1", which no registry of this trust store certified.</source>
        <translation>Свидетельство подписано ключом рабочего места «%1», который не заверен ни одним реестром из хранилища доверенных ключей.</translation>
    </message>
    <message>
        <source>The desk's signature does not match the certificate's data: it was altered or forged.</source>
        <translation>Подпись рабочего места не соответствует данным свидетельства: они изменены или свидетельство подделано.</translation>
    </message>
    <message>
        <source>The desk key "%1" (desk %2) was revoked by the registry: certificates it signed prove nothing.</source>
        <translation>Ключ рабочего места «%1» (рабочее место %2) отозван реестром: подписанные им свидетельства ничего не подтверждают.</translation>
    </message>
    <message>
        <source>The training desk key signed a certificate not marked as training.</source>
        <translation>Учебный ключ рабочего места подписал свидетельство, не помеченное как учебное.</translation>
    </message>
    <message>
        <source>A real desk key signed a certificate marked as training.</source>
        <translation>Настоящий (не учебный) ключ рабочего места подписал свидетельство, помеченное как учебное.</translation>
    </message>
    <message>
        <source>The desk key "%1" was not in service on the certificate's issue date.</source>
        <translation>Ключ рабочего места «%1» не действовал на дату выдачи свидетельства.</translation>
    </message>
    <message>
        <source>The certificate is dated before the registry attested its IIN.</source>
        <translation>Свидетельство датировано раньше, чем реестр подтвердил его ИИН.</translation>
    </message>
    <message>
        <source>The registry's signature does not match the IIN, names and birth date: they were altered or forged.</source>
        <translation>Подпись реестра не соответствует ИИН, ФИО и дате рождения: они изменены или подделаны.</translation>
    </message>
    <message>
        <source>Genuine: attested by %1, printed by desk %2.</source>
        <translation>Свидетельство подлинное; подтверждено: %1, напечатано рабочим местом %2.</translation>
    </message>
</context>
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
        <source>Unknown language "%1": use kk, ru or en.</source>
        <translation>Неизвестный язык «%1»: используйте kk, ru или en.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>The calendar data for %1 is unconfirmed: check it against the published decrees.</source>
        <translation>Данные календаря на %1 год не подтверждены: сверьте их с опубликованными постановлениями.</translation>
    </message>
    <message>
        <source>The calendar has no data for %1: movable holidays and decree transfers are unknown; only the law's fixed holidays are counted.</source>
        <translation>В календаре нет данных на %1 год: переходящие праздники и переносы по постановлениям неизвестны; учитываются только постоянные праздники по закону.</translation>
    </message>
    <message>
        <source>Kazakhstan's working-day calendar.
  workdays add &lt;YYYY-MM-DD&gt; &lt;N&gt;       the N-th working day after the date (the date itself is not counted)
  workdays is-working &lt;YYYY-MM-DD&gt;    exit 0 for a working day, 1 for a day off, with the reason
  workdays between &lt;YYYY-MM-DD&gt; &lt;YYYY-MM-DD&gt;  working days after the first date up to and including the second
  workdays year &lt;YYYY&gt;                holidays, days off and working weekend days of a year</source>
        <translation>Календарь рабочих дней Казахстана.
  workdays add &lt;ГГГГ-ММ-ДД&gt; &lt;N&gt;       N-й рабочий день после даты (сама дата не считается)
  workdays is-working &lt;ГГГГ-ММ-ДД&gt;    код 0 для рабочего дня, 1 для выходного, с причиной
  workdays between &lt;ГГГГ-ММ-ДД&gt; &lt;ГГГГ-ММ-ДД&gt;  рабочие дни после первой даты до второй включительно
  workdays year &lt;ГГГГ&gt;                праздники, выходные и рабочие субботы года</translation>
    </message>
    <message>
        <source>add, is-working, between or year.</source>
        <translation>add, is-working, between или year.</translation>
    </message>
    <message>
        <source>The action's dates or numbers.</source>
        <translation>Даты или числа для действия.</translation>
    </message>
    <message>
        <source>Print one line of JSON.</source>
        <translation>Вывести одну строку JSON.</translation>
    </message>
    <message>
        <source>Wrong arguments for "workdays %1". See --help.</source>
        <translation>Неверные аргументы для «workdays %1». См. --help.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as YYYY-MM-DD, e.g. 2024-03-21.</source>
        <translation>«%1» не является датой: запишите её в виде ГГГГ-ММ-ДД, например 2024-03-21.</translation>
    </message>
    <message>
        <source>"%1" is not a number of working days (0 to 10000).</source>
        <translation>«%1» не является числом рабочих дней (от 0 до 10000).</translation>
    </message>
    <message>
        <source>The date is out of range.</source>
        <translation>Дата вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The dates are too far apart (50 years at most).</source>
        <translation>Даты слишком далеко друг от друга (не более 50 лет).</translation>
    </message>
    <message>
        <source>"%1" is not a year (1992 to 2200).</source>
        <translation>«%1» не является годом (от 1992 до 2200).</translation>
    </message>
    <message>
        <source>Unknown action "%1": use add, is-working, between or year.</source>
        <translation>Неизвестное действие «%1»: используйте add, is-working, between или year.</translation>
    </message>
    <message>
        <source>working days: deadlines, days off and why</source>
        <translation>рабочие дни: сроки, выходные и их причины</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Не удаётся прочитать файл %1: %2.</translation>
    </message>
    <message>
        <source>Checks an application (JSON, see docs/application-format.md) for completeness against the rules. Exit 0 when complete, 1 when not, 2 when the input is unreadable or malformed.</source>
        <translation>Проверяет комплектность заявления (JSON, см. docs/application-format.md) по правилам. Код выхода 0, если комплект полный, 1 — если нет, 2 — если входные данные не читаются или некорректны.</translation>
    </message>
    <message>
        <source>The application file, or - for standard input.</source>
        <translation>Файл заявления или - для стандартного ввода.</translation>
    </message>
    <message>
        <source>The rule edition to apply (default: the one in force on the date of submission).</source>
        <translation>Применяемая редакция правил (по умолчанию — действующая на дату подачи заявления).</translation>
    </message>
    <message>
        <source>check an application for completeness</source>
        <translation>проверить комплектность заявления</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>Файл %1 не является JSON-объектом: %2</translation>
    </message>
    <message>
        <source>render, verify and sign registration certificates</source>
        <translation>сформировать, проверить и подписать регистрационные свидетельства</translation>
    </message>
    <message>
        <source>render receipts of acceptance and refusal</source>
        <translation>сформировать расписки о приёме документов и об отказе в приёме документов</translation>
    </message>
    <message>
        <source>The certificate's data ("-": standard input).</source>
        <translation>Данные свидетельства («-» — стандартный ввод).</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Куда записать PDF.</translation>
    </message>
    <message>
        <source>Both --json and --pdf are required. See --help.</source>
        <translation>Обязательны оба параметра: --json и --pdf. См. --help.</translation>
    </message>
    <message>
        <source>Reads the QR code of a registration certificate (PDF or image) and checks its signature offline. Exit 0 when genuine, 1 when not genuine or signed by an unknown key, 2 when no certificate code can be read.</source>
        <translation>Считывает QR-код регистрационного свидетельства (PDF или изображение) и проверяет его подпись без подключения к сети. Код выхода 0, если свидетельство подлинное, 1 — если оно не подлинное или подписано неизвестным ключом, 2 — если код свидетельства не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The certificate: a PDF, PNG or JPEG.</source>
        <translation>Свидетельство: файл PDF, PNG или JPEG.</translation>
    </message>
    <message>
        <source>Accept certificates signed by the training key (training mode only).</source>
        <translation>Принимать свидетельства, подписанные учебным ключом (только в учебном режиме).</translation>
    </message>
    <message>
        <source>No QR code was found in the document.</source>
        <translation>В документе не найден QR-код.</translation>
    </message>
    <message>
        <source>Renders a receipt to PDF from a JSON description (docs/certificate.md): of acceptance (a registered package) or of refusal to accept documents (the missing documents and their legal references).</source>
        <translation>Формирует расписку в PDF по описанию в JSON (docs/certificate.md): о приёме документов (зарегистрированный пакет) или об отказе в приёме документов (недостающие документы и их правовые основания).</translation>
    </message>
    <message>
        <source>acceptance or refusal.</source>
        <translation>acceptance (приём) или refusal (отказ).</translation>
    </message>
    <message>
        <source>The receipt's data ("-": standard input).</source>
        <translation>Данные расписки («-» — стандартный ввод).</translation>
    </message>
    <message>
        <source>--kind acceptance|refusal, --json and --pdf are required. See --help.</source>
        <translation>Обязательны параметры --kind acceptance|refusal, --json и --pdf. См. --help.</translation>
    </message>
    <message>
        <source>audit verify: checks that no audit record was edited, deleted or reordered. Exit 0 when the chain holds, 1 naming the first bad record.</source>
        <translation>audit verify: проверяет, что ни одна запись журнала аудита не была изменена, удалена или переставлена. Код выхода 0, если цепочка записей цела, 1 — с указанием первой повреждённой записи.</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify (проверка)</translation>
    </message>
    <message>
        <source>Unknown audit action "%1": use verify.</source>
        <translation>Неизвестное действие «%1» команды audit: используйте verify.</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>Создаваемый файл резервной копии.</translation>
    </message>
    <message>
        <source>--to is required.</source>
        <translation>Обязателен параметр --to.</translation>
    </message>
    <message>
        <source>Lists applications in the journal, newest first, one JSON object per line.</source>
        <translation>Выводит заявления из журнала, начиная с самых новых, по одному JSON-объекту в строке.</translation>
    </message>
    <message>
        <source>Only applications in this status.</source>
        <translation>Только заявления в этом статусе.</translation>
    </message>
    <message>
        <source>An IIN, registration number, document number or name words (Cyrillic or Latin).</source>
        <translation>ИИН, регистрационный номер, номер документа или слова из фамилии, имени, отчества (кириллицей или латиницей).</translation>
    </message>
    <message>
        <source>Registered on or after this day (YYYY-MM-DD).</source>
        <translation>Зарегистрированные в этот день или позже (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Registered on or before this day (YYYY-MM-DD).</source>
        <translation>Зарегистрированные в этот день или раньше (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>At most this many (1-1000).</source>
        <translation>Наибольшее число выводимых заявлений (1–1000).</translation>
    </message>
    <message>
        <source>The next page: only ids below this one.</source>
        <translation>Следующая страница: только заявления с идентификатором меньше указанного.</translation>
    </message>
    <message>
        <source>Unknown status "%1".</source>
        <translation>Неизвестный статус «%1».</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>«%1» не является датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>--limit must be 1 to 1000.</source>
        <translation>Значение --limit должно быть от 1 до 1000.</translation>
    </message>
    <message>
        <source>--before must be an application id.</source>
        <translation>Значение --before должно быть идентификатором заявления.</translation>
    </message>
    <message>
        <source>Application id or registration number.</source>
        <translation>Идентификатор заявления или регистрационный номер.</translation>
    </message>
    <message>
        <source>There is no application "%1".</source>
        <translation>Заявление «%1» не найдено.</translation>
    </message>
    <message>
        <source>The journal database (default: %1).</source>
        <translation>База данных журнала (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1.</source>
        <translation>Не удаётся прочитать файл приложенного документа %1.</translation>
    </message>
    <message>
        <source>Checks an application against the rules in force and registers it in the journal (queued for the registry), or records the refusal when the package is incomplete. Prints the outcome as JSON. Exit 0 registered, 1 refused as incomplete, 2 bad input, 3 when the journal cannot be written.</source>
        <translation>Проверяет заявление по действующим правилам и регистрирует его в журнале (ставит в очередь на отправку в реестр) либо, если пакет документов неполный, фиксирует отказ в приёме документов. Выводит результат в формате JSON. Код выхода 0 — зарегистрировано, 1 — отказ из-за неполного пакета, 2 — некорректные входные данные, 3 — не удаётся записать журнал.</translation>
    </message>
    <message>
        <source>The office code (2-8 of A-Z 0-9).</source>
        <translation>Код подразделения (от 2 до 8 символов из A-Z, 0-9).</translation>
    </message>
    <message>
        <source>The desk code within the office (1-4 of A-Z 0-9).</source>
        <translation>Код рабочего места в подразделении (от 1 до 4 символов из A-Z, 0-9).</translation>
    </message>
    <message>
        <source>check an application and register or refuse it</source>
        <translation>проверить заявление и зарегистрировать его или отказать в приёме</translation>
    </message>
    <message>
        <source>list and search the journal</source>
        <translation>просмотреть журнал и выполнить поиск по нему</translation>
    </message>
    <message>
        <source>show one application with its history</source>
        <translation>показать одно заявление с его историей</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>проверить журнал аудита</translation>
    </message>
    <message>
        <source>copy the journal to a backup file</source>
        <translation>скопировать журнал в файл резервной копии</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Файл резервной копии.</translation>
    </message>
    <message>
        <source>Registration numbers to skip per desk (default %1): more than were issued since the backup.</source>
        <translation>Сколько регистрационных номеров пропустить для каждого рабочего места (по умолчанию %1): больше, чем было выдано после создания резервной копии.</translation>
    </message>
    <message>
        <source>--from and a numeric --skip are required. See --help.</source>
        <translation>Обязательны параметр --from и числовой параметр --skip. См. --help.</translation>
    </message>
    <message>
        <source>put a backup in the journal's place</source>
        <translation>поместить резервную копию на место журнала</translation>
    </message>
    <message>
        <source>The day the terms are judged on (YYYY-MM-DD; default: today).</source>
        <translation>День, на который оцениваются сроки (ГГГГ-ММ-ДД; по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>A term is "due soon" with at most this many working days left (default 1).</source>
        <translation>Срок считается «скоро истекающим», если до него осталось не больше указанного числа рабочих дней (по умолчанию 1).</translation>
    </message>
    <message>
        <source>--due-soon-days must be a number from 0 to 30.</source>
        <translation>--due-soon-days должен быть числом от 0 до 30.</translation>
    </message>
    <message>
        <source>"%1" is not a complaint id.</source>
        <translation>«%1» не является идентификатором жалобы.</translation>
    </message>
    <message>
        <source>Lists complaints, newest first, one JSON object per line: the application, the addressee, the registration date, each term with its due date and state, the outcome. No personal data.</source>
        <translation>Выводит жалобы, начиная с самых новых, по одному JSON-объекту в строке: заявление, адресат, дата регистрации, каждый срок с датой истечения и состоянием, результат. Без персональных данных.</translation>
    </message>
    <message>
        <source>Only complaints with a term overdue.</source>
        <translation>Только жалобы с просроченным сроком.</translation>
    </message>
    <message>
        <source>Only complaints with a term due soon (with --overdue: either).</source>
        <translation>Только жалобы со скоро истекающим сроком (вместе с --overdue — с тем или другим).</translation>
    </message>
    <message>
        <source>Only complaints not yet finished.</source>
        <translation>Только незавершённые жалобы.</translation>
    </message>
    <message>
        <source>Only complaints about this application (id or registration number).</source>
        <translation>Только жалобы по этому заявлению (идентификатор или регистрационный номер).</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>--limit должен быть числом от 1 до 1000.</translation>
    </message>
    <message>
        <source>Registers a complaint from a JSON file (docs/complaints.md) and prints it with its terms. Exit 2 when the file is not a valid complaint.</source>
        <translation>Регистрирует жалобу из JSON-файла (docs/complaints.md) и выводит её со сроками. Код выхода 2, если файл не является корректной жалобой.</translation>
    </message>
    <message>
        <source>The complaint's JSON file ("-": standard input).</source>
        <translation>JSON-файл жалобы («-» — стандартный ввод).</translation>
    </message>
    <message>
        <source>Records what happened to a complaint: exactly one of --satisfied-favourably, --forwarded, --decided or --extend. Exit 1 when the register refuses it (wrong state, past a term).</source>
        <translation>Фиксирует, что произошло с жалобой: ровно один из параметров --satisfied-favourably, --forwarded, --decided или --extend. Код выхода 1, если реестр жалоб отклоняет запись (неподходящее состояние, срок истёк).</translation>
    </message>
    <message>
        <source>A favourable act fully satisfying the complaint was adopted within the 3 working days: it is not forwarded.</source>
        <translation>В течение 3 рабочих дней принят благоприятный административный акт, полностью удовлетворяющий жалобу: жалоба не направляется.</translation>
    </message>
    <message>
        <source>Sent with the case file to the reviewing body.</source>
        <translation>Направлена вместе с материалами дела в орган, рассматривающий жалобу.</translation>
    </message>
    <message>
        <source>The reviewing body decided: satisfied or refused.</source>
        <translation>Орган, рассматривающий жалобу, принял решение: satisfied (удовлетворена) или refused (отказано).</translation>
    </message>
    <message>
        <source>Extend the review term by N working days.</source>
        <translation>Продлить срок рассмотрения на N рабочих дней.</translation>
    </message>
    <message>
        <source>Why the term is extended.</source>
        <translation>Причина продления срока.</translation>
    </message>
    <message>
        <source>When it happened (YYYY-MM-DD; default: --today).</source>
        <translation>Когда это произошло (ГГГГ-ММ-ДД; по умолчанию — --today).</translation>
    </message>
    <message>
        <source>The number of the act or decision.</source>
        <translation>Номер акта или решения.</translation>
    </message>
    <message>
        <source>The reviewing body the complaint went to.</source>
        <translation>Орган, рассматривающий жалобу, в который она направлена.</translation>
    </message>
    <message>
        <source>The complaint's id.</source>
        <translation>Идентификатор жалобы.</translation>
    </message>
    <message>
        <source>--decided takes satisfied or refused.</source>
        <translation>--decided принимает значение satisfied или refused.</translation>
    </message>
    <message>
        <source>--extend takes a number of working days.</source>
        <translation>--extend принимает число рабочих дней.</translation>
    </message>
    <message>
        <source>Give exactly one of --satisfied-favourably, --forwarded, --decided, --extend. See --help.</source>
        <translation>Укажите ровно один из параметров --satisfied-favourably, --forwarded, --decided, --extend. См. --help.</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>Жалобы с идентификатором %1 нет.</translation>
    </message>
    <message>
        <source>Shows one complaint with its personal data, terms and history, as JSON. The view is recorded in the audit trail. Exit 1 when there is no such complaint.</source>
        <translation>Показывает одну жалобу с персональными данными, сроками и историей в формате JSON. Просмотр фиксируется в журнале аудита. Код выхода 1, если такой жалобы нет.</translation>
    </message>
    <message>
        <source>Writes the printable summary of a complaint (Kazakh and Russian) to a PDF. The print is recorded in the audit trail.</source>
        <translation>Записывает печатную сводку по жалобе (на казахском и русском языках) в PDF. Печать фиксируется в журнале аудита.</translation>
    </message>
    <message>
        <source>The office's name in Kazakh, for the heading.</source>
        <translation>Наименование подразделения на казахском языке для заголовка.</translation>
    </message>
    <message>
        <source>The office's name in Russian, for the heading.</source>
        <translation>Наименование подразделения на русском языке для заголовка.</translation>
    </message>
    <message>
        <source>Mark every page as a training document.</source>
        <translation>Пометить каждую страницу как учебный документ.</translation>
    </message>
    <message>
        <source>--pdf is required. See --help.</source>
        <translation>Параметр --pdf обязателен. См. --help.</translation>
    </message>
    <message>
        <source>After the calendar was edited: writes the due dates of the calendar in force into every unfinished complaint and prints how many changed.</source>
        <translation>После изменения календаря: записывает во все незавершённые жалобы сроки по действующему календарю и выводит, у скольких жалоб они изменились.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli complaints &lt;action&gt; [options]
  list [--overdue] [--due-soon] [--open] [--application ID]
  add &lt;complaint.json&gt;
  outcome &lt;id&gt; --satisfied-favourably | --forwarded [--to BODY] |
               --decided satisfied|refused --reference REF |
               --extend N --reason TEXT   [--on YYYY-MM-DD]
  show &lt;id&gt;
  print &lt;id&gt; --pdf &lt;file&gt;
  refresh-due-dates
All take --db, --operator, --today YYYY-MM-DD, --due-soon-days N, --calendar FILE and --help.</source>
        <translation>Использование: iin-desk-cli complaints &lt;действие&gt; [параметры]
  list [--overdue] [--due-soon] [--open] [--application ID]
  add &lt;жалоба.json&gt;
  outcome &lt;id&gt; --satisfied-favourably | --forwarded [--to ОРГАН] |
               --decided satisfied|refused --reference НОМЕР |
               --extend N --reason ТЕКСТ   [--on ГГГГ-ММ-ДД]
  show &lt;id&gt;
  print &lt;id&gt; --pdf &lt;файл&gt;
  refresh-due-dates
Все действия принимают --db, --operator, --today ГГГГ-ММ-ДД, --due-soon-days N, --calendar ФАЙЛ и --help.</translation>
    </message>
    <message>
        <source>The office printed on the document: once for both languages, or twice (Kazakh, then Russian).</source>
        <translation>Подразделение, указываемое в документе: один раз для обоих языков или дважды (сначала на казахском, затем на русском).</translation>
    </message>
    <message>
        <source>The officer named on the document (default: the operator).</source>
        <translation>Сотрудник, указываемый в документе (по умолчанию — оператор).</translation>
    </message>
    <message>
        <source>Print a training document (TRAINING marks, training key); always so while no registry address is configured.</source>
        <translation>Напечатать учебный документ (отметки «УЧЕБНЫЙ РЕЖИМ», учебный ключ); так всегда, пока не настроен адрес реестра.</translation>
    </message>
    <message>
        <source>The application's id or registration number.</source>
        <translation>Идентификатор или регистрационный номер заявления.</translation>
    </message>
    <message>
        <source>There is no application "%1" in the journal.</source>
        <translation>В журнале нет заявления «%1».</translation>
    </message>
    <message>
        <source>Prints the receipt of an application in the journal to PDF: of acceptance for a registered application, of refusal (each missing document with its legal reference) for one refused at intake. A receipt printed before is printed as a DUPLICATE; each print is recorded in the audit trail. Exit 0 printed, 1 no such application or a draft, 2 bad input, 3 journal or file error.</source>
        <translation>Печатает в PDF расписку по заявлению из журнала: о приёме документов — для зарегистрированного заявления, об отказе в приёме (с каждым недостающим документом и ссылкой на норму права) — для заявления, в приёме которого отказано. Ранее напечатанная расписка печатается как ДУБЛИКАТ; каждая печать фиксируется в журнале аудита. Код выхода 0 — напечатано, 1 — такого заявления нет или это черновик, 2 — некорректные входные данные, 3 — ошибка журнала или файла.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli receipt &lt;id|registration-number&gt; --db &lt;journal&gt; --pdf &lt;out.pdf&gt; [--training]
       iin-desk-cli receipt render --kind acceptance|refusal --json &lt;data.json&gt; --pdf &lt;out.pdf&gt;
Takes --help.</source>
        <translation>Использование: iin-desk-cli receipt &lt;id|регистрационный-номер&gt; --db &lt;журнал&gt; --pdf &lt;файл.pdf&gt; [--training]
               iin-desk-cli receipt render --kind acceptance|refusal --json &lt;данные.json&gt; --pdf &lt;файл.pdf&gt;
Принимает --help.</translation>
    </message>
    <message>
        <source>Sends the queued applications to the registry and records its answers. Without --registry the embedded training registry is used (a local file beside the journal). Prints {"sent", "formed", "existing", "rejected", "pending"} as JSON. Exit 0 when the queue is empty, 1 when entries remain pending, 2 bad arguments, 3 failure.</source>
        <translation>Отправляет заявления из очереди в реестр и записывает его ответы. Без --registry используется встроенный учебный реестр (локальный файл рядом с журналом). Выводит {"sent", "formed", "existing", "rejected", "pending"} в формате JSON. Код выхода 0 — очередь пуста, 1 — остались записи, ожидающие ответа, 2 — некорректные аргументы, 3 — сбой.</translation>
    </message>
    <message>
        <source>The registry's address, e.g. https://registry:8443.</source>
        <translation>Адрес реестра, например https://registry:8443.</translation>
    </message>
    <message>
        <source>A PEM file with the registry's certificate or its private CA.</source>
        <translation>PEM-файл с сертификатом реестра или его частного удостоверяющего центра.</translation>
    </message>
    <message>
        <source>Keep going, waiting out retry delays, until the queue is empty (or --timeout).</source>
        <translation>Продолжать, выжидая паузы перед повторными попытками, пока очередь не опустеет (или не истечёт --timeout).</translation>
    </message>
    <message>
        <source>Stop after this many seconds (0: no limit).</source>
        <translation>Остановиться через указанное число секунд (0 — без ограничения).</translation>
    </message>
    <message>
        <source>The longest wait between two attempts of one entry, in seconds (default 3600).</source>
        <translation>Наибольшая пауза между двумя попытками отправки одной записи, в секундах (по умолчанию 3600).</translation>
    </message>
    <message>
        <source>Requests per batch, 1 to 100 (default 100).</source>
        <translation>Число запросов в пакете, от 1 до 100 (по умолчанию 100).</translation>
    </message>
    <message>
        <source>--timeout, --max-delay and --batch need numbers in their ranges. See --help.</source>
        <translation>Для --timeout, --max-delay и --batch нужны числа в допустимых пределах. См. --help.</translation>
    </message>
    <message>
        <source>the complaints register: terms, outcomes, printed summary</source>
        <translation>реестр жалоб: сроки, результаты, печатная сводка</translation>
    </message>
    <message>
        <source>send the queue to the registry and record its answers</source>
        <translation>отправить очередь в реестр и записать его ответы</translation>
    </message>
    <message>
        <source>An edited calendar file laid over the built-in data (instead of the calendar edited in the journal).</source>
        <translation>Файл изменённого календаря, применяемый поверх встроенных данных (вместо календаря, изменённого в журнале).</translation>
    </message>
    <message>
        <source>Shows one application with its status history, attachments, queue state and handover, as JSON. The view is recorded in the audit trail. Exit 1 when there is no such application.</source>
        <translation>Показывает одно заявление с историей статусов, приложенными документами, состоянием в очереди и сведениями о выдаче свидетельства в формате JSON. Просмотр фиксируется в журнале аудита. Код выхода 1, если такого заявления нет.</translation>
    </message>
    <message>
        <source>The journal whose edited calendar is in force (default: %1); without one, the built-in data.</source>
        <translation>Журнал, изменённый календарь которого действует (по умолчанию: %1); без журнала используются встроенные данные.</translation>
    </message>
    <message>
        <source>record the handover of the registration certificate</source>
        <translation>зафиксировать выдачу регистрационного свидетельства</translation>
    </message>
    <message>
        <source>--registry needs the desk credential: set the environment variable IIN_DESK_TOKEN, or name a file with --desk-token-file (readable by its owner only), or configure this registry in the desk's settings.</source>
        <translation>--registry требует учётных данных рабочего места: задайте переменную окружения IIN_DESK_TOKEN, или укажите файл в --desk-token-file (доступный для чтения только владельцу), или укажите этот реестр в настройках рабочего места.</translation>
    </message>
    <message>
        <source>A file whose first line is the desk credential issued by the registry (&lt;desk-id&gt;:&lt;secret&gt;); it must be readable by its owner only. Without it: the environment variable IIN_DESK_TOKEN, then the desk's settings.</source>
        <translation>Файл, в первой строке которого — учётные данные рабочего места, выданные реестром (&lt;desk-id&gt;:&lt;secret&gt;); читать его может только владелец. Без него: переменная окружения IIN_DESK_TOKEN, затем настройки рабочего места.</translation>
    </message>
    <message>
        <source>--desk-token is refused: a credential on the command line can be read by every user of this computer. Pass it in the environment variable IIN_DESK_TOKEN or in a file named by --desk-token-file (readable by its owner only).</source>
        <translation>--desk-token не принимается: учётные данные в командной строке может прочитать любой пользователь этого компьютера. Передайте их в переменной окружения IIN_DESK_TOKEN или в файле, указанном в --desk-token-file (доступном для чтения только владельцу).</translation>
    </message>
    <message>
        <source>--desk-token-file needs --registry (the training registry needs no credential).</source>
        <translation>--desk-token-file требует --registry (учебному реестру учётные данные не нужны).</translation>
    </message>
    <message>
        <source>Renders a registration certificate to PDF from a JSON description (docs/certificate.md): a training certificate, signed with the training keys, or a preview of a real one, signed with throwaway keys that no trust file holds. A real certificate is printed only from the journal (certificate &lt;id&gt;).</source>
        <translation>Формирует регистрационное свидетельство в PDF по описанию в JSON (docs/certificate.md): учебное свидетельство, подписанное учебными ключами, или предварительный просмотр настоящего, подписанный одноразовыми ключами, которых нет ни в одном файле доверенных ключей. Настоящее свидетельство печатается только из журнала (certificate &lt;id&gt;).</translation>
    </message>
    <message>
        <source>Refused unless it is the training key: real keys sign only certificates printed from the journal.</source>
        <translation>Не принимается, если это не учебный ключ: настоящими ключами подписываются только свидетельства, напечатанные из журнала.</translation>
    </message>
    <message>
        <source>render makes previews and training certificates only; a real certificate is printed from the journal (iin-desk-cli certificate &lt;id&gt;) with the desk's certified key.</source>
        <translation>render создаёт только предварительные просмотры и учебные свидетельства; настоящее свидетельство печатается из журнала (iin-desk-cli certificate &lt;id&gt;) с заверенным ключом рабочего места.</translation>
    </message>
    <message>
        <source>A trust file published by a registry: its keys, the desk keys it certified, revocations (may be repeated).</source>
        <translation>Файл доверенных ключей, опубликованный реестром: его ключи, заверенные им ключи рабочих мест, отзывы (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>Creates a signing key file (readable by its owner only, never over an existing file): a desk's own key without --id (the desk also makes it by itself at its first sync), a named key with --id; optionally the trust file with its public half.</source>
        <translation>Создаёт файл ключа подписи (читаемый только владельцем, никогда не поверх существующего файла): без --id — собственный ключ рабочего места (рабочее место создаёт его и само при первой синхронизации), с --id — именованный ключ; при необходимости и файл доверенных ключей с его открытой частью.</translation>
    </message>
    <message>
        <source>The key id printed in every payload it signs (default: derived from the key, as for a desk key).</source>
        <translation>Идентификатор ключа, печатаемый в каждом подписанном им наборе данных (по умолчанию выводится из самого ключа, как у ключа рабочего места).</translation>
    </message>
    <message>
        <source>Who holds the key (a registry's name, a desk id).</source>
        <translation>Владелец ключа (название реестра, идентификатор рабочего места).</translation>
    </message>
    <message>
        <source>The secret key file to create.</source>
        <translation>Создаваемый файл секретного ключа.</translation>
    </message>
    <message>
        <source>A trust file to create with the public key.</source>
        <translation>Создаваемый файл доверенных ключей с открытым ключом.</translation>
    </message>
    <message>
        <source>--out is required. See --help.</source>
        <translation>Параметр --out обязателен. См. --help.</translation>
    </message>
    <message>
        <source>%1 exists already; it is never overwritten.</source>
        <translation>%1 уже существует; он никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>This desk's own signing key file, certified by the registry at the first sync (default: desk-signing.key beside the journal; a training print uses the training keys).</source>
        <translation>Файл собственного ключа подписи этого рабочего места, заверенного реестром при первой синхронизации (по умолчанию desk-signing.key рядом с журналом; учебная печать использует учебные ключи).</translation>
    </message>
    <message>
        <source>The operator recorded in the audit trail, for a journal without operator accounts (default: cli).</source>
        <translation>Оператор, записываемый в журнал аудита, для журнала без учётных записей операторов (по умолчанию: cli).</translation>
    </message>
    <message>
        <source>Sign in as this operator (required once the journal has operator accounts). The password is asked at the terminal, or read from --password-file or IIN_DESK_PASSWORD.</source>
        <translation>Войти как этот оператор (обязательно, если в журнале есть учётные записи операторов). Пароль запрашивается в терминале или читается из --password-file либо IIN_DESK_PASSWORD.</translation>
    </message>
    <message>
        <source>Read the password of --as from the first line of this file (it must be readable by its owner only).</source>
        <translation>Читать пароль для --as из первой строки этого файла (файл должен быть доступен для чтения только владельцу).</translation>
    </message>
    <message>
        <source>operator accounts: add, list, disable, reset-password</source>
        <translation>учётные записи операторов: add, list, disable, reset-password</translation>
    </message>
    <message>
        <source>Once a journal has operator accounts, its commands need --as LOGIN (password at the terminal, from --password-file or IIN_DESK_PASSWORD).</source>
        <translation>Если в журнале есть учётные записи операторов, его командам нужен --as LOGIN (пароль в терминале, из --password-file или IIN_DESK_PASSWORD).</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Новый пароль для %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Тот же пароль ещё раз: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>This journal has no operator accounts yet: create the first administrator with "iin-desk-cli operator add LOGIN --role administrator --full-name NAME".</source>
        <translation>В этом журнале ещё нет учётных записей операторов: создайте первого администратора командой «iin-desk-cli operator add LOGIN --role administrator --full-name NAME».</translation>
    </message>
    <message>
        <source>The account's login.</source>
        <translation>Логин учётной записи.</translation>
    </message>
    <message>
        <source>Creates an operator account. Only an administrator signed in with --as may; the first account of a journal without accounts is an administrator created without a sign-in. The new account's password comes from --new-password-file or is typed twice at the terminal (at least 10 characters with letters and digits). Prints the account as JSON. Exit 0 created, 2 bad input, 4 not signed in as an administrator.</source>
        <translation>Создаёт учётную запись оператора. Это может только администратор, вошедший с --as; первая учётная запись журнала без учётных записей — администратор, создаваемый без входа. Пароль новой учётной записи берётся из --new-password-file или вводится дважды в терминале (не менее 10 символов, буквы и цифры). Выводит учётную запись в JSON. Код выхода: 0 создана, 2 неверные данные, 4 вход не выполнен администратором.</translation>
    </message>
    <message>
        <source>The operator's surname and given name.</source>
        <translation>Фамилия и имя оператора.</translation>
    </message>
    <message>
        <source>clerk, officer, supervisor or administrator.</source>
        <translation>clerk, officer, supervisor или administrator.</translation>
    </message>
    <message>
        <source>The operator's language at sign-in: kk, ru or en (default kk).</source>
        <translation>Язык оператора при входе: kk, ru или en (по умолчанию kk).</translation>
    </message>
    <message>
        <source>Read the new account's password from the first line of this file (readable by its owner only).</source>
        <translation>Читать пароль новой учётной записи из первой строки этого файла (доступен для чтения только владельцу).</translation>
    </message>
    <message>
        <source>--role must be clerk, officer, supervisor or administrator.</source>
        <translation>--role должен быть clerk, officer, supervisor или administrator.</translation>
    </message>
    <message>
        <source>--language must be kk, ru or en.</source>
        <translation>--language должен быть kk, ru или en.</translation>
    </message>
    <message>
        <source>The first account of a journal is its administrator: --role administrator.</source>
        <translation>Первая учётная запись журнала — его администратор: --role administrator.</translation>
    </message>
    <message>
        <source>Lists the operator accounts, one JSON object per line (login, full name, role, language, active). Administrators only.</source>
        <translation>Выводит учётные записи операторов, по одному объекту JSON в строке (логин, ФИО, роль, язык, активность). Только для администраторов.</translation>
    </message>
    <message>
        <source>Deactivates an operator account: it can no longer sign in, in the desk or here. The last active administrator cannot be deactivated. Administrators only. Exit 0 done, 1 no such account, 4 not allowed.</source>
        <translation>Деактивирует учётную запись оператора: она больше не может войти ни на рабочем месте, ни здесь. Последнего активного администратора деактивировать нельзя. Только для администраторов. Код выхода: 0 выполнено, 1 нет такой учётной записи, 4 не разрешено.</translation>
    </message>
    <message>
        <source>Gives an operator account a new password (from --new-password-file or typed twice at the terminal) and lifts a lockout. Administrators only. Exit 0 done, 1 no such account, 2 weak password, 4 not allowed.</source>
        <translation>Задаёт учётной записи оператора новый пароль (из --new-password-file или вводится дважды в терминале) и снимает блокировку. Только для администраторов. Код выхода: 0 выполнено, 1 нет такой учётной записи, 2 слабый пароль, 4 не разрешено.</translation>
    </message>
    <message>
        <source>Read the new password from the first line of this file (readable by its owner only).</source>
        <translation>Читать новый пароль из первой строки этого файла (доступен для чтения только владельцу).</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>Оператора %1 нет.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli operator add &lt;login&gt; --full-name NAME --role ROLE [--language kk|ru|en] [--new-password-file FILE]
       iin-desk-cli operator list
       iin-desk-cli operator disable &lt;login&gt;
       iin-desk-cli operator reset-password &lt;login&gt; [--new-password-file FILE]
Every action takes --db, and --as LOGIN [--password-file FILE] to sign in as an administrator; --help.</source>
        <translation>Использование: iin-desk-cli operator add &lt;login&gt; --full-name NAME --role ROLE [--language kk|ru|en] [--new-password-file FILE]
       iin-desk-cli operator list
       iin-desk-cli operator disable &lt;login&gt;
       iin-desk-cli operator reset-password &lt;login&gt; [--new-password-file FILE]
Каждое действие принимает --db и --as LOGIN [--password-file FILE] для входа администратором; --help.</translation>
    </message>
    <message>
        <source>No password: there is no terminal to ask on. Give --password-file or set IIN_DESK_PASSWORD.</source>
        <translation>Нет пароля: нет терминала, чтобы его запросить. Укажите --password-file или задайте IIN_DESK_PASSWORD.</translation>
    </message>
    <message>
        <source>--as: this journal has no operator accounts. Name the operator with --operator, or create the first administrator with "iin-desk-cli operator add".</source>
        <translation>--as: в этом журнале нет учётных записей операторов. Укажите оператора через --operator или создайте первого администратора командой «iin-desk-cli operator add».</translation>
    </message>
    <message>
        <source>This journal has operator accounts: sign in with --as LOGIN (the password is asked at the terminal, or read from --password-file or IIN_DESK_PASSWORD).</source>
        <translation>В этом журнале есть учётные записи операторов: войдите с --as LOGIN (пароль запрашивается в терминале или читается из --password-file либо IIN_DESK_PASSWORD).</translation>
    </message>
    <message>
        <source>This journal has operator accounts: --operator cannot name the operator; the audit trail records the login signed in with --as.</source>
        <translation>В этом журнале есть учётные записи операторов: --operator не может указывать оператора; журнал аудита записывает логин, вошедший через --as.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <source>read a passport's machine-readable zone</source>
        <translation>прочитать машиночитаемую зону паспорта</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: not the lines of a machine-readable zone.</source>
        <translation>%1 больше %2 байт: это не строки машиночитаемой зоны.</translation>
    </message>
    <message>
        <source>Reads the lines of a machine-readable zone (ICAO Doc 9303: TD1, TD2, TD3, MRV-A, MRV-B) and prints its fields as JSON. Exit 0 when valid, 1 when a check digit or another field is wrong, 2 when the lines are not a machine-readable zone.</source>
        <translation>Читает строки машиночитаемой зоны (ICAO Doc 9303: TD1, TD2, TD3, MRV-A, MRV-B) и печатает её поля в виде JSON. Код выхода 0, если зона верна, 1, если не сходится контрольная цифра или неверно другое поле, 2, если строки не являются машиночитаемой зоной.</translation>
    </message>
    <message>
        <source>A text file with the zone's lines, or - for standard input.</source>
        <translation>Текстовый файл со строками зоны или - для стандартного ввода.</translation>
    </message>
    <message>
        <source>The day the century of the birth date is decided against (default: today).</source>
        <translation>День, относительно которого определяется век даты рождения (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today принимает дату в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli mrz &lt;action&gt; [options]
  parse &lt;FILE|-&gt;   read the lines of a machine-readable zone (ICAO Doc 9303)
  read &lt;IMAGE&gt;     find and read the zone on a scanned page (PNG, JPEG, TIFF, PDF)
Each prints one line of JSON; exit 0 valid, 1 a check digit or another field is wrong, 2 not a machine-readable zone. All take --help.</source>
        <translation>Использование: iin-desk-cli mrz &lt;действие&gt; [параметры]
  parse &lt;FILE|-&gt;   прочитать строки машиночитаемой зоны (ICAO Doc 9303)
  read &lt;IMAGE&gt;     найти и прочитать зону на отсканированной странице (PNG, JPEG, TIFF, PDF)
Каждое печатает одну строку JSON; код выхода 0 — зона верна, 1 — не сходится контрольная цифра или неверно другое поле, 2 — это не машиночитаемая зона. Все действия принимают --help.</translation>
    </message>
    <message>
        <source>Finds the machine-readable zone on a scanned page (PNG, JPEG, TIFF, or the first page of a PDF; 200-600 dpi, any way round), reads it and prints its fields and lines as JSON. Exit 0 when valid, 1 when a check digit or another field is wrong, 2 when the page has no zone or the file is not an image.</source>
        <translation>Находит машиночитаемую зону на отсканированной странице (PNG, JPEG, TIFF или первая страница PDF; 200–600 dpi, в любом положении), читает её и печатает её поля и строки в JSON. Код выхода 0 — зона верна, 1 — не сходится контрольная цифра или неверно другое поле, 2 — на странице нет зоны или файл не является изображением.</translation>
    </message>
    <message>
        <source>Lists the scanners SANE finds, or scans pages into one PDF. Exit 0 when listed or written, 2 for wrong options, 3 for a scanner error (the pages scanned before it are still written).</source>
        <translation>Выводит список сканеров, найденных SANE, или сканирует страницы в один PDF. Код выхода 0 — список выведен или файл записан, 2 — неверные параметры, 3 — ошибка сканера (страницы, отсканированные до ошибки, всё равно записываются).</translation>
    </message>
    <message>
        <source>List the scanners: name, vendor, model, type.</source>
        <translation>Вывести список сканеров: имя, производитель, модель, тип.</translation>
    </message>
    <message>
        <source>With --list: one JSON object.</source>
        <translation>С --list: один объект JSON.</translation>
    </message>
    <message>
        <source>The scanner's SANE name (see --list).</source>
        <translation>Имя сканера в SANE (см. --list).</translation>
    </message>
    <message>
        <source>Scan up to N pages, from the document feeder where the scanner has one; 0: until the feeder is empty (default 1).</source>
        <translation>Сканировать до N страниц, через устройство подачи документов, если оно есть у сканера; 0 — пока устройство подачи не опустеет (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (the nearest the scanner offers).</source>
        <translation>Разрешение в точках на дюйм (ближайшее из доступных сканеру).</translation>
    </message>
    <message>
        <source>color, gray or lineart (default: the scanner's).</source>
        <translation>color (цветной), gray (оттенки серого) или lineart (чёрно-белый) (по умолчанию — как у сканера).</translation>
    </message>
    <message>
        <source>A backend option as scanimage takes it, e.g. filename=page.pnm; may be repeated.</source>
        <translation>Параметр драйвера в том виде, как его принимает scanimage, например filename=page.pnm; можно указывать несколько раз.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Записываемый PDF.</translation>
    </message>
    <message>
        <source>Give --list, or --device NAME and --out FILE.pdf.</source>
        <translation>Укажите --list либо --device ИМЯ и --out ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <source>--pages takes a number of pages (0: until the feeder is empty).</source>
        <translation>--pages принимает число страниц (0 — пока устройство подачи не опустеет).</translation>
    </message>
    <message>
        <source>--dpi takes a resolution in dots per inch, e.g. 300.</source>
        <translation>--dpi принимает разрешение в точках на дюйм, например 300.</translation>
    </message>
    <message>
        <source>--mode takes color, gray or lineart.</source>
        <translation>--mode принимает color, gray или lineart.</translation>
    </message>
    <message>
        <source>--set takes OPTION=VALUE, e.g. resolution=300: "%1".</source>
        <translation>--set принимает ПАРАМЕТР=ЗНАЧЕНИЕ, например resolution=300: «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned before the error were written to %1.</source>
        <translation>
            <numerusform>%n страница, отсканированная до ошибки, записана в %1.</numerusform>
            <numerusform>%n страницы, отсканированные до ошибки, записаны в %1.</numerusform>
            <numerusform>%n страниц, отсканированных до ошибки, записаны в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n страница записана в %1.</numerusform>
            <numerusform>%n страницы записаны в %1.</numerusform>
            <numerusform>%n страниц записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>list scanners, scan pages into one PDF</source>
        <translation>список сканеров, сканирование страниц в один PDF</translation>
    </message>
    <message>
        <source>The scanned page.</source>
        <translation>Отсканированная страница.</translation>
    </message>
    <message>
        <source>Prints the registration certificate of an application in the journal to PDF. Only an application with an IIN has one: the first print moves it to certificate_printed, every later print is a DUPLICATE; each is recorded in the audit trail and consumes one security-paper blank. Exit 0 printed, 1 no such application, no IIN yet or the blank not on hand, 2 bad input, 3 journal or file error.</source>
        <translation>Печатает в PDF регистрационное свидетельство по заявлению из журнала. Свидетельство есть только у заявления с присвоенным ИИН: первая печать переводит заявление в статус certificate_printed, каждая следующая печатается как ДУБЛИКАТ; каждая печать фиксируется в журнале аудита и расходует один бланк строгой отчётности. Код выхода 0 — напечатано, 1 — такого заявления нет, ИИН ещё не присвоен или бланка нет в наличии, 2 — некорректные входные данные, 3 — ошибка журнала или файла.</translation>
    </message>
    <message>
        <source>The serial of the security-paper blank printed on (default: the next one on hand); the print fails when it is not on hand.</source>
        <translation>Номер бланка строгой отчётности, на котором печатают (по умолчанию — следующий в наличии); если его нет в наличии, печать не выполняется.</translation>
    </message>
    <message>
        <source>--blank "%1" is not a serial.</source>
        <translation>--blank "%1" не является номером бланка.</translation>
    </message>
    <message>
        <source>security-paper blanks: receive, spoil, balance</source>
        <translation>бланки строгой отчётности: приём, порча, остаток</translation>
    </message>
    <message>
        <source>--%1 is required. See --help.</source>
        <translation>Параметр --%1 обязателен. См. --help.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a serial (a positive number).</source>
        <translation>--%1 «%2» не является номером бланка (нужно положительное число).</translation>
    </message>
    <message>
        <source>Records a range of numbered security-paper blanks received by the office (a supervisor's). Prints the range and the balance as JSON. Exit 0 recorded, 1 the range overlaps one received before, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Учитывает диапазон нумерованных бланков строгой отчётности, принятых подразделением (действие руководителя). Выводит диапазон и остаток в JSON. Код выхода: 0 учтено, 1 диапазон пересекается с ранее принятым, 2 неверные данные, 3 ошибка журнала, 4 не разрешено.</translation>
    </message>
    <message>
        <source>The first serial of the range.</source>
        <translation>Первый номер диапазона.</translation>
    </message>
    <message>
        <source>The last serial of the range.</source>
        <translation>Последний номер диапазона.</translation>
    </message>
    <message>
        <source>The series printed on the blanks (optional).</source>
        <translation>Серия, напечатанная на бланках (необязательно).</translation>
    </message>
    <message>
        <source>--last must not be below --first.</source>
        <translation>--last не может быть меньше --first.</translation>
    </message>
    <message>
        <source>Records a spoiled security-paper blank with its reason, countersigned by the signed-in supervisor. Exit 0 recorded, 1 the blank is not on hand, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Учитывает испорченный бланк строгой отчётности с причиной, за подписью вошедшего руководителя. Код выхода: 0 учтено, 1 бланка нет в наличии, 2 неверные данные, 3 ошибка журнала, 4 не разрешено.</translation>
    </message>
    <message>
        <source>The blank's serial.</source>
        <translation>Номер бланка.</translation>
    </message>
    <message>
        <source>Why it is spoiled: misprint, jam, damaged or other.</source>
        <translation>Причина порчи: misprint (брак печати), jam (замятие), damaged (повреждён) или other (другое).</translation>
    </message>
    <message>
        <source>--reason must be one of: %1.</source>
        <translation>--reason должен быть одним из: %1.</translation>
    </message>
    <message>
        <source>--to goes with --date. See --help.</source>
        <translation>--to указывается вместе с --date. См. --help.</translation>
    </message>
    <message>
        <source>--date and --to are dates YYYY-MM-DD, --to not before --date.</source>
        <translation>--date и --to — даты в формате ГГГГ-ММ-ДД, --to не раньше --date.</translation>
    </message>
    <message>
        <source>Prints a balance of security-paper blanks: begin + received − issued − spoiled − returned = on hand, for the office or one operator (what was handed to them), over the journal's whole life or the days given (local to the desk). Exit 0, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Выводит остаток бланков строгой отчётности: на начало + принято − использовано − испорчено − сдано = в наличии, по подразделению или по одному оператору (выданное ему), за всё время журнала или за указанные дни (по местному времени рабочего места). Код выхода: 0, 2 неверные данные, 3 ошибка журнала, 4 не разрешено.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>The operator whose blanks (default: the office's).</source>
        <translation>Оператор, чьи бланки показать (по умолчанию — подразделения).</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD).</source>
        <translation>Первый день периода (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>The last day of the period (default: --date).</source>
        <translation>Последний день периода (по умолчанию — --date).</translation>
    </message>
    <message>
        <source>Begin:    %1
Received: %2
Issued:   %3
Spoiled:  %4
Returned: %5
On hand:  %6</source>
        <translation>На начало:      %1
Принято:        %2
Использовано:   %3
Испорчено:      %4
Сдано:          %5
В наличии:      %6</translation>
    </message>
    <message>
        <source>Next blank: %1</source>
        <translation>Следующий бланк: %1</translation>
    </message>
    <message>
        <source>Hands a range of the office's security-paper blanks to an operator's shift (a supervisor's): every serial on hand and held by nobody. Once the office hands out, each operator prints on their own blanks. Prints the hand-out as JSON. Exit 0 handed, 1 a serial not on hand or held by someone, or not an operator who prints, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Выдаёт диапазон бланков строгой отчётности подразделения на смену оператора (действие руководителя): каждый номер должен быть в наличии и ни у кого не находиться. Когда подразделение начало выдавать бланки, каждый оператор печатает на своих бланках. Выводит выдачу в JSON. Код выхода: 0 выдано, 1 номер не в наличии или уже у кого-то, либо оператор не печатает свидетельства, 2 неверные данные, 3 ошибка журнала, 4 не разрешено.</translation>
    </message>
    <message>
        <source>The operator who receives the blanks.</source>
        <translation>Оператор, получающий бланки.</translation>
    </message>
    <message>
        <source>--to is required. See --help.</source>
        <translation>Параметр --to обязателен. См. --help.</translation>
    </message>
    <message>
        <source>Takes back the unused blanks an operator holds at the end of a shift (a supervisor's): they are the office's stock again. Prints how many as JSON. Exit 0 returned, 1 the operator holds none, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Принимает у оператора в конце смены неиспользованные бланки (действие руководителя): они снова в запасе подразделения. Выводит их количество в JSON. Код выхода: 0 сдано, 1 у оператора нет бланков, 2 неверные данные, 3 ошибка журнала, 4 не разрешено.</translation>
    </message>
    <message>
        <source>The operator who hands the blanks back.</source>
        <translation>Оператор, сдающий бланки.</translation>
    </message>
    <message>
        <source>--from is required. See --help.</source>
        <translation>Параметр --from обязателен. См. --help.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli blanks receive|spoil|balance|hand|return [options]
  receive --first &lt;N&gt; --last &lt;M&gt; [--series &lt;S&gt;]
  spoil --serial &lt;N&gt; --reason misprint|jam|damaged|other
  balance [--json] [--operator &lt;LOGIN&gt;] [--date &lt;D&gt; [--to &lt;D&gt;]]
  hand --first &lt;N&gt; --last &lt;M&gt; --to &lt;LOGIN&gt;
  return --from &lt;LOGIN&gt;
Each takes --help and the journal's options (--db, --as, --password-file).</source>
        <translation>Использование: iin-desk-cli blanks receive|spoil|balance|hand|return [параметры]
  receive --first &lt;N&gt; --last &lt;M&gt; [--series &lt;S&gt;]
  spoil --serial &lt;N&gt; --reason misprint|jam|damaged|other
  balance [--json] [--operator &lt;ЛОГИН&gt;] [--date &lt;ДАТА&gt; [--to &lt;ДАТА&gt;]]
  hand --first &lt;N&gt; --last &lt;M&gt; --to &lt;ЛОГИН&gt;
  return --from &lt;ЛОГИН&gt;
Каждая принимает --help и параметры журнала (--db, --as, --password-file).</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli certificate &lt;id|registration-number&gt;|render|verify|keygen [options]
  &lt;id|registration-number&gt; --db &lt;journal&gt; --pdf &lt;out.pdf&gt; [--blank &lt;serial&gt;] [--reason &lt;code&gt;] [--key &lt;key file&gt;] [--training]
  render --json &lt;data.json&gt; --pdf &lt;out.pdf&gt;
  verify &lt;pdf|png&gt; [--trust &lt;trust file&gt;]... [--trust-training]
  keygen --out &lt;key file&gt; [--id &lt;key id&gt;] [--issuer &lt;name&gt;] [--public &lt;trust file&gt;]
Each takes --help.</source>
        <translation>Использование: iin-desk-cli certificate &lt;id|регистрационный-номер&gt;|render|verify|keygen [параметры]
  &lt;id|регистрационный-номер&gt; --db &lt;журнал&gt; --pdf &lt;out.pdf&gt; [--blank &lt;номер бланка&gt;] [--reason &lt;код&gt;] [--key &lt;файл ключа&gt;] [--training]
  render --json &lt;data.json&gt; --pdf &lt;out.pdf&gt;
  verify &lt;pdf|png&gt; [--trust &lt;файл доверенных ключей&gt;]... [--trust-training]
  keygen --out &lt;файл ключа&gt; [--id &lt;идентификатор ключа&gt;] [--issuer &lt;название&gt;] [--public &lt;файл доверенных ключей&gt;]
Каждая принимает --help.</translation>
    </message>
    <message>
        <source>Records the handover of the registration certificate (rules, paragraph 11-1): to the person on an identity document, to the person on an electronic document from the digital documents service, or to a representative on a power of attorney. The application must be in status certificate_printed; it moves to handed_over, recorded in the audit trail. Prints the handover as JSON. Exit 0 recorded, 1 no such application or not in status certificate_printed, 2 bad input, 3 journal error.</source>
        <translation>Учитывает выдачу регистрационного свидетельства (правила, пункт 11-1): лично по документу, удостоверяющему личность, лично по электронному документу из сервиса цифровых документов или представителю по доверенности. Заявление должно быть в статусе certificate_printed; оно переходит в handed_over, что записывается в журнал аудита. Выводит выдачу в JSON. Код выхода: 0 учтено, 1 нет такого заявления или оно не в статусе certificate_printed, 2 неверные данные, 3 ошибка журнала.</translation>
    </message>
    <message>
        <source>Who receives the certificate: applicant (on the identity document), digital (on a document from the digital documents service) or representative (on a power of attorney).</source>
        <translation>Кто получает свидетельство: applicant (по документу, удостоверяющему личность), digital (по документу из сервиса цифровых документов) или representative (представитель по доверенности).</translation>
    </message>
    <message>
        <source>Type of the identity document presented (the person's, the digital one or the representative's): passport, stateless_travel_document, refugee_travel_document, residence_permit, id_card, other (default: passport).</source>
        <translation>Вид предъявленного документа, удостоверяющего личность (самого лица, цифрового или представителя): passport, stateless_travel_document, refugee_travel_document, residence_permit, id_card, other (по умолчанию: passport).</translation>
    </message>
    <message>
        <source>Number of that identity document.</source>
        <translation>Номер этого документа, удостоверяющего личность.</translation>
    </message>
    <message>
        <source>digital: the reference the digital documents service shows for the document (optional).</source>
        <translation>digital: ссылка, которую сервис цифровых документов показывает для документа (необязательно).</translation>
    </message>
    <message>
        <source>representative: surname and given name as in the representative's identity document.</source>
        <translation>representative: фамилия и имя как в документе, удостоверяющем личность представителя.</translation>
    </message>
    <message>
        <source>representative: number of the power of attorney.</source>
        <translation>representative: номер доверенности.</translation>
    </message>
    <message>
        <source>representative: date of the power of attorney (YYYY-MM-DD).</source>
        <translation>representative: дата доверенности (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>representative: the notary or other issuer of the power of attorney.</source>
        <translation>representative: нотариус или иное лицо, выдавшее доверенность.</translation>
    </message>
    <message>
        <source>representative: the last day the power of attorney is valid (YYYY-MM-DD), if limited.</source>
        <translation>representative: последний день действия доверенности (ГГГГ-ММ-ДД), если срок ограничен.</translation>
    </message>
    <message>
        <source>--recipient must be one of: %1.</source>
        <translation>--recipient должен быть одним из: %1.</translation>
    </message>
    <message>
        <source>--document-type "%1" is not known: use passport, stateless_travel_document, refugee_travel_document, residence_permit, id_card or other.</source>
        <translation>--document-type «%1» неизвестен: используйте passport, stateless_travel_document, refugee_travel_document, residence_permit, id_card или other.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date (YYYY-MM-DD).</source>
        <translation>--%1: «%2» не является датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Why a certificate printed before is printed again (a DUPLICATE): lost, damaged, spoiled_blank, correction or other; recorded in the audit trail ("unspecified" when not given).</source>
        <translation>Почему ранее напечатанное свидетельство печатается снова (ДУБЛИКАТ): lost (утеряно), damaged (повреждено), spoiled_blank (прежняя печать испортила бланк), correction (исправление) или other (другое); записывается в журнал аудита (если не указано — «unspecified»).</translation>
    </message>
    <message>
        <source>Lists what needs a supervisor's attention: applications stuck in the outbox, without an IIN, not printed or not handed over past the thresholds of the desk's settings, blanks running low, clock warnings of the last day. Exit 0 nothing, 1 something needs attention, 2 bad input, 3 journal or file error, 4 not allowed.</source>
        <translation>Выводит то, что требует внимания руководителя: заявления, превысившие пороги из настроек рабочего места, — застрявшие в очереди на отправку, без ИИН, с ненапечатанным или невыданным свидетельством; заканчивающиеся бланки; предупреждения о часах за последние сутки. Код выхода 0 — ничего, 1 — есть что-то, требующее внимания, 2 — некорректные входные данные, 3 — ошибка журнала или файла, 4 — нет прав.</translation>
    </message>
    <message>
        <source>Write the list for the registry's help desk (CSV, no personal data).</source>
        <translation>Записать список для службы поддержки реестра (CSV, без персональных данных).</translation>
    </message>
    <message>
        <source>Judge the thresholds as of this moment (ISO 8601, e.g. the end of a shift: 2026-12-05T18:00+05:00); default now.</source>
        <translation>Оценивать пороги на этот момент (ISO 8601, например конец смены: 2026-12-05T18:00+05:00); по умолчанию — сейчас.</translation>
    </message>
    <message>
        <source>Threshold: request stuck in the outbox after hours.</source>
        <translation>Порог: через сколько часов запрос считается застрявшим в очереди.</translation>
    </message>
    <message>
        <source>Threshold: IIN not formed within hours.</source>
        <translation>Порог: ИИН не сформирован за столько часов.</translation>
    </message>
    <message>
        <source>Threshold: certificate not printed within hours.</source>
        <translation>Порог: свидетельство не напечатано за столько часов.</translation>
    </message>
    <message>
        <source>Threshold: certificate not handed over within days.</source>
        <translation>Порог: свидетельство не выдано за столько дней.</translation>
    </message>
    <message>
        <source>Threshold: fewer blanks on hand than.</source>
        <translation>Порог: бланков на руках меньше, чем.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a whole number.</source>
        <translation>--%1 «%2» — не целое число.</translation>
    </message>
    <message>
        <source>--as-of "%1" is not a moment in ISO 8601 (2026-12-05T18:00+05:00).</source>
        <translation>--as-of «%1» — не момент времени в формате ISO 8601 (2026-12-05T18:00+05:00).</translation>
    </message>
    <message>
        <source>Nothing has passed its threshold.</source>
        <translation>Ничто не превысило порогов.</translation>
    </message>
    <message>
        <source>what needs a supervisor's attention</source>
        <translation>что требует внимания руководителя</translation>
    </message>
    <message>
        <source>Encrypt the backup to the office's recovery public key in this file: only its private key opens it.</source>
        <translation>Зашифровать резервную копию открытым ключом восстановления офиса из этого файла: открыть её можно только закрытым ключом.</translation>
    </message>
    <message>
        <source>The office's recovery private key, for an encrypted backup (backup --encrypt-to).</source>
        <translation>Закрытый ключ восстановления офиса — для зашифрованной резервной копии (backup --encrypt-to).</translation>
    </message>
    <message>
        <source>%1 is an encrypted backup: give the office's recovery private key with --key.</source>
        <translation>%1 — зашифрованная резервная копия: укажите закрытый ключ восстановления офиса в --key.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted backup of the desk (or its header is damaged): restore a plain backup without --key.</source>
        <translation>%1 — не зашифрованная резервная копия рабочего места (или её заголовок повреждён): обычную резервную копию восстанавливайте без --key.</translation>
    </message>
    <message>
        <source>Makes the office's recovery key pair for encrypted backups: the private key (kept away from the desks: it opens every backup) and the public key (given to the desks: backup --encrypt-to).</source>
        <translation>Создаёт пару ключей восстановления офиса для зашифрованных резервных копий: закрытый ключ (хранится вдали от рабочих мест: он открывает любую копию) и открытый ключ (передаётся рабочим местам: backup --encrypt-to).</translation>
    </message>
    <message>
        <source>The private key file to create (mode 0600).</source>
        <translation>Создаваемый файл закрытого ключа (права 0600).</translation>
    </message>
    <message>
        <source>The public key file to create.</source>
        <translation>Создаваемый файл открытого ключа.</translation>
    </message>
    <message>
        <source>--out and --public are required.</source>
        <translation>Нужны --out и --public.</translation>
    </message>
    <message>
        <source>--out and --public must be two files.</source>
        <translation>--out и --public должны быть разными файлами.</translation>
    </message>
    <message>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 уже существует; файл ключа никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>The (first) day of the report, YYYY-MM-DD, the desk's local day.</source>
        <translation>(Первый) день отчёта, ГГГГ-ММ-ДД, местный день рабочего места.</translation>
    </message>
    <message>
        <source>The last day of a period (default: --date).</source>
        <translation>Последний день периода (по умолчанию — --date).</translation>
    </message>
    <message>
        <source>Print the report as JSON (the default is a readable text).</source>
        <translation>Вывести отчёт в JSON (по умолчанию — читаемый текст).</translation>
    </message>
    <message>
        <source>Write the signed report in Kazakh and Russian to this PDF.</source>
        <translation>Записать подписанный отчёт на казахском и русском языках в этот PDF.</translation>
    </message>
    <message>
        <source>Write the report as CSV (UTF-8 with BOM, semicolons) to this file.</source>
        <translation>Записать отчёт в CSV (UTF-8 с BOM, точка с запятой) в этот файл.</translation>
    </message>
    <message>
        <source>This desk's own signing key file for the PDF (default: desk-signing.key beside the journal; a training desk signs with the training desk key).</source>
        <translation>Файл собственного ключа подписи рабочего места для PDF (по умолчанию — desk-signing.key рядом с журналом; учебное рабочее место подписывает учебным ключом).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>End-of-shift report: office %1, desk %2, %3, %4 to %5</source>
        <translation>Отчёт за смену: подразделение %1, рабочее место %2, %3, с %4 по %5</translation>
    </message>
    <message>
        <source>all operators</source>
        <translation>все операторы</translation>
    </message>
    <message>
        <source>  Spoiled blank %1: %2, countersigned by %3</source>
        <translation>  Испорченный бланк %1: %2, заверил: %3</translation>
    </message>
    <message>
        <source>Exceptions: %1</source>
        <translation>Требует внимания: %1</translation>
    </message>
    <message>
        <source>The end-of-shift report of the desk, or of one operator, for a day or a period (docs/office.md): the applications, the certificates, the blanks and the exceptions. Supervisors and administrators report on anyone; a clerk or an officer on their own work (--operator with their own login). Exit 0 done, 2 bad input, 3 journal or file error, 4 not allowed.</source>
        <translation>Отчёт за смену рабочего места или одного оператора за день или период (docs/office.md): заявления, свидетельства, бланки и то, что требует внимания. Супервайзеры и администраторы составляют отчёт по любому оператору; сотрудник или сотрудник полиции — только о своей работе (--operator со своим логином). Код 0 — готово, 2 — неверные входные данные, 3 — ошибка журнала или файла, 4 — не разрешено.</translation>
    </message>
    <message>
        <source>Report on this operator's work only (default: the whole desk).</source>
        <translation>Отчёт только о работе этого оператора (по умолчанию — всё рабочее место).</translation>
    </message>
    <message>
        <source>--date is required. See --help.</source>
        <translation>Параметр --date обязателен. См. --help.</translation>
    </message>
    <message>
        <source>--date and --to take a day as YYYY-MM-DD.</source>
        <translation>--date и --to принимают день в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>--to must not be before --date.</source>
        <translation>--to не может быть раньше --date.</translation>
    </message>
    <message>
        <source>Give one of --json, --pdf and --csv.</source>
        <translation>Укажите только одно из --json, --pdf и --csv.</translation>
    </message>
    <message>
        <source>Reads the QR code of an end-of-shift report (PDF or image) and checks the desk's signature offline, as a certificate's. Exit 0 when genuine, 1 when not genuine or signed by an unknown key, 2 when no report code can be read.</source>
        <translation>Читает QR-код отчёта за смену (PDF или изображение) и проверяет подпись рабочего места без сети, как у свидетельства. Код 0 — подлинный, 1 — не подлинный или подписан неизвестным ключом, 2 — код отчёта не удалось прочитать.</translation>
    </message>
    <message>
        <source>The report: a PDF, PNG or JPEG.</source>
        <translation>Отчёт: файл PDF, PNG или JPEG.</translation>
    </message>
    <message>
        <source>Accept reports signed by the training desk key (training mode only).</source>
        <translation>Принимать отчёты, подписанные учебным ключом (только в учебном режиме).</translation>
    </message>
    <message>
        <source>No end-of-shift report's code was found in the document.</source>
        <translation>В документе не найден код отчёта за смену.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli report shift|verify [options]
  shift --date D [--to D] [--operator LOGIN] [--json | --pdf FILE | --csv FILE]
  verify FILE.pdf [--trust FILE]... [--trust-training]
Each takes --help.</source>
        <translation>Использование: iin-desk-cli report shift|verify [параметры]
  shift --date D [--to D] [--operator LOGIN] [--json | --pdf FILE | --csv FILE]
  verify FILE.pdf [--trust FILE]... [--trust-training]
Каждая принимает --help.</translation>
    </message>
    <message>
        <source>the end-of-shift report: make it, verify a printed one</source>
        <translation>отчёт за смену: составить, проверить напечатанный</translation>
    </message>
    <message>
        <source>Writes a zip for support: versions, the settings with every secret as ***, the queue's state and last errors, the integrity check, the last audit records; no names, document numbers or IINs (a supervisor's or an administrator's). Exit 0 written, 2 bad arguments or --out exists, 3 journal or file error, 4 not allowed.</source>
        <translation>Записывает zip для службы поддержки: версии, настройки с каждым секретом в виде ***, состояние очереди и последние ошибки, проверку целостности, последние записи журнала аудита; без ФИО, номеров документов и ИИН (для супервайзера или администратора). Код выхода 0 — записано, 2 — неверные аргументы или --out существует, 3 — ошибка журнала или файла, 4 — не разрешено.</translation>
    </message>
    <message>
        <source>The zip file to write (new).</source>
        <translation>Файл zip для записи (новый).</translation>
    </message>
    <message>
        <source>%1 exists: diagnostics never overwrite a file.</source>
        <translation>%1 существует: диагностика никогда не перезаписывает файл.</translation>
    </message>
    <message>
        <source>Diagnostics written to %1.</source>
        <translation>Диагностика записана в %1.</translation>
    </message>
    <message>
        <source>a bundle for support, free of personal data</source>
        <translation>пакет для службы поддержки без персональных данных</translation>
    </message>
    <message>
        <source>The journal was upgraded from schema %1 to %2; its backup is %3</source>
        <translation>Журнал обновлён со схемы %1 до схемы %2; его резервная копия: %3</translation>
    </message>
<message>
        <source>Scans encrypted at rest (docs/at-rest.md):
  scans status [--json]          how the scan key is kept, scans encrypted and plain
  scans encrypt [--recovery-public-key PUB]
                                 encrypt the plain scans an older release left
  scans recover --key RECOVERY_PRIVATE_KEY
                                 keep the scan key for this machine again
  scans export --application ID --sha256 DIGEST --out FILE
                                 write one scan in clear to a file you choose</source>
        <translation>Сканы, зашифрованные при хранении (docs/at-rest.md):
  scans status [--json]          как хранится ключ сканов, сколько сканов зашифровано и открыто
  scans encrypt [--recovery-public-key PUB]
                                 зашифровать открытые сканы, оставленные прежней версией
  scans recover --key RECOVERY_PRIVATE_KEY
                                 снова сохранить ключ сканов для этого компьютера
  scans export --application ID --sha256 DIGEST --out FILE
                                 записать один скан в открытом виде в выбранный файл</translation>
    </message>
    <message>
        <source>How the journal's scan key is kept, whether the office's recovery key holds a copy of it, and how many scans are encrypted and how many still plain.</source>
        <translation>Как хранится ключ сканов журнала, есть ли его копия под ключом восстановления офиса, сколько сканов зашифровано и сколько ещё хранится открыто.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Scan key: %1 (kept by %2, %3)</source>
        <translation>Ключ сканов: %1 (хранитель: %2, %3)</translation>
    </message>
    <message>
        <source>opens here</source>
        <translation>открывается здесь</translation>
    </message>
    <message>
        <source>does not open here</source>
        <translation>здесь не открывается</translation>
    </message>
    <message>
        <source>Recovery copy: %1</source>
        <translation>Копия для восстановления: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Scans: %1 encrypted, %2 plain</source>
        <translation>Сканы: зашифровано %1, открыто %2</translation>
    </message>
    <message>
        <source>Encrypts in place every scan still kept in clear (the desk does it when it opens the journal), and keeps a copy of the scan key sealed to the office's recovery public key.</source>
        <translation>Шифрует на месте каждый скан, который ещё хранится открыто (рабочее место делает это при открытии журнала), и сохраняет копию ключа сканов, запечатанную открытым ключом восстановления офиса.</translation>
    </message>
    <message>
        <source>Seal a copy of the scan key to the office's recovery public key in this file (backup keygen --public).</source>
        <translation>Запечатать копию ключа сканов открытым ключом восстановления офиса из этого файла (backup keygen --public).</translation>
    </message>
    <message>
        <source>Opens the copy of the scan key sealed to the office's recovery key and keeps the key for this machine again (after a restore on another machine, a new TPM or a lost key file).</source>
        <translation>Открывает копию ключа сканов, запечатанную ключом восстановления офиса, и снова сохраняет ключ для этого компьютера (после восстановления на другом компьютере, замены TPM или потери файла ключа).</translation>
    </message>
    <message>
        <source>The office's recovery private key (backup keygen --out).</source>
        <translation>Закрытый ключ восстановления офиса (backup keygen --out).</translation>
    </message>
    <message>
        <source>--key is required.</source>
        <translation>Требуется --key.</translation>
    </message>
    <message>
        <source>Writes one scan of an application, decrypted, to a file you choose (the view is recorded). That file is in clear: it is yours to keep safe.</source>
        <translation>Записывает один скан заявления в расшифрованном виде в выбранный вами файл (просмотр записывается в журнал аудита). Этот файл не зашифрован: его сохранность — ваша ответственность.</translation>
    </message>
    <message>
        <source>The application's id.</source>
        <translation>Идентификатор заявления.</translation>
    </message>
    <message>
        <source>The scan's SHA-256.</source>
        <translation>SHA-256 скана.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>--application, --sha256 and --out are required.</source>
        <translation>Требуются --application, --sha256 и --out.</translation>
    </message>
    <message>
        <source>"%1" cannot be written: %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>scans encrypted at rest: status, encrypt, recover</source>
        <translation>сканы, зашифрованные при хранении: состояние, шифрование, восстановление ключа</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the journal to a new file while the desk runs. A plain backup (--to alone) holds the database only; an encrypted one (--encrypt-to) also carries the journal's scans and scan key. "backup keygen --out KEY --public PUB" makes the office's recovery key pair for encrypted backups.</source>
        <translation>Записывает согласованную копию журнала в новый файл, пока рабочее место работает. Обычная резервная копия (только --to) содержит лишь базу данных; зашифрованная (--encrypt-to) содержит также сканы журнала и ключ сканов. «backup keygen --out KEY --public PUB» создаёт пару ключей восстановления подразделения для зашифрованных резервных копий.</translation>
    </message>
    <message>
        <source>Puts a backup in the journal's place (which must be free: move the old journal aside first) and moves the registration numbers forward so none is reused. An encrypted backup brings the journal's scans and scan key back too.</source>
        <translation>Помещает резервную копию на место журнала (оно должно быть свободно: сначала переместите старый журнал) и сдвигает регистрационные номера вперёд, чтобы ни один не повторился. Зашифрованная резервная копия возвращает также сканы журнала и ключ сканов.</translation>
    </message>
    <message>
        <source>The backup carries scans but no scan key: they open only with the original machine's key.</source>
        <translation>В резервной копии есть сканы, но нет ключа сканов: они открываются только ключом исходного компьютера.</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Unknown field "%1" in the complaint.</source>
        <translation>Неизвестное поле «%1» в жалобе.</translation>
    </message>
    <message>
        <source>"subject" must be application, officer or employee.</source>
        <translation>Поле «subject» должно иметь значение application, officer или employee.</translation>
    </message>
    <message>
        <source>"application" must be an application id or registration number.</source>
        <translation>Поле «application» должно содержать идентификатор или регистрационный номер заявления.</translation>
    </message>
    <message>
        <source>A complaint about an application must name it in "application".</source>
        <translation>В жалобе по заявлению само заявление указывается в поле «application».</translation>
    </message>
    <message>
        <source>Name the officer or employee complained of in "subject_person".</source>
        <translation>Укажите в поле «subject_person» сотрудника, на которого подана жалоба.</translation>
    </message>
    <message>
        <source>"addressee" must be one of: %1.</source>
        <translation>Поле «addressee» должно иметь одно из значений: %1.</translation>
    </message>
    <message>
        <source>"received" must be the registration date as YYYY-MM-DD.</source>
        <translation>Поле «received» должно содержать дату регистрации в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>"channel" must be in_person, post, portal or email.</source>
        <translation>Поле «channel» должно иметь значение in_person, post, portal или email.</translation>
    </message>
    <message>
        <source>"complainant" is required.</source>
        <translation>Поле «complainant» обязательно.</translation>
    </message>
    <message>
        <source>"substance" is required: what the complaint is about.</source>
        <translation>Поле «substance» обязательно: суть жалобы.</translation>
    </message>
    <message>
        <source>"act_learned" must be a date as YYYY-MM-DD.</source>
        <translation>Поле «act_learned» должно содержать дату в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>"%1" must be true or false.</source>
        <translation>Поле «%1» должно иметь значение true или false.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Зарегистрировать жалобу</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Предмет жалобы:</translation>
    </message>
    <message>
        <source>What the complaint is about</source>
        <translation>Предмет жалобы</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>&amp;Заявление:</translation>
    </message>
    <message>
        <source>Application registration number</source>
        <translation>Регистрационный номер заявления</translation>
    </message>
    <message>
        <source>ALM01-02-000017-R</source>
        <translation>ALM01-02-000017-R</translation>
    </message>
    <message>
        <source>P&amp;erson complained of:</source>
        <translation>&amp;Лицо, на которое подана жалоба:</translation>
    </message>
    <message>
        <source>Person complained of</source>
        <translation>Лицо, на которое подана жалоба</translation>
    </message>
    <message>
        <source>Addressed &amp;to:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>Дата &amp;регистрации:</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Arrived &amp;by:</source>
        <translation>&amp;Канал поступления:</translation>
    </message>
    <message>
        <source>How the complaint arrived</source>
        <translation>Канал поступления жалобы</translation>
    </message>
    <message>
        <source>Co&amp;mplainant:</source>
        <translation>Податель &amp;жалобы:</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Податель жалобы</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Контактные &amp;данные:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Суть жалобы:</translation>
    </message>
    <message>
        <source>Substance of the complaint</source>
        <translation>Суть жалобы</translation>
    </message>
    <message>
        <source>Learned of the act o&amp;n:</source>
        <translation>Об акте стало &amp;известно:</translation>
    </message>
    <message>
        <source>Learned of the act on</source>
        <translation>Дата, когда стало известно об акте</translation>
    </message>
    <message>
        <source>The act said how to appeal it</source>
        <translation>В акте разъяснён порядок обжалования</translation>
    </message>
    <message>
        <source>The act gave appeal &amp;instructions (3 months to complain; otherwise 6)</source>
        <translation>В акте разъяснён порядок &amp;обжалования (3 месяца на подачу жалобы; иначе 6)</translation>
    </message>
    <message>
        <source>Lodged with the office whose act it concerns</source>
        <translation>Подана в орган, акт которого обжалуется</translation>
    </message>
    <message>
        <source>Lodged with the office whose act it concerns: &amp;forward it within 3 working days</source>
        <translation>Подана в орган, акт которого обжалуется: &amp;направить в течение 3 рабочих дней</translation>
    </message>
    <message>
        <source>Register or cancel</source>
        <translation>Зарегистрировать или отменить</translation>
    </message>
</context>
<context>
    <name>ComplaintLayout</name>
    <message>
        <source>The fonts of the printed documents could not be loaded.</source>
        <translation>Не удалось загрузить шрифты печатных документов.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device (is the file writable?).</source>
        <translation>Не удаётся вывести документ на устройство вывода (доступен ли файл для записи?).</translation>
    </message>
</context>
<context>
    <name>ComplaintOutcomeDialog</name>
    <message>
        <source>Record an outcome</source>
        <translation>Запись результата</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Дата результата</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Реквизиты:</translation>
    </message>
    <message>
        <source>Reference of the act or decision</source>
        <translation>Реквизиты акта или решения</translation>
    </message>
    <message>
        <source>Forwarded &amp;to:</source>
        <translation>Куда &amp;направлена:</translation>
    </message>
    <message>
        <source>Reviewing body forwarded to</source>
        <translation>Орган, рассматривающий жалобу, в который она направлена</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Решение:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Working days added:</source>
        <translation>Добавлено &amp;рабочих дней:</translation>
    </message>
    <message>
        <source>Working days added</source>
        <translation>Добавлено рабочих дней</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Причина продления</translation>
    </message>
    <message>
        <source>Record or cancel</source>
        <translation>Записать или отменить</translation>
    </message>
</context>
<context>
    <name>ComplaintRegister</name>
    <message>
        <source>Reading the complaint</source>
        <translation>Чтение жалобы</translation>
    </message>
    <message>
        <source>Saving the complaint</source>
        <translation>Сохранение жалобы</translation>
    </message>
    <message>
        <source>The complaint has no registration date.</source>
        <translation>У жалобы нет даты регистрации.</translation>
    </message>
    <message>
        <source>The registration date %1 is in the future.</source>
        <translation>Дата регистрации %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The complainant cannot have learned of the act after the complaint was registered.</source>
        <translation>Податель жалобы не мог узнать об акте позже регистрации жалобы.</translation>
    </message>
    <message>
        <source>A complaint about an application must name the application.</source>
        <translation>В жалобе по заявлению должно быть указано заявление.</translation>
    </message>
    <message>
        <source>There is no application %1 in the journal.</source>
        <translation>В журнале нет заявления с идентификатором %1.</translation>
    </message>
    <message>
        <source>There is no complaint %1 in the register.</source>
        <translation>В реестре нет жалобы с идентификатором %1.</translation>
    </message>
    <message>
        <source>The outcome needs its date.</source>
        <translation>Для результата нужно указать его дату.</translation>
    </message>
    <message>
        <source>The date %1 is before the complaint was registered (%2).</source>
        <translation>Дата %1 раньше даты регистрации жалобы (%2).</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Дата %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The complaint is already finished (%1): nothing more can be recorded.</source>
        <translation>Работа по жалобе уже завершена (%1): больше ничего записать нельзя.</translation>
    </message>
    <message>
        <source>A favourable act that keeps the complaint from being forwarded can only be recorded before it is forwarded; record the decision instead.</source>
        <translation>Благоприятный акт, при котором жалоба не направляется, можно записать только до её направления; вместо этого запишите решение.</translation>
    </message>
    <message>
        <source>The 3 working days ended on %1: after them the complaint must be forwarded; record the reviewing body's decision instead.</source>
        <translation>3 рабочих дня истекли %1: после этого жалоба подлежит направлению; вместо этого запишите решение органа, рассматривающего жалобу.</translation>
    </message>
    <message>
        <source>This complaint was lodged directly with its reviewing body: it is not forwarded.</source>
        <translation>Эта жалоба подана непосредственно в орган, рассматривающий жалобу: она не направляется.</translation>
    </message>
    <message>
        <source>The complaint was already forwarded.</source>
        <translation>Жалоба уже направлена.</translation>
    </message>
    <message>
        <source>Say whether the complaint was satisfied or refused.</source>
        <translation>Укажите, удовлетворена ли жалоба или в её удовлетворении отказано.</translation>
    </message>
    <message>
        <source>The decision needs its reference (number of the act).</source>
        <translation>Для решения нужно указать его реквизиты (номер акта).</translation>
    </message>
    <message>
        <source>The complaint goes to the reviewing body with the case file: record its forwarding first.</source>
        <translation>Жалоба направляется в орган, рассматривающий жалобу, вместе с материалами дела: сначала запишите её направление.</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the forwarding (%1).</source>
        <translation>Дата решения не может быть раньше даты направления жалобы (%1).</translation>
    </message>
    <message>
        <source>The review term of this addressee cannot be extended.</source>
        <translation>Срок рассмотрения у этого адресата не продлевается.</translation>
    </message>
    <message>
        <source>The review term may be extended by %1 working days in all; %2 already used.</source>
        <translation>Срок рассмотрения можно продлить всего не более чем на %1 рабочих дней; уже использовано: %2.</translation>
    </message>
    <message>
        <source>An extension needs its reason.</source>
        <translation>Для продления нужно указать причину.</translation>
    </message>
    <message>
        <source>The review term ended on %1: it can no longer be extended.</source>
        <translation>Срок рассмотрения истёк %1: продлить его уже нельзя.</translation>
    </message>
    <message>
        <source>The complaint changed meanwhile; open it again.</source>
        <translation>Жалоба за это время изменилась; откройте её заново.</translation>
    </message>
    <message>
        <source>Reading the complaints</source>
        <translation>Чтение жалоб</translation>
    </message>
    <message>
        <source>A complaint about a State Corporation employee is addressed to the head of the State Corporation or to the authorized body for informatization (rules, paragraph 20).</source>
        <translation>Жалоба на работника Государственной корпорации подаётся руководителю Государственной корпорации или в уполномоченный орган в сфере информатизации (пункт 20 Правил).</translation>
    </message>
</context>
<context>
    <name>ComplaintTerms</name>
    <message numerus="yes">
        <source>The complaint was filed after %1, more than %n month(s) after the complainant learned of the act (APC art. 92): a warning, not a ground to refuse it.</source>
        <translation>
            <numerusform>Жалоба подана после %1 — более чем через %n месяц после того, как подателю жалобы стало известно об акте (статья 92 АППК): это предупреждение, а не основание для отказа в её рассмотрении.</numerusform>
            <numerusform>Жалоба подана после %1 — более чем через %n месяца после того, как подателю жалобы стало известно об акте (статья 92 АППК): это предупреждение, а не основание для отказа в её рассмотрении.</numerusform>
            <numerusform>Жалоба подана после %1 — более чем через %n месяцев после того, как подателю жалобы стало известно об акте (статья 92 АППК): это предупреждение, а не основание для отказа в её рассмотрении.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar data for %1 is unconfirmed: check the due dates against the published decrees.</source>
        <translation>Данные календаря на %1 год не подтверждены: сверьте сроки с опубликованными постановлениями.</translation>
    </message>
    <message>
        <source>The calendar has no data for %1: the due dates count only the law's fixed holidays.</source>
        <translation>В календаре нет данных на %1 год: при расчёте сроков учитываются только постоянные праздники, установленные законом.</translation>
    </message>
</context>
<context>
    <name>ComplaintTexts</name>
    <message>
        <source>A decision or (in)action on an application</source>
        <translation>Решение, действие (бездействие) по заявлению</translation>
    </message>
    <message>
        <source>An officer of the service provider</source>
        <translation>Должностное лицо услугодателя</translation>
    </message>
    <message>
        <source>A State Corporation employee</source>
        <translation>Работник Государственной корпорации</translation>
    </message>
    <message>
        <source>The service provider (5 working days)</source>
        <translation>Услугодатель (5 рабочих дней)</translation>
    </message>
    <message>
        <source>The quality-control authority (15 working days, up to 10 more)</source>
        <translation>Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг (15 рабочих дней, с возможным продлением ещё до 10)</translation>
    </message>
    <message>
        <source>The head of the State Corporation (5 working days)</source>
        <translation>Руководитель Государственной корпорации (5 рабочих дней)</translation>
    </message>
    <message>
        <source>The authorized body for informatization (15 working days, up to 10 more)</source>
        <translation>Уполномоченный орган в сфере информатизации (15 рабочих дней, с возможным продлением ещё до 10)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>По почте</translation>
    </message>
    <message>
        <source>Through the e-government portal</source>
        <translation>Через портал «электронного правительства»</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>По электронной почте</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>satisfied by a favourable act</source>
        <translation>удовлетворена благоприятным актом</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>направлена</translation>
    </message>
    <message>
        <source>decided: satisfied</source>
        <translation>решение принято: удовлетворена</translation>
    </message>
    <message>
        <source>decided: refused</source>
        <translation>решение принято: в удовлетворении отказано</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>review</source>
        <translation>рассмотрение</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>принято решение</translation>
    </message>
    <message>
        <source>review term extended</source>
        <translation>срок рассмотрения продлён</translation>
    </message>
    <message>
        <source>due dates recomputed after a calendar change</source>
        <translation>сроки пересчитаны после изменения календаря</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE: %1 was due %2, %n working day(s) ago</source>
        <translation>
            <numerusform>ПРОСРОЧЕНО: %1 — срок истёк %2, %n рабочий день назад</numerusform>
            <numerusform>ПРОСРОЧЕНО: %1 — срок истёк %2, %n рабочих дня назад</numerusform>
            <numerusform>ПРОСРОЧЕНО: %1 — срок истёк %2, %n рабочих дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>DUE TODAY: %1 by %2</source>
        <translation>СРОК СЕГОДНЯ: %1 — до %2</translation>
    </message>
    <message numerus="yes">
        <source>Due soon: %1 by %2, %n working day(s) left</source>
        <translation>
            <numerusform>Срок скоро истекает: %1 — до %2, остался %n рабочий день</numerusform>
            <numerusform>Срок скоро истекает: %1 — до %2, осталось %n рабочих дня</numerusform>
            <numerusform>Срок скоро истекает: %1 — до %2, осталось %n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 due %2, %n working day(s) left</source>
        <translation>
            <numerusform>%1 — до %2, остался %n рабочий день</numerusform>
            <numerusform>%1 — до %2, осталось %n рабочих дня</numerusform>
            <numerusform>%1 — до %2, осталось %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 met on %2 (due %3)</source>
        <translation>%1 — выполнено %2 (срок %3)</translation>
    </message>
    <message>
        <source>%1 done late on %2 (due %3)</source>
        <translation>%1 — выполнено с опозданием %2 (срок %3)</translation>
    </message>
    <message>
        <source>no open term</source>
        <translation>текущих сроков нет</translation>
    </message>
    <message>
        <source>deemed refused (no decision in time)</source>
        <translation>считается отказом (решение не принято в срок)</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>заявление с идентификатором %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Жалоба № %1</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Способ поступления</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Предмет жалобы</translation>
    </message>
    <message>
        <source>Person complained of</source>
        <translation>Лицо, на которое подана жалоба</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Податель жалобы</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Суть жалобы</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message numerus="yes">
        <source>Term: %1 (%n working day(s))</source>
        <translation>
            <numerusform>Срок: %1 (%n рабочий день)</numerusform>
            <numerusform>Срок: %1 (%n рабочих дня)</numerusform>
            <numerusform>Срок: %1 (%n рабочих дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deemed refusal</source>
        <translation>Считается отказом</translation>
    </message>
    <message>
        <source>No decision by the review term: the complainant may treat it as a refusal (APC art. 100 p.5).</source>
        <translation>Решение в срок рассмотрения не принято: податель жалобы вправе считать это отказом (пункт 5 статьи 100 АППК).</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Срок обжалования</translation>
    </message>
    <message>
        <source>filed after the last day to complain, %1</source>
        <translation>подана после истечения срока обжалования, последний день — %1</translation>
    </message>
    <message>
        <source>in time (last day %1)</source>
        <translation>в срок (последний день — %1)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1 — %2, оператор %3</translation>
    </message>
    <message numerus="yes">
        <source>+%n working day(s)</source>
        <translation>
            <numerusform>+%n рабочий день</numerusform>
            <numerusform>+%n рабочих дня</numerusform>
            <numerusform>+%n рабочих дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Show which complaints</source>
        <translation>Какие жалобы показывать</translation>
    </message>
    <message>
        <source>Number of complaints shown</source>
        <translation>Количество показанных жалоб</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Предмет жалобы</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Complaint &amp;details (opening one is recorded in the audit trail):</source>
        <translation>&amp;Сведения о жалобе (открытие фиксируется в журнале аудита):</translation>
    </message>
    <message>
        <source>Complaint details</source>
        <translation>Сведения о жалобе</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>Зарегистрировать жалобу</translation>
    </message>
    <message>
        <source>&amp;Register a complaint…</source>
        <translation>&amp;Зарегистрировать жалобу…</translation>
    </message>
    <message>
        <source>Open the selected complaint</source>
        <translation>Открыть выбранную жалобу</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Record an outcome</source>
        <translation>Запись результата</translation>
    </message>
    <message>
        <source>Record an &amp;outcome…</source>
        <translation>Записать &amp;результат…</translation>
    </message>
    <message>
        <source>Export the summary to PDF</source>
        <translation>Выгрузить сводку в PDF</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Выгрузить в PDF…</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Обновить список</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Об&amp;новить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Reading the time of the last backup</source>
        <translation>Чтение времени последней резервной копии</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Counting the applications per day</source>
        <translation>Подсчёт заявлений по дням</translation>
    </message>
    <message>
        <source>Counting the outbox's entries by age</source>
        <translation>Подсчёт запросов в очереди отправки по времени ожидания</translation>
    </message>
    <message>
        <source>Counting the certificates not handed over</source>
        <translation>Подсчёт невыданных свидетельств</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database "%1" cannot be read: %2</source>
        <translation>Не удаётся прочитать базу данных «%1»: %2</translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation>не является базой данных SQLite</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Открытие базы данных</translation>
    </message>
    <message>
        <source>"%1" is not a database file.</source>
        <translation>«%1» не является файлом базы данных.</translation>
    </message>
    <message>
        <source>The database "%1" is read-only: the desk needs to write to it.</source>
        <translation>База данных «%1» доступна только для чтения, а рабочему месту нужно в неё записывать.</translation>
    </message>
    <message>
        <source>The folder "%1" cannot be created.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Проверка базы данных</translation>
    </message>
    <message>
        <source>This SQLite build cannot enforce foreign keys.</source>
        <translation>Эта сборка SQLite не может обеспечить контроль внешних ключей (foreign keys).</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Начало транзакции</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>The database file "%1" cannot be created.</source>
        <translation>Не удаётся создать файл базы данных «%1».</translation>
    </message>
    <message>
        <source>The journal "%1" must be upgraded from schema %2 to %3, and a backup of it is made first. The backup failed, so nothing was changed. %4 Make the folder "%5" writable for this user and free some disk space there, then start the program again.</source>
        <translation>Журнал «%1» нужно обновить со схемы %2 до схемы %3, и сначала делается его резервная копия. Резервную копию сделать не удалось, поэтому ничего не изменено. %4 Разрешите этому пользователю запись в папку «%5» и освободите место на диске, затем снова запустите программу.</translation>
    </message>
    <message>
        <source>The journal "%1" was written by a newer version of IIN Desk: its schema is %2, and this program knows schemas up to %3. The file was left unchanged. Install the newer version again, or restore the backup made before it was upgraded.</source>
        <translation>Журнал «%1» записан более новой версией IIN Desk: его схема — %2, а эта программа знает схемы только до %3. Файл оставлен без изменений. Установите более новую версию снова или восстановите резервную копию, сделанную перед обновлением.</translation>
    </message>
    <message>
        <source>The journal "%1" was written by a newer version of IIN Desk: its schema is %2, and this program, version %3, knows schemas up to %4. The file was left unchanged. Install the newer version again, or restore the backup made before it was upgraded.</source>
        <translation>Журнал «%1» записан более новой версией IIN Desk: его схема — %2, а эта программа (версия %3) знает схемы только до %4. Файл оставлен без изменений. Установите более новую версию снова или восстановите резервную копию, сделанную перед обновлением.</translation>
    </message>
</context>
<context>
    <name>DeskCredentials</name>
    <message>
        <source>Cannot read the desks file %1: %2</source>
        <translation>Не удаётся прочитать файл рабочих мест %1: %2</translation>
    </message>
    <message>
        <source>Desks file %1, line %2: expected "desk-id sha256-hex"</source>
        <translation>Файл рабочих мест %1, строка %2: ожидается строка вида «desk-id sha256-hex»</translation>
    </message>
    <message>
        <source>A desk id is 1 to 64 letters, digits, '.', '_' or '-'.</source>
        <translation>Идентификатор рабочего места — от 1 до 64 символов: латинские буквы, цифры, «.», «_» или «-».</translation>
    </message>
    <message>
        <source>No desk "%1".</source>
        <translation>Рабочее место «%1» не найдено.</translation>
    </message>
</context>
<context>
    <name>DeskKeyCertificate</name>
    <message>
        <source>The certification of a desk key is malformed.</source>
        <translation>Заверение ключа рабочего места имеет неверный формат.</translation>
    </message>
</context>
<context>
    <name>DeskKeyStore</name>
    <message>
        <source>Saving the desk key's certification</source>
        <translation>Сохранение заверения ключа рабочего места</translation>
    </message>
    <message>
        <source>Reading the desk key's certification</source>
        <translation>Чтение заверения ключа рабочего места</translation>
    </message>
</context>
<context>
    <name>DeskKeys</name>
    <message>
        <source>Registry database: %1</source>
        <translation>База данных реестра: %1</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>Desk credential: enter the desk identifier and the token issued for this desk by the registry.</source>
        <translation>Учётные данные рабочего места: введите идентификатор рабочего места и токен, выданный реестром для этого рабочего места.</translation>
    </message>
    <message>
        <source>Office code: use 2 to 8 capital Latin letters or digits, e.g. ALM01.</source>
        <translation>Код подразделения: используйте от 2 до 8 заглавных латинских букв или цифр, например ALM01.</translation>
    </message>
    <message>
        <source>Desk code: use 1 to 4 capital Latin letters or digits, e.g. 02.</source>
        <translation>Код рабочего места: используйте от 1 до 4 заглавных латинских букв или цифр, например 02.</translation>
    </message>
    <message>
        <source>Lock after idle: choose between 1 and 240 minutes.</source>
        <translation>Блокировка при бездействии: выберите значение от 1 до 240 минут.</translation>
    </message>
    <message>
        <source>Default language: choose Kazakh, Russian or English.</source>
        <translation>Язык по умолчанию: выберите казахский, русский или английский.</translation>
    </message>
    <message>
        <source>Registry's TLS certificate: choose a readable PEM file holding a certificate, or leave it empty.</source>
        <translation>TLS-сертификат реестра: выберите доступный для чтения файл PEM с сертификатом или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Registry address: enter an address starting with https://, or leave it empty for the training registry.</source>
        <translation>Адрес реестра: введите адрес, начинающийся с https://, либо оставьте поле пустым для учебного реестра.</translation>
    </message>
    <message>
        <source>Registry address: http:// would send the desk credential and the applicants' data unencrypted over the network. Use https:// (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>Адрес реестра: по http:// учётные данные рабочего места и данные заявителей передавались бы по сети без шифрования. Используйте https:// (http:// допускается только для этого компьютера: localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be made private to this user.</source>
        <translation>Не удаётся сделать файл настроек %1 доступным только этому пользователю.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1 (disk full or read-only?): nothing was changed.</source>
        <translation>Не удалось записать настройки в %1 (диск заполнен или доступен только для чтения?): ничего не изменено.</translation>
    </message>
    <message>
        <source>Passport reader's speed: choose between 300 and 921600 baud (most readers use 9600).</source>
        <translation>Скорость считывателя паспортов: выберите от 300 до 921600 бод (большинство считывателей работают на 9600).</translation>
    </message>
    <message>
        <source>Passport reader's data bits, parity and stop bits: choose from the lists (most readers use 8, none, 1).</source>
        <translation>Биты данных, чётность и стоповые биты считывателя паспортов: выберите из списков (большинство считывателей используют 8, нет, 1).</translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Не удалось прочитать журнал: %1</translation>
    </message>
    <message>
        <source>The diagnostics archive could not be made.</source>
        <translation>Не удалось создать архив диагностики.</translation>
    </message>
</context>
<context>
    <name>DocumentJsonReader</name>
    <message>
        <source>The field "%1" is required.</source>
        <translation>Поле «%1» обязательно для заполнения.</translation>
    </message>
    <message>
        <source>The field "%1" must be a string.</source>
        <translation>Поле «%1» должно быть строкой.</translation>
    </message>
    <message>
        <source>The field "%1" must be a date written YYYY-MM-DD.</source>
        <translation>Поле «%1» должно быть датой в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The field "%1" must be a date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>Поле «%1» должно быть датой и временем в виде YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>The field "%1" must be true or false.</source>
        <translation>Поле «%1» должно быть true или false.</translation>
    </message>
    <message>
        <source>The field "%1" must be a whole number.</source>
        <translation>Поле «%1» должно быть целым числом.</translation>
    </message>
    <message>
        <source>The field "%1" must be an object.</source>
        <translation>Поле «%1» должно быть объектом.</translation>
    </message>
    <message>
        <source>The field "%1" names an unknown document type.</source>
        <translation>В поле «%1» указан неизвестный тип документа.</translation>
    </message>
    <message>
        <source>The field "%1" must be a non-empty list.</source>
        <translation>Поле «%1» должно быть непустым списком.</translation>
    </message>
    <message>
        <source>The field "%1" (or its Russian twin "ru") is required.</source>
        <translation>Поле «%1» (или его русский вариант «ru») обязательно для заполнения.</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <source>Painting documents needs a graphical application object.</source>
        <translation>Для отрисовки документов нужен объект графического приложения.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать файл %1.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Reading the application</source>
        <translation>Чтение заявления</translation>
    </message>
    <message>
        <source>There is no application %1 in the journal.</source>
        <translation>В журнале нет заявления с идентификатором %1.</translation>
    </message>
    <message>
        <source>The stored application %1 cannot be read.</source>
        <translation>Не удаётся прочитать сохранённое заявление %1.</translation>
    </message>
    <message>
        <source>Issuing a certificate number</source>
        <translation>Присвоение номера свидетельства</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Чтение журнала аудита</translation>
    </message>
    <message>
        <source>Application %1 is "%2": it has no IIN yet, so there is no certificate to print.</source>
        <translation>Заявление %1 в статусе «%2»: ИИН ещё не присвоен, поэтому свидетельства для печати нет.</translation>
    </message>
    <message>
        <source>Application %1 is "%2": it was neither accepted nor refused at the counter, so there is no receipt to print.</source>
        <translation>Заявление %1 в статусе «%2»: оно не было ни принято, ни отклонено при приёме, поэтому расписки для печати нет.</translation>
    </message>
    <message>
        <source>Application %1 changed while the receipt was being prepared; print it again.</source>
        <translation>Заявление %1 изменилось, пока готовилась расписка; напечатайте её снова.</translation>
    </message>
    <message>
        <source>Application %1 has no attestation from the registry (its IIN came from a registry that does not sign, or before it did): a real certificate cannot be signed.</source>
        <translation>У заявления %1 нет подтверждения реестра (его ИИН получен от реестра, который не подписывает, или до того, как он начал подписывать): настоящее свидетельство подписать нельзя.</translation>
    </message>
    <message>
        <source>The desk key "%1" is not certified by the registry yet: sync with the registry first.</source>
        <translation>Ключ рабочего места «%1» ещё не заверен реестром: сначала выполните синхронизацию с реестром.</translation>
    </message>
    <message>
        <source>The desk key "%1" is certified for %2 to %3 only: make a new desk key and sync.</source>
        <translation>Ключ рабочего места «%1» заверен только с %2 по %3: создайте новый ключ рабочего места и выполните синхронизацию.</translation>
    </message>
    <message>
        <source>A real certificate is signed with this desk's own key, which the registry certifies at the desk's first sync; none was given.</source>
        <translation>Настоящее свидетельство подписывается собственным ключом этого рабочего места, который реестр заверяет при первой синхронизации; ключ не указан.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has no valid identifier.</source>
        <translation>У черновика нет допустимого идентификатора.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created; check the disk and its permissions.</source>
        <translation>Не удаётся создать папку черновиков %1; проверьте диск и права доступа к нему.</translation>
    </message>
    <message>
        <source>The draft cannot be saved to %1: %2</source>
        <translation>Не удаётся сохранить черновик в папку %1: %2</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read.</source>
        <translation>Не удаётся прочитать черновик %1.</translation>
    </message>
    <message>
        <source>The draft cannot be removed: %1</source>
        <translation>Не удаётся удалить черновик: %1</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unfinished applications</source>
        <translation>Незавершённые заявления</translation>
    </message>
    <message>
        <source>Unfinished applications summary</source>
        <translation>Сводка по незавершённым заявлениям</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Resume the selected application</source>
        <translation>Продолжить заполнение выбранного заявления</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Discard the selected application</source>
        <translation>Удалить выбранное заявление</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>По&amp;зже</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>EncryptedBackup</name>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>Не удаётся запустить библиотеку шифрования.</translation>
    </message>
    <message>
        <source>The data key cannot be sealed to the recovery key.</source>
        <translation>Не удаётся запечатать ключ данных ключом восстановления.</translation>
    </message>
    <message>
        <source>Cannot write the encrypted data: %1</source>
        <translation>Не удаётся записать зашифрованные данные: %1</translation>
    </message>
    <message>
        <source>This is not an encrypted backup of the desk.</source>
        <translation>Это не зашифрованная резервная копия рабочего места.</translation>
    </message>
    <message>
        <source>The file ends inside its header: it was cut short.</source>
        <translation>Файл обрывается внутри заголовка: он обрезан.</translation>
    </message>
    <message>
        <source>The backup is in format version %1; this desk reads version %2. Restore it with a newer version of the desk.</source>
        <translation>Резервная копия в формате версии %1; это рабочее место читает версию %2. Восстановите её более новой версией рабочего места.</translation>
    </message>
    <message>
        <source>The backup uses encryption algorithm %1, which this desk does not know.</source>
        <translation>Резервная копия использует алгоритм шифрования %1, неизвестный этому рабочему месту.</translation>
    </message>
    <message>
        <source>The backup was made for another recovery key: %1 (the key given is %2).</source>
        <translation>Резервная копия сделана для другого ключа восстановления: %1 (указан ключ %2).</translation>
    </message>
    <message>
        <source>The file was changed or damaged: its sealed key does not open.</source>
        <translation>Файл изменён или повреждён: его запечатанный ключ не открывается.</translation>
    </message>
    <message>
        <source>"%1" already exists: choose a new file for the backup.</source>
        <translation>«%1» уже существует: выберите новый файл для резервной копии.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>Резервную копию нельзя записать поверх самой базы данных.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the backup's copy: %1</source>
        <translation>Не удаётся создать закрытую папку для копии журнала: %1</translation>
    </message>
    <message>
        <source>The backup file "%1" cannot be created: %2</source>
        <translation>Не удаётся создать файл резервной копии «%1»: %2</translation>
    </message>
    <message>
        <source>The backup file "%1" cannot be written: %2</source>
        <translation>Не удаётся записать файл резервной копии «%1»: %2</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Файла резервной копии %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot make a private folder to decrypt the backup in: %1</source>
        <translation>Не удаётся создать закрытую папку для расшифровки резервной копии: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Не удаётся создать %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists: move the old journal's scans and scan key aside first; the restore never overwrites them.</source>
        <translation>%1 уже существует: сначала переместите сканы и ключ сканов старого журнала в другое место; восстановление никогда их не перезаписывает.</translation>
    </message>
    <message>
        <source>Cannot move the scans to %1.</source>
        <translation>Не удаётся переместить сканы в %1.</translation>
    </message>
    <message>
        <source>Cannot move the scan key's file to %1.</source>
        <translation>Не удаётся переместить файл ключа сканов в %1.</translation>
    </message>
</context>
<context>
    <name>FileSync</name>
    <message>
        <source>Cannot open %1 to sync it: %2.</source>
        <translation>Не удаётся открыть %1 для записи на диск: %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>Не удаётся записать %1 на диск: %2.</translation>
    </message>
</context>
<context>
    <name>FindApplication</name>
    <message>
        <source>"%1" names more than one application; give its registration number.</source>
        <translation>«%1» соответствует нескольким заявлениям; укажите регистрационный номер заявления.</translation>
    </message>
    <message>
        <source>There is no application "%1" in the journal. Give its registration number, IIN or id.</source>
        <translation>В журнале нет заявления «%1». Укажите регистрационный номер заявления, ИИН или идентификатор.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Representative's document number (document_number) is empty: type the number of the identity document the representative presented.</source>
        <translation>Номер документа представителя (document_number) не заполнен: введите номер документа, удостоверяющего личность, который предъявил представитель.</translation>
    </message>
    <message>
        <source>Document number (document_number) is empty: type the number of the document shown from the digital documents service.</source>
        <translation>Номер документа (document_number) не заполнен: введите номер документа, предъявленного из сервиса цифровых документов.</translation>
    </message>
    <message>
        <source>Identity document number (document_number) is empty: type the number of the identity document the person presented.</source>
        <translation>Номер документа, удостоверяющего личность (document_number), не заполнен: введите номер предъявленного документа, удостоверяющего личность.</translation>
    </message>
    <message>
        <source>Document number (document_number) is longer than %1 characters: type the number as printed on the document.</source>
        <translation>Номер документа (document_number) длиннее %1 символов: введите номер так, как он напечатан в документе.</translation>
    </message>
    <message>
        <source>Reference of the digital document (digital_reference) is longer than %1 characters: type the code the service shows, or leave it empty.</source>
        <translation>Реквизиты цифрового документа (digital_reference) длиннее %1 символов: введите код, который показывает сервис, или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Representative's name (representative_name) is empty: type the surname and given name as in the representative's identity document.</source>
        <translation>Фамилия и имя представителя (representative_name) не заполнены: введите фамилию и имя так, как в документе, удостоверяющем личность представителя.</translation>
    </message>
    <message>
        <source>Representative's name (representative_name) is longer than %1 characters: type the name as in the identity document.</source>
        <translation>Фамилия и имя представителя (representative_name) длиннее %1 символов: введите их так, как в документе, удостоверяющем личность.</translation>
    </message>
    <message>
        <source>Power of attorney number (power_of_attorney.number) is empty: type the number of the document that states the representative's powers.</source>
        <translation>Номер доверенности (power_of_attorney.number) не заполнен: введите номер документа, подтверждающего полномочия представителя.</translation>
    </message>
    <message>
        <source>Date of the power of attorney (power_of_attorney.date) is missing: type the date it was issued.</source>
        <translation>Дата доверенности (power_of_attorney.date) не указана: введите дату её выдачи.</translation>
    </message>
    <message>
        <source>Date of the power of attorney (power_of_attorney.date) is after today: check the date on the document.</source>
        <translation>Дата доверенности (power_of_attorney.date) позже сегодняшней: проверьте дату в документе.</translation>
    </message>
    <message>
        <source>Issued by (power_of_attorney.issued_by) is empty: type the notary or other issuer of the power of attorney.</source>
        <translation>Не указано, кем выдана доверенность (power_of_attorney.issued_by): укажите нотариуса или иное лицо, выдавшее доверенность.</translation>
    </message>
    <message>
        <source>Power of attorney valid until (power_of_attorney.valid_until) is before its date: check the dates on the document.</source>
        <translation>Дата окончания срока действия доверенности (power_of_attorney.valid_until) раньше даты её выдачи: проверьте даты в документе.</translation>
    </message>
    <message>
        <source>The power of attorney expired on %1 (power_of_attorney.valid_until): the certificate cannot be handed over on it; ask for a valid one.</source>
        <translation>Срок действия доверенности истёк %1 (power_of_attorney.valid_until): по ней нельзя выдать свидетельство; попросите предъявить действительную доверенность.</translation>
    </message>
    <message>
        <source>Representative's name (representative_name) is given, but the certificate is not handed to a representative: choose the representative or clear the name.</source>
        <translation>Указаны фамилия и имя представителя (representative_name), но свидетельство выдаётся не представителю: выберите выдачу представителю или удалите фамилию и имя.</translation>
    </message>
    <message>
        <source>A power of attorney (power_of_attorney) is given, but the certificate is not handed to a representative: choose the representative or clear it.</source>
        <translation>Указана доверенность (power_of_attorney), но свидетельство выдаётся не представителю: выберите выдачу представителю или удалите сведения о доверенности.</translation>
    </message>
    <message>
        <source>Reference of the digital document (digital_reference) is given, but no document from the digital documents service was shown: choose that way or clear the reference.</source>
        <translation>Указаны реквизиты цифрового документа (digital_reference), но документ из сервиса цифровых документов не предъявлялся: выберите этот способ или удалите реквизиты.</translation>
    </message>
    <message>
        <source>Saving the handover</source>
        <translation>Сохранение сведений о выдаче свидетельства</translation>
    </message>
    <message>
        <source>Reading the handover</source>
        <translation>Чтение сведений о выдаче свидетельства</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the registration certificate</source>
        <translation>Выдача регистрационного свидетельства</translation>
    </message>
    <message>
        <source>Paragraph 11-1 of the rules: the certificate is handed over on the person's identity document, on an electronic document from the digital documents service, or to a representative acting on a document that states the representative's powers.</source>
        <translation>Пункт 11-1 Правил: свидетельство выдаётся при предъявлении документа, удостоверяющего личность, либо электронного документа из сервиса цифровых документов, либо представителю, действующему на основании документа, в котором указаны полномочия представителя.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Кому выдано</translation>
    </message>
    <message>
        <source>To the &amp;person, on the identity document presented</source>
        <translation>&amp;Лично услугополучателю, по предъявленному документу, удостоверяющему личность</translation>
    </message>
    <message>
        <source>To the person, on the identity document presented</source>
        <translation>Лично услугополучателю, по предъявленному документу, удостоверяющему личность</translation>
    </message>
    <message>
        <source>To the person, on an electronic document from the &amp;digital documents service</source>
        <translation>Лично услугополучателю, по электронному документу из сервиса &amp;цифровых документов</translation>
    </message>
    <message>
        <source>To the person, on an electronic document from the digital documents service</source>
        <translation>Лично услугополучателю, по электронному документу из сервиса цифровых документов</translation>
    </message>
    <message>
        <source>To a &amp;representative, on a power of attorney</source>
        <translation>&amp;Представителю, по доверенности</translation>
    </message>
    <message>
        <source>To a representative, on a power of attorney</source>
        <translation>Представителю, по доверенности</translation>
    </message>
    <message>
        <source>Representative's na&amp;me:</source>
        <translation>Фамилия и &amp;имя представителя:</translation>
    </message>
    <message>
        <source>Representative's name</source>
        <translation>Фамилия и имя представителя</translation>
    </message>
    <message>
        <source>Surname and given name as in the representative's identity document</source>
        <translation>Фамилия и имя, как в документе, удостоверяющем личность представителя</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>&amp;Тип документа:</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Номер документа:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Re&amp;ference shown by the service (if any):</source>
        <translation>&amp;Реквизиты, показанные сервисом (при наличии):</translation>
    </message>
    <message>
        <source>Reference shown by the digital documents service</source>
        <translation>Реквизиты, показанные сервисом цифровых документов</translation>
    </message>
    <message>
        <source>Power of &amp;attorney number:</source>
        <translation>Номер &amp;доверенности:</translation>
    </message>
    <message>
        <source>Power of attorney number</source>
        <translation>Номер доверенности</translation>
    </message>
    <message>
        <source>Dat&amp;e of the power of attorney:</source>
        <translation>Дата &amp;выдачи доверенности:</translation>
    </message>
    <message>
        <source>Date of the power of attorney</source>
        <translation>Дата доверенности</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Кем выдана:</translation>
    </message>
    <message>
        <source>Power of attorney issued by</source>
        <translation>Кем выдана доверенность</translation>
    </message>
    <message>
        <source>The notary or other issuer of the power of attorney</source>
        <translation>Нотариус или иное лицо, выдавшее доверенность</translation>
    </message>
    <message>
        <source>&amp;Valid until (if limited):</source>
        <translation>Действительна до (если &amp;срок ограничен):</translation>
    </message>
    <message>
        <source>Power of attorney valid until</source>
        <translation>Доверенность действительна до</translation>
    </message>
    <message>
        <source>Document on file</source>
        <translation>Документ в деле</translation>
    </message>
    <message>
        <source>The number presented is not the number on file</source>
        <translation>Предъявленный номер не совпадает с номером в деле</translation>
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
    <name>IntakeForm</name>
    <message>
        <source>Intake form</source>
        <translation>Форма приёма заявления</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Форма заявления</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал подачи:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал подачи</translation>
    </message>
    <message>
        <source>Date of submission:</source>
        <translation>Дата подачи заявления:</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Дата подачи заявления</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>&amp;Surname (Cyrillic):</source>
        <translation>Фа&amp;милия (кириллицей):</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Фамилия (кириллицей)</translation>
    </message>
    <message>
        <source>Given name (Cyrillic):</source>
        <translation>Имя (кириллицей):</translation>
    </message>
    <message>
        <source>Given name (Cyrillic)</source>
        <translation>Имя (кириллицей)</translation>
    </message>
    <message>
        <source>Patronymic, if any (Cyrillic):</source>
        <translation>Отчество, при наличии (кириллицей):</translation>
    </message>
    <message>
        <source>Patronymic, if any (Cyrillic)</source>
        <translation>Отчество, при наличии (кириллицей)</translation>
    </message>
    <message>
        <source>Surname in Lat&amp;in letters:</source>
        <translation>Фамилия (&amp;латиницей):</translation>
    </message>
    <message>
        <source>Surname in Latin letters</source>
        <translation>Фамилия (латиницей)</translation>
    </message>
    <message>
        <source>Given name in Latin letters:</source>
        <translation>Имя (латиницей):</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Имя (латиницей)</translation>
    </message>
    <message>
        <source>Patronymic, if any, in Latin letters:</source>
        <translation>Отчество, при наличии (латиницей):</translation>
    </message>
    <message>
        <source>Patronymic, if any, in Latin letters</source>
        <translation>Отчество, при наличии (латиницей)</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth:</source>
        <translation>Место рождения:</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Гражданство:</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation>Тип документа:</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>&amp;Номер документа:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issuing state:</source>
        <translation>Государство выдачи:</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <source>Issuing authority:</source>
        <translation>Орган, выдавший документ:</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Орган, выдавший документ</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>Дата выдачи:</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Valid until (empty if unlimited):</source>
        <translation>Действителен до (пусто, если бессрочный):</translation>
    </message>
    <message>
        <source>Valid until (empty if unlimited)</source>
        <translation>Действителен до (пусто, если бессрочный)</translation>
    </message>
    <message>
        <source>The document gives the surname, given name, patronymic and place of birth in Cyrillic or Latin letters</source>
        <translation>В документе фамилия, имя, отчество и место рождения указаны кириллицей или латиницей</translation>
    </message>
    <message>
        <source>Shown from the digital documents service</source>
        <translation>Предъявлен из сервиса цифровых документов</translation>
    </message>
    <message>
        <source>Stay and contacts</source>
        <translation>Пребывание и контакты</translation>
    </message>
    <message>
        <source>Address of sta&amp;y:</source>
        <translation>&amp;Адрес пребывания:</translation>
    </message>
    <message>
        <source>Address of stay</source>
        <translation>Адрес пребывания</translation>
    </message>
    <message>
        <source>Purpose of stay:</source>
        <translation>Цель пребывания:</translation>
    </message>
    <message>
        <source>Purpose of stay</source>
        <translation>Цель пребывания</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>C&amp;onsent to the collection and processing of personal data given</source>
        <translation>Согласие на сбор и &amp;обработку персональных данных дано</translation>
    </message>
    <message>
        <source>Consent to the collection and processing of personal data given</source>
        <translation>Согласие на сбор и обработку персональных данных дано</translation>
    </message>
    <message>
        <source>Applies through a r&amp;epresentative</source>
        <translation>Обращается через &amp;представителя</translation>
    </message>
    <message>
        <source>Applies through a representative</source>
        <translation>Обращается через представителя</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Representative's surname:</source>
        <translation>Фамилия представителя:</translation>
    </message>
    <message>
        <source>Representative's surname</source>
        <translation>Фамилия представителя</translation>
    </message>
    <message>
        <source>Representative's given name:</source>
        <translation>Имя представителя:</translation>
    </message>
    <message>
        <source>Representative's given name</source>
        <translation>Имя представителя</translation>
    </message>
    <message>
        <source>Representative's patronymic, if any:</source>
        <translation>Отчество представителя (при наличии):</translation>
    </message>
    <message>
        <source>Representative's patronymic, if any</source>
        <translation>Отчество представителя (при наличии)</translation>
    </message>
    <message>
        <source>Representative's IIN, if any:</source>
        <translation>ИИН представителя (при наличии):</translation>
    </message>
    <message>
        <source>Representative's IIN, if any</source>
        <translation>ИИН представителя (при наличии)</translation>
    </message>
    <message>
        <source>Representative's identity document:</source>
        <translation>Документ, удостоверяющий личность представителя:</translation>
    </message>
    <message>
        <source>Representative's identity document</source>
        <translation>Документ, удостоверяющий личность представителя</translation>
    </message>
    <message>
        <source>Representative's document number:</source>
        <translation>Номер документа представителя:</translation>
    </message>
    <message>
        <source>Representative's document number</source>
        <translation>Номер документа представителя</translation>
    </message>
    <message>
        <source>Issuing state of the representative's document:</source>
        <translation>Государство выдачи документа представителя:</translation>
    </message>
    <message>
        <source>Issuing state of the representative's document</source>
        <translation>Государство выдачи документа представителя</translation>
    </message>
    <message>
        <source>Date of issue of the representative's document:</source>
        <translation>Дата выдачи документа представителя:</translation>
    </message>
    <message>
        <source>Date of issue of the representative's document</source>
        <translation>Дата выдачи документа представителя</translation>
    </message>
    <message>
        <source>The power of attorney is notarized</source>
        <translation>Доверенность удостоверена нотариально</translation>
    </message>
    <message>
        <source>Power of attorney number:</source>
        <translation>Номер доверенности:</translation>
    </message>
    <message>
        <source>Power of attorney number</source>
        <translation>Номер доверенности</translation>
    </message>
    <message>
        <source>Power of attorney date:</source>
        <translation>Дата доверенности:</translation>
    </message>
    <message>
        <source>Power of attorney date</source>
        <translation>Дата доверенности</translation>
    </message>
    <message>
        <source>Power of attorney valid until (empty if unlimited):</source>
        <translation>Доверенность действительна до (пусто, если бессрочная):</translation>
    </message>
    <message>
        <source>Power of attorney valid until (empty if unlimited)</source>
        <translation>Доверенность действительна до (пусто, если бессрочная)</translation>
    </message>
    <message>
        <source>Notary:</source>
        <translation>Нотариус:</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>Нотариус</translation>
    </message>
    <message>
        <source>Annex 2: application of the penitentiary institution</source>
        <translation>Приложение 2: заявление учреждения уголовно-исполнительной системы</translation>
    </message>
    <message>
        <source>Institution where the sentence is served:</source>
        <translation>Учреждение, где отбывается наказание:</translation>
    </message>
    <message>
        <source>Institution where the sentence is served</source>
        <translation>Учреждение, где отбывается наказание</translation>
    </message>
    <message>
        <source>Head of the institution:</source>
        <translation>Руководитель учреждения:</translation>
    </message>
    <message>
        <source>Head of the institution</source>
        <translation>Руководитель учреждения</translation>
    </message>
    <message>
        <source>Representative of the institution:</source>
        <translation>Представитель учреждения:</translation>
    </message>
    <message>
        <source>Representative of the institution</source>
        <translation>Представитель учреждения</translation>
    </message>
    <message>
        <source>Court that passed the sentence:</source>
        <translation>Суд, вынесший приговор:</translation>
    </message>
    <message>
        <source>Court that passed the sentence</source>
        <translation>Суд, вынесший приговор</translation>
    </message>
    <message>
        <source>Date of the verdict:</source>
        <translation>Дата приговора:</translation>
    </message>
    <message>
        <source>Date of the verdict</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <source>The application is certified by the head of the institution</source>
        <translation>Заявление заверено руководителем учреждения</translation>
    </message>
    <message>
        <source>Attachments (scans)</source>
        <translation>Приложенные документы (сканы)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложенные документы</translation>
    </message>
    <message>
        <source>Kind of document:</source>
        <translation>Вид документа:</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Duly certified copy</source>
        <translation>Надлежаще засвидетельствованная копия</translation>
    </message>
    <message>
        <source>Electronic copy that fully reproduces the original</source>
        <translation>Электронная копия, полностью воспроизводящая оригинал</translation>
    </message>
    <message>
        <source>Attach sca&amp;n…</source>
        <translation>Приложить с&amp;кан…</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>Приложить скан</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>Preview of the selected attachment</source>
        <translation>Предпросмотр выбранного документа</translation>
    </message>
    <message>
        <source>Checklist (Annex 3, row 8)</source>
        <translation>Контрольный список (приложение 3, строка 8)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Контрольный список</translation>
    </message>
    <message>
        <source>Checklist summary</source>
        <translation>Итог контрольного списка</translation>
    </message>
    <message>
        <source>Rule set applied</source>
        <translation>Применяемая редакция правил</translation>
    </message>
    <message>
        <source>Problem with the current field</source>
        <translation>Замечание по текущему полю</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Discard the application</source>
        <translation>Удалить заявление</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>За&amp;регистрировать</translation>
    </message>
    <message>
        <source>Register the application</source>
        <translation>Зарегистрировать заявление</translation>
    </message>
    <message>
        <source>Sc&amp;an…</source>
        <translation>Скан&amp;ировать…</translation>
    </message>
    <message>
        <source>Scan pages from a scanner</source>
        <translation>Сканировать страницы со сканера</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Saving the application</source>
        <translation>Сохранение заявления</translation>
    </message>
    <message>
        <source>Saving the status</source>
        <translation>Сохранение статуса</translation>
    </message>
    <message>
        <source>Issuing a registration number</source>
        <translation>Присвоение регистрационного номера</translation>
    </message>
    <message>
        <source>The file "%1" does not match the SHA-256 given for it.</source>
        <translation>Файл «%1» не соответствует указанной для него хеш-сумме SHA-256.</translation>
    </message>
    <message>
        <source>Saving the attachments</source>
        <translation>Сохранение приложенных документов</translation>
    </message>
    <message>
        <source>There is no application %1 in the journal.</source>
        <translation>В журнале нет заявления с идентификатором %1.</translation>
    </message>
    <message>
        <source>Application %1 is "%2", no longer a draft: it cannot be edited.</source>
        <translation>Заявление с идентификатором %1 имеет статус «%2» и уже не является черновиком (draft): его нельзя редактировать.</translation>
    </message>
    <message>
        <source>Reading the application</source>
        <translation>Чтение заявления</translation>
    </message>
    <message>
        <source>Application %1 has an unknown status "%2".</source>
        <translation>У заявления с идентификатором %1 неизвестный статус «%2».</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Чтение журнала</translation>
    </message>
    <message>
        <source>Searching the journal</source>
        <translation>Поиск в журнале</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Поиск повторных заявлений</translation>
    </message>
    <message>
        <source>Application %1 moves to "handed_over" only when the handover is recorded: who received the certificate and on what document. Record the handover instead.</source>
        <translation>Заявление %1 переходит в статус «handed_over» только после записи о выдаче: кто получил свидетельство и по какому документу. Вместо этого запишите выдачу.</translation>
    </message>
    <message>
        <source>Application %1 is in status "%2": a certificate is handed over only in status "%3". Print the certificate first; a certificate already handed over is not handed over again.</source>
        <translation>Заявление %1 в статусе «%2»: свидетельство выдаётся только в статусе «%3». Сначала напечатайте свидетельство; уже выданное свидетельство повторно не выдаётся.</translation>
    </message>
    <message>
        <source>Reading the scan</source>
        <translation>Чтение скана</translation>
    </message>
    <message>
        <source>Application %1 has no such scan.</source>
        <translation>У заявления %1 нет такого скана.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal of applications</source>
        <translation>Журнал заявлений</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Поиск в журнале</translation>
    </message>
    <message>
        <source>IIN, registration number, document number or name</source>
        <translation>ИИН, регистрационный номер, номер документа или ФИО</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Registered f&amp;rom:</source>
        <translation>Зарегистрировано &amp;с:</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Дата регистрации с</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <source>Registered to</source>
        <translation>Дата регистрации по</translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation>&amp;Сортировка:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>&amp;Open the application</source>
        <translation>&amp;Открыть заявление</translation>
    </message>
</context>
<context>
    <name>ListNeedsAttention</name>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Kind code</source>
        <translation>Код вида</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С какого времени</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2.</source>
        <translation>Не удалось записать список в %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n stuck in the outbox past %1 h</source>
        <translation>
            <numerusform>%n заявление в очереди дольше %1 ч</numerusform>
            <numerusform>%n заявления в очереди дольше %1 ч</numerusform>
            <numerusform>%n заявлений в очереди дольше %1 ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an IIN past %1 h</source>
        <translation>
            <numerusform>%n заявление без ИИН дольше %1 ч</numerusform>
            <numerusform>%n заявления без ИИН дольше %1 ч</numerusform>
            <numerusform>%n заявлений без ИИН дольше %1 ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not printed past %1 h</source>
        <translation>
            <numerusform>%n свидетельство не напечатано дольше %1 ч</numerusform>
            <numerusform>%n свидетельства не напечатаны дольше %1 ч</numerusform>
            <numerusform>%n свидетельств не напечатано дольше %1 ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not handed over past %1 days</source>
        <translation>
            <numerusform>%n свидетельство не выдано дольше %1 дн.</numerusform>
            <numerusform>%n свидетельства не выданы дольше %1 дн.</numerusform>
            <numerusform>%n свидетельств не выдано дольше %1 дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: %1.</source>
        <translation>Требует внимания: %1.</translation>
    </message>
    <message>
        <source>Blanks on hand: fewer than %1.</source>
        <translation>Бланков на руках меньше %1.</translation>
    </message>
    <message>
        <source>The desk's clock differed from the registry's in the last day.</source>
        <translation>За последние сутки часы рабочего места расходились с часами реестра.</translation>
    </message>
    <message>
        <source>See Supervision &gt; Needs attention (Ctrl+Shift+A).</source>
        <translation>См. меню «Контроль &gt; Требует внимания» (Ctrl+Shift+A).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Sign in as &amp;another operator</source>
        <translation>Войти как &amp;другой оператор</translation>
    </message>
    <message>
        <source>Sign in as another operator</source>
        <translation>Войти как другой оператор</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — IIN Desk</source>
        <translation>Вход в систему — АРМ ИИН</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Sign in to the desk with your login and password.</source>
        <translation>Для входа на рабочее место введите свой логин и пароль.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
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
    <message>
        <source>Training mode</source>
        <translation>Учебный режим</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Open applications</source>
        <translation>Открытые заявления</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Заявление</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Заблокировать рабочее место</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Выйти из &amp;системы</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>&amp;Операторы…</translation>
    </message>
    <message>
        <source>Desk &amp;settings…</source>
        <translation>&amp;Настройки рабочего места…</translation>
    </message>
    <message>
        <source>&amp;New intake (Annex 1)</source>
        <translation>Новое &amp;заявление (приложение 1)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;Annex 2 intake (penitentiary institution)</source>
        <translation>Новое заявление по &amp;приложению 2 (учреждение уголовно-исполнительной системы)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Unfinished applications…</source>
        <translation>&amp;Незавершённые заявления…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Close the application (the draft is kept)</source>
        <translation>За&amp;крыть заявление (черновик сохраняется)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Status bar</source>
        <translation>&amp;Строка состояния</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About IIN Desk</source>
        <translation>&amp;О программе АРМ ИИН</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Контроль</translation>
    </message>
    <message>
        <source>Record &amp;handover of a certificate…</source>
        <translation>Записать &amp;выдачу свидетельства…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Journal of applications</source>
        <translation>&amp;Журнал заявлений</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>Напечатать &amp;свидетельство…</translation>
    </message>
    <message>
        <source>Print the registration certificate of an application (preview first)</source>
        <translation>Напечатать регистрационное свидетельство по заявлению (сначала предварительный просмотр)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Complaints…</source>
        <translation>&amp;Жалобы…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Working-day calendar…</source>
        <translation>&amp;Календарь рабочих дней…</translation>
    </message>
    <message>
        <source>Security-paper &amp;blanks…</source>
        <translation>&amp;Бланки строгой отчётности…</translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation>Требует &amp;внимания…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Панель показателей…</translation>
    </message>
    <message>
        <source>&amp;End-of-shift report…</source>
        <translation>&amp;Отчёт за смену…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics for support…</source>
        <translation>&amp;Диагностика для службы поддержки…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Обновление базы данных</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Чтение версии схемы базы данных</translation>
    </message>
    <message>
        <source>The database was written by a newer version of IIN Desk (schema %1; this version knows up to %2). Update the program.</source>
        <translation>База данных записана более новой версией АРМ ИИН (схема %1; эта версия поддерживает схемы только до %2). Обновите программу.</translation>
    </message>
</context>
<context>
    <name>MrzInputDialog</name>
    <message>
        <source>Read passport</source>
        <translation>Считать паспорт</translation>
    </message>
    <message>
        <source>Put the passport on the reader, or type or paste the lines of its machine-readable zone (the two or three lines of letters, digits and &lt;&lt;&lt; at the bottom of the data page). Any keyboard layout will do.</source>
        <translation>Положите паспорт на считыватель либо наберите или вставьте строки его машиночитаемой зоны (две или три строки из букв, цифр и &lt;&lt;&lt; внизу страницы с данными). Подойдёт любая раскладка клавиатуры.</translation>
    </message>
    <message>
        <source>How to read a passport</source>
        <translation>Как считать паспорт</translation>
    </message>
    <message>
        <source>Machine-readable zone</source>
        <translation>Машиночитаемая зона</translation>
    </message>
    <message>
        <source>The lines of the machine-readable zone, as a reader types them or pasted</source>
        <translation>Строки машиночитаемой зоны, набранные считывателем или вставленные</translation>
    </message>
    <message>
        <source>Passport reader</source>
        <translation>Считыватель паспортов</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Что считано</translation>
    </message>
    <message>
        <source>&amp;Fill the form</source>
        <translation>&amp;Заполнить форму</translation>
    </message>
    <message>
        <source>Fill the form</source>
        <translation>Заполнить форму</translation>
    </message>
    <message>
        <source>Fill &amp;anyway</source>
        <translation>Всё равно за&amp;полнить</translation>
    </message>
    <message>
        <source>Fill the form despite the problems</source>
        <translation>Заполнить форму, несмотря на ошибки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MrzPageImage</name>
    <message>
        <source>%1 is not a readable image: PNG, JPEG, TIFF or PDF expected.</source>
        <translation>%1 — не читаемое изображение: ожидается PNG, JPEG, TIFF или PDF.</translation>
    </message>
</context>
<context>
    <name>MrzParser</name>
    <message>
        <source>Line %1, position %2 (%3): "%4" is not allowed there.</source>
        <translation>Строка %1, позиция %2 (%3): символ «%4» здесь не допускается.</translation>
    </message>
    <message>
        <source>%1: "%2" is no country or organisation code of ICAO Doc 9303.</source>
        <translation>%1: «%2» не является кодом государства или организации по ICAO Doc 9303.</translation>
    </message>
    <message>
        <source>The document number has no check digit: its check position holds "&lt;" but the optional data does not continue it.</source>
        <translation>У номера документа нет контрольной цифры: на её месте стоит «&lt;», но дополнительные данные не продолжают номер.</translation>
    </message>
    <message>
        <source>The check digit of the document number does not match (%1 in the zone, %2 computed).</source>
        <translation>Контрольная цифра номера документа не сходится (в зоне %1, вычислено %2).</translation>
    </message>
    <message>
        <source>The check digit of the date of birth does not match (%1 in the zone, %2 computed).</source>
        <translation>Контрольная цифра даты рождения не сходится (в зоне %1, вычислено %2).</translation>
    </message>
    <message>
        <source>The check digit of the expiry date does not match (%1 in the zone, %2 computed).</source>
        <translation>Контрольная цифра срока действия не сходится (в зоне %1, вычислено %2).</translation>
    </message>
    <message>
        <source>The check digit of the personal number does not match (%1 in the zone, %2 computed).</source>
        <translation>Контрольная цифра личного номера не сходится (в зоне %1, вычислено %2).</translation>
    </message>
    <message>
        <source>The composite check digit does not match (%1 in the zone, %2 computed): a character of the zone was misread.</source>
        <translation>Общая контрольная цифра не сходится (в зоне %1, вычислено %2): какой-то символ зоны прочитан неверно.</translation>
    </message>
    <message>
        <source>The date of birth "%1" is not a date (YYMMDD), or the zone leaves part of it unknown.</source>
        <translation>Дата рождения «%1» не является датой (ГГММДД) или зона оставляет её часть неизвестной.</translation>
    </message>
    <message>
        <source>The expiry date "%1" is not a date (YYMMDD).</source>
        <translation>Срок действия «%1» не является датой (ГГММДД).</translation>
    </message>
    <message>
        <source>The sex is M, F, X or "&lt;" in a machine-readable zone; it holds "%1".</source>
        <translation>Пол в машиночитаемой зоне — M, F, X или «&lt;»; в ней стоит «%1».</translation>
    </message>
    <message numerus="yes">
        <source>This is not a machine-readable zone: one is 2 lines of 44 or 36 characters or 3 lines of 30, starting with a letter; read %n line(s) (lengths: %1).</source>
        <translation>
            <numerusform>Это не машиночитаемая зона: она состоит из 2 строк по 44 или 36 символов или 3 строк по 30 и начинается с буквы; прочитана %n строка (длины: %1).</numerusform>
            <numerusform>Это не машиночитаемая зона: она состоит из 2 строк по 44 или 36 символов или 3 строк по 30 и начинается с буквы; прочитано %n строки (длины: %1).</numerusform>
            <numerusform>Это не машиночитаемая зона: она состоит из 2 строк по 44 или 36 символов или 3 строк по 30 и начинается с буквы; прочитано %n строк (длины: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>document code</source>
        <translation>код документа</translation>
    </message>
    <message>
        <source>issuing state</source>
        <translation>государство выдачи</translation>
    </message>
    <message>
        <source>names</source>
        <translation>фамилия и имена</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>срок действия</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>личный номер</translation>
    </message>
    <message>
        <source>optional data</source>
        <translation>дополнительные данные</translation>
    </message>
    <message>
        <source>composite check digit</source>
        <translation>общая контрольная цифра</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
</context>
<context>
    <name>MrzReader</name>
    <message>
        <source>The OCR-B font needed to read the MRZ could not be loaded.</source>
        <translation>Не удалось загрузить шрифт OCR-B, нужный для чтения машиночитаемой зоны.</translation>
    </message>
    <message>
        <source>No machine-readable zone was found on the page.</source>
        <translation>На странице не найдена машиночитаемая зона.</translation>
    </message>
</context>
<context>
    <name>MrzToApplication</name>
    <message>
        <source>Identity document, machine-readable zone</source>
        <translation>Документ, удостоверяющий личность, машиночитаемая зона</translation>
    </message>
    <message>
        <source>%1 (%2) differs from the document's machine-readable zone, which reads %3: check the document and correct one of them.</source>
        <translation>%1 (%2) расходится с машиночитаемой зоной документа, в которой указано %3: проверьте документ и исправьте одно из двух.</translation>
    </message>
    <message>
        <source>Surname in Latin letters</source>
        <translation>Фамилия латинскими буквами</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Имя латинскими буквами</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
</context>
<context>
    <name>NewFile</name>
    <message>
        <source>%1 exists already; it is never overwritten. Choose another name, or move the old file away if it is really no longer needed.</source>
        <translation>%1 уже существует; он никогда не перезаписывается. Выберите другое имя или переместите старый файл, если он действительно больше не нужен.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>OfficeException</name>
    <message>
        <source>Request stuck in the outbox</source>
        <translation>Запрос застрял в очереди</translation>
    </message>
    <message>
        <source>IIN not formed in time</source>
        <translation>ИИН не сформирован в срок</translation>
    </message>
    <message>
        <source>IIN formed, certificate not printed</source>
        <translation>ИИН сформирован, свидетельство не напечатано</translation>
    </message>
    <message>
        <source>Certificate printed, not handed over</source>
        <translation>Свидетельство напечатано, не выдано</translation>
    </message>
    <message>
        <source>Certificate reprinted</source>
        <translation>Свидетельство перепечатано</translation>
    </message>
    <message>
        <source>The desk's clock was wrong</source>
        <translation>Часы рабочего места шли неверно</translation>
    </message>
    <message>
        <source>Few blanks on hand</source>
        <translation>Мало бланков на руках</translation>
    </message>
</context>
<context>
    <name>OfficeExceptions</name>
    <message>
        <source>Reading the exceptions</source>
        <translation>Чтение исключений</translation>
    </message>
</context>
<context>
    <name>OfficeThresholds</name>
    <message>
        <source>%1: give a whole number from %2 to %3.</source>
        <translation>%1: укажите целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>Request stuck in the outbox after (hours)</source>
        <translation>Запрос застрял в очереди через (часов)</translation>
    </message>
    <message>
        <source>IIN not formed within (hours)</source>
        <translation>ИИН не сформирован за (часов)</translation>
    </message>
    <message>
        <source>Certificate not printed within (hours)</source>
        <translation>Свидетельство не напечатано за (часов)</translation>
    </message>
    <message>
        <source>Certificate not handed over within (days)</source>
        <translation>Свидетельство не выдано за (дней)</translation>
    </message>
    <message>
        <source>Blanks on hand fewer than</source>
        <translation>Бланков на руках меньше</translation>
    </message>
</context>
<context>
    <name>OperatorDirectory</name>
    <message>
        <source>Login: use 3 to 32 Latin letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>Логин: используйте от 3 до 32 символов — латинские буквы, цифры, точки, дефисы или знаки подчёркивания; первым символом должна быть буква.</translation>
    </message>
    <message>
        <source>Full name: enter the operator's surname and given name.</source>
        <translation>ФИО: введите фамилию и имя оператора.</translation>
    </message>
    <message>
        <source>Login: an operator with the login %1 already exists.</source>
        <translation>Логин: оператор с логином %1 уже существует.</translation>
    </message>
    <message>
        <source>The login or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock, затем повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: the account is locked. Try again in %n minute(s) or ask the administrator.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток: учётная запись заблокирована. Повторите попытку через %n минуту или обратитесь к администратору.</numerusform>
            <numerusform>Слишком много неудачных попыток: учётная запись заблокирована. Повторите попытку через %n минуты или обратитесь к администратору.</numerusform>
            <numerusform>Слишком много неудачных попыток: учётная запись заблокирована. Повторите попытку через %n минут или обратитесь к администратору.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is deactivated. Ask the administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>This is the last active administrator: create another administrator first.</source>
        <translation>Это последний активный администратор: сначала создайте учётную запись другого администратора.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>Оператор %1 не найден.</translation>
    </message>
    <message>
        <source>The language %1 is not supported.</source>
        <translation>Язык %1 не поддерживается.</translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation>Учётные записи операторов</translation>
    </message>
    <message>
        <source>Only an active administrator can manage accounts.</source>
        <translation>Управлять учётными записями может только активный администратор.</translation>
    </message>
</context>
<context>
    <name>OperatorEditDialog</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Operator account</source>
        <translation>Учётная запись оператора</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word:</source>
        <translation>По&amp;втор пароля:</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повтор пароля</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Надёжность пароля</translation>
    </message>
</context>
<context>
    <name>OperatorFileImport</name>
    <message>
        <source>The operator accounts of an earlier version in "%1" cannot be imported: %2. Repair or move the file, then start the desk again.</source>
        <translation>Не удаётся импортировать учётные записи операторов прежней версии из «%1»: %2. Исправьте или переместите файл, затем снова запустите рабочее место.</translation>
    </message>
    <message>
        <source>Importing operators</source>
        <translation>Импорт операторов</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Role of the selected operator</source>
        <translation>Роль выбранного оператора</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Изменить роль</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>&amp;New operator…</source>
        <translation>&amp;Новый оператор…</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Новый оператор</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Deactivate or activate</source>
        <translation>Отключить или включить</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Queuing the request to the registry</source>
        <translation>Постановка в очередь запроса в реестр</translation>
    </message>
    <message>
        <source>Reading the queue</source>
        <translation>Чтение очереди</translation>
    </message>
    <message>
        <source>Updating the queue</source>
        <translation>Обновление очереди</translation>
    </message>
    <message>
        <source>There is no queue entry %1.</source>
        <translation>В очереди нет записи %1.</translation>
    </message>
    <message>
        <source>Queue entry %1 is "%2", not in flight: its answer was already recorded or it was never sent.</source>
        <translation>Запись очереди %1 находится в состоянии «%2» и не ожидает ответа: ответ на неё уже записан или она вообще не отправлялась.</translation>
    </message>
    <message>
        <source>The registry's answer is for another request (key %1, not %2).</source>
        <translation>Ответ реестра относится к другому запросу (ключ в ответе %1, а ожидался %2).</translation>
    </message>
    <message>
        <source>Saving the registry's answer</source>
        <translation>Сохранение ответа реестра</translation>
    </message>
    <message>
        <source>Saving the failed attempt</source>
        <translation>Сохранение неудачной попытки отправки</translation>
    </message>
    <message>
        <source>Resuming the queue</source>
        <translation>Возобновление очереди</translation>
    </message>
    <message>
        <source>The registry's answer is not a wait for this request.</source>
        <translation>Ответ реестра не является ожиданием по этому запросу.</translation>
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
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Предпросмотр печати</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message>
        <source>What is being printed</source>
        <translation>Печатаемый документ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>The pages as they will be printed; Ctrl+Plus and Ctrl+Minus zoom</source>
        <translation>Страницы в том виде, в каком они будут напечатаны; Ctrl+Плюс и Ctrl+Минус меняют масштаб</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>У&amp;величить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>Print on the desk's printer</source>
        <translation>Напечатать на принтере рабочего места</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Закрыть предпросмотр</translation>
    </message>
    <message>
        <source>Security-paper &amp;blank no.:</source>
        <translation>&amp;Бланк строгой отчётности №:</translation>
    </message>
    <message>
        <source>Serial of the security-paper blank</source>
        <translation>Номер бланка строгой отчётности</translation>
    </message>
    <message>
        <source>The serial printed on the blank in the printer; the next one on hand is proposed</source>
        <translation>Номер, напечатанный на бланке в принтере; предлагается следующий бланк в наличии</translation>
    </message>
    <message>
        <source>&amp;Reason for the duplicate:</source>
        <translation>&amp;Причина дубликата:</translation>
    </message>
    <message>
        <source>Reason for the duplicate</source>
        <translation>Причина дубликата</translation>
    </message>
    <message>
        <source>Why the certificate is printed again; required before a duplicate is printed</source>
        <translation>Почему свидетельство печатается снова; обязательно перед печатью дубликата</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The data do not fit in a QR code.</source>
        <translation>Данные не помещаются в QR-код.</translation>
    </message>
</context>
<context>
    <name>QrReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image this program can read.</source>
        <translation>Файл %1 не является ни PDF, ни изображением, которое может прочитать программа.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Не удаётся создать временную папку.</translation>
    </message>
    <message>
        <source>Cannot rasterize the PDF %1 (is pdftoppm from poppler-utils installed?).</source>
        <translation>Не удаётся растеризовать PDF-файл %1 (установлена ли программа pdftoppm из пакета poppler-utils?).</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <source>The fonts of the printed documents could not be loaded.</source>
        <translation>Не удалось загрузить шрифты печатных документов.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device (is the file writable?).</source>
        <translation>Не удаётся вывести документ на устройство вывода (доступен ли файл для записи?).</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>Не удаётся запустить библиотеку шифрования.</translation>
    </message>
</context>
<context>
    <name>RecoveryPublicKey</name>
    <message>
        <source>A recovery public key is %1 bytes long.</source>
        <translation>Открытый ключ восстановления имеет длину %1 байт.</translation>
    </message>
</context>
<context>
    <name>RegisterApplication</name>
    <message>
        <source>The scan "%1" is no longer at %2. Attach it again, then register.</source>
        <translation>Скан «%1» больше не находится в %2. Приложите его заново, затем зарегистрируйте.</translation>
    </message>
    <message>
        <source>The scan "%1" at %2 cannot be read. Attach it again, then register.</source>
        <translation>Скан «%1» в %2 не удаётся прочитать. Приложите его заново, затем зарегистрируйте.</translation>
    </message>
    <message>
        <source>The scan "%1" at %2 has changed since it was attached. Attach it again, then register.</source>
        <translation>Скан «%1» в %2 изменился после того, как был приложен. Приложите его заново, затем зарегистрируйте.</translation>
    </message>
</context>
<context>
    <name>RegistrationNumber</name>
    <message>
        <source>The office code "%1" must be 2 to 8 capital Latin letters or digits.</source>
        <translation>Код подразделения «%1» должен состоять из 2–8 заглавных латинских букв или цифр.</translation>
    </message>
    <message>
        <source>The desk code "%1" must be 1 to 4 capital Latin letters or digits.</source>
        <translation>Код рабочего места «%1» должен состоять из 1–4 заглавных латинских букв или цифр.</translation>
    </message>
</context>
<context>
    <name>RegistryAnswer</name>
    <message>
        <source>The registry's answer is malformed: %1</source>
        <translation>Ответ реестра некорректен: %1</translation>
    </message>
</context>
<context>
    <name>RegistryAttestation</name>
    <message>
        <source>The IIN, the names or the dates cannot be signed as they are.</source>
        <translation>ИИН, ФИО или даты в нынешнем виде подписать нельзя.</translation>
    </message>
    <message>
        <source>The registry's attestation is malformed.</source>
        <translation>Подтверждение реестра имеет неверный формат.</translation>
    </message>
</context>
<context>
    <name>RegistryConnection</name>
    <message>
        <source>The registry address "%1" is not an http:// or https:// address.</source>
        <translation>Адрес реестра «%1» не является адресом http:// или https://.</translation>
    </message>
    <message>
        <source>The desk credential is missing or not in the form "&lt;desk-id&gt;:&lt;secret&gt;" that the registry issued.</source>
        <translation>Учётные данные рабочего места не указаны или не имеют выданного реестром вида «&lt;desk-id&gt;:&lt;secret&gt;».</translation>
    </message>
    <message>
        <source>Cannot read the registry's certificate file %1: %2.</source>
        <translation>Не удаётся прочитать файл сертификата реестра %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Файл %1 не содержит сертификата в формате PEM.</translation>
    </message>
    <message>
        <source>Registry address: "%1" would send the desk credential and the applicants' data unencrypted over the network. Use https:// (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>Адрес реестра: «%1» передавал бы учётные данные рабочего места и данные заявителей по сети без шифрования. Используйте https:// (http:// допускается только для этого компьютера: localhost, 127.0.0.1, ::1).</translation>
    </message>
</context>
<context>
    <name>RegistryRequest</name>
    <message>
        <source>Field "%1": %2</source>
        <translation>Поле «%1»: %2</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно, но не указано</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>содержит управляющие символы</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be a lowercase UUID (8-4-4-4-12)</source>
        <translation>должно быть UUID в нижнем регистре (8-4-4-4-12)</translation>
    </message>
    <message>
        <source>must be "return" or "refuse"</source>
        <translation>должно быть «return» или «refuse»</translation>
    </message>
    <message>
        <source>a surname is required in Cyrillic or Latin letters</source>
        <translation>требуется фамилия кириллицей или латиницей</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>должно быть датой в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>must be "male" or "female"</source>
        <translation>должно быть «male» или «female»</translation>
    </message>
    <message>
        <source>must be a known ISO 3166-1 alpha-3 code or XXA</source>
        <translation>должно быть известным кодом ISO 3166-1 alpha-3 или XXA</translation>
    </message>
    <message>
        <source>unknown document type</source>
        <translation>неизвестный тип документа</translation>
    </message>
    <message>
        <source>must be a known ISO 3166-1 alpha-3 code</source>
        <translation>должно быть известным кодом ISO 3166-1 alpha-3</translation>
    </message>
</context>
<context>
    <name>RegistryStore</name>
    <message>
        <source>Registry database: %1</source>
        <translation>База данных реестра: %1</translation>
    </message>
    <message>
        <source>bad connection parameter "%1"</source>
        <translation>неверный параметр подключения «%1»</translation>
    </message>
    <message>
        <source>the database is at schema version %1; this program knows up to %2</source>
        <translation>версия схемы базы данных %1; эта программа знает версии до %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>не удаётся создать %1</translation>
    </message>
    <message>
        <source>a password in --postgres is refused (the command line is visible to every local user): put it in a file readable by the registry's account alone and name it with --postgres-password-file, or use libpq's PGPASSFILE or ~/.pgpass</source>
        <translation>пароль в --postgres не принимается (командную строку видит любой локальный пользователь): запишите его в файл, доступный для чтения только учётной записи реестра, и укажите его в --postgres-password-file, либо используйте PGPASSFILE или ~/.pgpass библиотеки libpq</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>эта программа</translation>
    </message>
    <message>
        <source>this program (version %1)</source>
        <translation>эта программа (версия %1)</translation>
    </message>
    <message>
        <source>Registry database: it is at schema version %1, written by a newer iin-registryd; %2 knows schemas up to %3. Nothing was changed. Start the newer iin-registryd again, or restore the backup made before its upgrade (docs/upgrades.md).</source>
        <translation>База данных реестра: её схема — %1, она записана более новой версией iin-registryd; %2 знает схемы только до %3. Ничего не изменено. Снова запустите более новый iin-registryd или восстановите резервную копию, сделанную перед обновлением (docs/upgrades.md).</translation>
    </message>
    <message>
        <source>Registry database: it must be upgraded from schema %1 to %2, and a backup of it is made first. The backup failed, so nothing was changed. %3 Make the folder "%4" writable for the registry's account and free some disk space there, then start again.</source>
        <translation>База данных реестра: её нужно обновить со схемы %1 до схемы %2, и сначала делается её резервная копия. Резервную копию сделать не удалось, поэтому ничего не изменено. %3 Разрешите учётной записи реестра запись в папку «%4» и освободите место на диске, затем запустите снова.</translation>
    </message>
</context>
<context>
    <name>ReprintReasonLabels</name>
    <message>
        <source>Lost by the applicant</source>
        <translation>Утеряно заявителем</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Повреждено</translation>
    </message>
    <message>
        <source>The print before spoiled its blank</source>
        <translation>Прежняя печать испортила бланк</translation>
    </message>
    <message>
        <source>A correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The number of registration numbers to skip must be at least 1.</source>
        <translation>Число пропускаемых регистрационных номеров должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>Файл резервной копии %1 не существует.</translation>
    </message>
    <message>
        <source>%1 already exists: move the old journal (and its -wal and -shm files) aside first; the restore never overwrites it.</source>
        <translation>%1 уже существует: сначала переместите старый журнал (и его файлы -wal и -shm) в другое место; восстановление никогда его не перезаписывает.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Не удаётся скопировать %1 в %2.</translation>
    </message>
    <message>
        <source>Cannot move the registration numbers forward: %1</source>
        <translation>Не удаётся сдвинуть регистрационные номера вперёд: %1</translation>
    </message>
    <message>
        <source>The backup's audit trail does not verify at record %1: %2</source>
        <translation>Журнал аудита резервной копии не проходит проверку на записи %1: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Не удаётся переместить %1 в %2.</translation>
    </message>
    <message>
        <source>Cannot move the certificate numbers forward: %1</source>
        <translation>Не удаётся сдвинуть вперёд нумерацию свидетельств: %1</translation>
    </message>
    <message>
        <source>The prepared copy %1 could not be written completely (is the disk full?); it is left in place with its -wal file.</source>
        <translation>Подготовленную копию %1 не удалось записать полностью (диск заполнен?); она оставлена на месте вместе с файлом -wal.</translation>
    </message>
</context>
<context>
    <name>RestoredScanKey</name>
    <message>
        <source>The backup carries no scan key.</source>
        <translation>В резервной копии нет ключа сканов.</translation>
    </message>
    <message>
        <source>The scans were restored, but their key %1 is sealed to another recovery key (%2): run "iin-desk-cli scans recover --key" with that key.</source>
        <translation>Сканы восстановлены, но их ключ %1 запечатан для другого ключа восстановления (%2): выполните «iin-desk-cli scans recover --key» с этим ключом.</translation>
    </message>
    <message>
        <source>The scans were restored, but their key %1 has no copy sealed to the office's recovery key: they open only with the original machine's key.</source>
        <translation>Сканы восстановлены, но у их ключа %1 нет копии, запечатанной для ключа восстановления подразделения: они открываются только ключом исходного компьютера.</translation>
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
<context>
    <name>RuleSet</name>
    <message>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>отсутствует обязательный ключ</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>ожидается непустая строка</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>ожидается непустой список</translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation>неизвестное значение</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, '_' and '.'</source>
        <translation>используйте строчные латинские буквы, цифры, «_» и «.»</translation>
    </message>
    <message>
        <source>use missing_document or warning</source>
        <translation>используйте missing_document или warning</translation>
    </message>
    <message>
        <source>unknown attachment kind</source>
        <translation>неизвестный вид приложенного документа</translation>
    </message>
    <message>
        <source>name an attachment or the signature</source>
        <translation>укажите приложенный документ (attachment) или подпись (signature)</translation>
    </message>
    <message>
        <source>certified, electronic and notarized qualify an attachment</source>
        <translation>признаки certified, electronic и notarized относятся только к приложенному документу (attachment)</translation>
    </message>
    <message>
        <source>no such qualifier in satisfied_by</source>
        <translation>в satisfied_by нет такого признака</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>некорректный JSON (байт %1): %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ожидается JSON-объект</translation>
    </message>
    <message>
        <source>this program reads version %1</source>
        <translation>программа читает версию %1</translation>
    </message>
    <message>
        <source>use letters, digits, '.', '_' and '-'</source>
        <translation>используйте латинские буквы, цифры, «.», «_» и «-»</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>ожидается дата в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>"%1" is used twice</source>
        <translation>«%1» используется дважды</translation>
    </message>
    <message>
        <source>Cannot read the rule file %1: %2.</source>
        <translation>Не удаётся прочитать файл правил %1: %2.</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>размер больше %1 байт</translation>
    </message>
    <message>
        <source>The rule file %1 is malformed: %2%3.</source>
        <translation>Файл правил %1 составлен некорректно: %2%3.</translation>
    </message>
    <message>
        <source>The rule file %1 is malformed: edition: "%2" does not match the file name.</source>
        <translation>Файл правил %1 составлен некорректно: edition: «%2» не совпадает с именем файла.</translation>
    </message>
    <message>
        <source>There is no rule edition "%1"; known editions: %2.</source>
        <translation>Редакции правил «%1» не существует; известные редакции: %2.</translation>
    </message>
    <message>
        <source>No rule edition is in force on %1; the earliest takes effect on %2.</source>
        <translation>На %1 нет действующей редакции правил; самая ранняя вступает в силу %2.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan</source>
        <translation>Сканирование</translation>
    </message>
    <message>
        <source>Scan documents</source>
        <translation>Сканирование документов</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Сканер:</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>&amp;Look again</source>
        <translation>&amp;Искать снова</translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation>Искать сканеры снова</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Разрешение:</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Страницы:</translation>
    </message>
    <message>
        <source>&amp;One page from the glass</source>
        <translation>&amp;Одна страница со стекла</translation>
    </message>
    <message>
        <source>All pages in the &amp;feeder</source>
        <translation>Все страницы в устройстве &amp;подачи</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>Ска&amp;нировать</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop the scan</source>
        <translation>Остановить сканирование</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Ход сканирования</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>Отсканированные страницы</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Повернуть &amp;влево</translation>
    </message>
    <message>
        <source>Rotate the selected page to the left</source>
        <translation>Повернуть выбранную страницу влево</translation>
    </message>
    <message>
        <source>Rotate r&amp;ight</source>
        <translation>Повернуть впр&amp;аво</translation>
    </message>
    <message>
        <source>Rotate the selected page to the right</source>
        <translation>Повернуть выбранную страницу вправо</translation>
    </message>
    <message>
        <source>&amp;Remove page</source>
        <translation>&amp;Удалить страницу</translation>
    </message>
    <message>
        <source>Remove the selected page</source>
        <translation>Удалить выбранную страницу</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Приложить</translation>
    </message>
    <message>
        <source>Attach the pages as one PDF</source>
        <translation>Приложить страницы одним PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ScanPdf</name>
    <message>
        <source>There are no scanned pages.</source>
        <translation>Нет отсканированных страниц.</translation>
    </message>
    <message>
        <source>A scanned page cannot be stored as JPEG: %1</source>
        <translation>Не удаётся сохранить отсканированную страницу в JPEG: %1</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be written: %2</source>
        <translation>Не удаётся записать PDF %1: %2</translation>
    </message>
</context>
<context>
    <name>ScannerErrors</name>
    <message>
        <source>The document feeder is jammed. Clear the paper path and scan again; the pages scanned so far are kept.</source>
        <translation>Замятие бумаги в устройстве подачи документов. Освободите тракт подачи бумаги и отсканируйте снова; уже отсканированные страницы сохранены.</translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the pages in the feeder and scan again.</source>
        <translation>Устройство подачи документов пусто. Положите страницы в устройство подачи и отсканируйте снова.</translation>
    </message>
    <message>
        <source>The scanner's cover is open. Close it and scan again.</source>
        <translation>Крышка сканера открыта. Закройте её и отсканируйте снова.</translation>
    </message>
    <message>
        <source>The scanner is busy (another program may be using it). Wait a moment and scan again.</source>
        <translation>Сканер занят (возможно, его использует другая программа). Подождите немного и отсканируйте снова.</translation>
    </message>
    <message>
        <source>The scanner stopped answering (is it switched on and connected?). Check the cable and scan again.</source>
        <translation>Сканер перестал отвечать (включён ли он и подключён ли?). Проверьте кабель и отсканируйте снова.</translation>
    </message>
    <message>
        <source>Not enough memory for this scan. Choose a lower resolution.</source>
        <translation>Недостаточно памяти для этого сканирования. Выберите меньшее разрешение.</translation>
    </message>
    <message>
        <source>This user may not use the scanner. Ask the administrator to give the desk's account access to scanners.</source>
        <translation>Этому пользователю сканер недоступен. Попросите администратора дать учётной записи рабочего места доступ к сканерам.</translation>
    </message>
    <message>
        <source>The scanner is not connected any more or its name changed. Refresh the list of scanners.</source>
        <translation>Сканер больше не подключён или его имя изменилось. Обновите список сканеров.</translation>
    </message>
    <message>
        <source>The scanner refused the settings of this scan.</source>
        <translation>Сканер не принял настройки этого сканирования.</translation>
    </message>
    <message>
        <source>The scanner cannot do this.</source>
        <translation>Сканер этого не умеет.</translation>
    </message>
    <message>
        <source>The scanner reported an error (%1).</source>
        <translation>Сканер сообщил об ошибке (%1).</translation>
    </message>
    <message>
        <source>Scanners cannot be used on this computer: %1</source>
        <translation>Сканеры на этом компьютере недоступны: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled; the pages scanned before are kept.</source>
        <translation>Сканирование отменено; ранее отсканированные страницы сохранены.</translation>
    </message>
    <message>
        <source>This scanner has no document feeder. Scan the pages one by one from the glass.</source>
        <translation>У этого сканера нет устройства подачи документов. Сканируйте страницы по одной со стекла.</translation>
    </message>
    <message>
        <source>The scanner has no option "%1".</source>
        <translation>У сканера нет параметра «%1».</translation>
    </message>
    <message>
        <source>The scanner's option "%1" cannot be set in its present mode.</source>
        <translation>Параметр сканера «%1» нельзя задать в текущем режиме.</translation>
    </message>
    <message>
        <source>The scanner's option "%1" does not take "%2".</source>
        <translation>Параметр сканера «%1» не принимает значение «%2».</translation>
    </message>
    <message>
        <source>The scanner's option "%1" does not take "%2"; it takes %3.</source>
        <translation>Параметр сканера «%1» не принимает значение «%2»; допустимые значения: %3.</translation>
    </message>
    <message>
        <source>The scanner sent an image the desk cannot read.</source>
        <translation>Сканер прислал изображение, которое рабочее место не может прочитать.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1: файл %2 не существует.</translation>
    </message>
    <message>
        <source>%1: the file %2 can be read by other users; make it the owner's alone (chmod 600 %2) and issue a new secret if others may have read it.</source>
        <translation>%1: файл %2 могут читать другие пользователи; оставьте доступ только владельцу (chmod 600 %2) и выпустите новый секрет, если его могли прочитать.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3.</source>
        <translation>%1: не удаётся прочитать %2: %3.</translation>
    </message>
    <message>
        <source>%1: the file %2 is empty.</source>
        <translation>%1: файл %2 пуст.</translation>
    </message>
</context>
<context>
    <name>SecretStream</name>
    <message>
        <source>Cannot write the encrypted data: %1</source>
        <translation>Не удаётся записать зашифрованные данные: %1</translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>Не удаётся запустить библиотеку шифрования.</translation>
    </message>
    <message>
        <source>The file ends before its last part: it was cut short (copied incompletely or damaged).</source>
        <translation>Файл обрывается до своей последней части: он обрезан (скопирован не полностью или повреждён).</translation>
    </message>
    <message>
        <source>The file was changed or damaged: part %1 fails its check.</source>
        <translation>Файл изменён или повреждён: часть %1 не проходит проверку.</translation>
    </message>
    <message>
        <source>Cannot write the decrypted data: %1</source>
        <translation>Не удаётся записать расшифрованные данные: %1</translation>
    </message>
    <message>
        <source>The file has bytes after its last part: it was changed.</source>
        <translation>В файле есть байты после последней части: он изменён.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Desk settings</source>
        <translation>Настройки рабочего места</translation>
    </message>
    <message>
        <source>Registry &amp;address (empty: training registry):</source>
        <translation>&amp;Адрес реестра (пусто — учебный реестр):</translation>
    </message>
    <message>
        <source>Registry address (empty: training registry)</source>
        <translation>Адрес реестра (пусто — учебный реестр)</translation>
    </message>
    <message>
        <source>Desk &amp;identifier:</source>
        <translation>&amp;Идентификатор рабочего места:</translation>
    </message>
    <message>
        <source>Desk identifier</source>
        <translation>Идентификатор рабочего места</translation>
    </message>
    <message>
        <source>Desk &amp;token:</source>
        <translation>&amp;Токен рабочего места:</translation>
    </message>
    <message>
        <source>Desk token</source>
        <translation>Токен рабочего места</translation>
    </message>
    <message>
        <source>&amp;Show the token</source>
        <translation>Показать т&amp;окен</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Показать токен</translation>
    </message>
    <message>
        <source>&amp;Office code:</source>
        <translation>&amp;Код подразделения:</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Код подразделения</translation>
    </message>
    <message>
        <source>D&amp;esk code:</source>
        <translation>Код &amp;рабочего места:</translation>
    </message>
    <message>
        <source>Desk code</source>
        <translation>Код рабочего места</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Принтер:</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Lock after idle (&amp;minutes):</source>
        <translation>Блокировка при бездействии (&amp;минут):</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Блокировка при бездействии (минут)</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Язык по умолчанию:</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Язык по умолчанию</translation>
    </message>
    <message>
        <source>Office name in &amp;Kazakh:</source>
        <translation>Наименование подразделения на &amp;казахском языке:</translation>
    </message>
    <message>
        <source>Office name in Kazakh</source>
        <translation>Наименование подразделения на казахском языке</translation>
    </message>
    <message>
        <source>Printed as the issuing office on certificates and receipts</source>
        <translation>Печатается в свидетельствах и расписках как наименование выдавшего их подразделения</translation>
    </message>
    <message>
        <source>Office name in &amp;Russian:</source>
        <translation>Наименование подразделения на &amp;русском языке:</translation>
    </message>
    <message>
        <source>Office name in Russian</source>
        <translation>Наименование подразделения на русском языке</translation>
    </message>
    <message>
        <source>Registry's TLS certi&amp;ficate (PEM file):</source>
        <translation>TLS-&amp;сертификат реестра (файл PEM):</translation>
    </message>
    <message>
        <source>Registry's TLS certificate file</source>
        <translation>Файл TLS-сертификата реестра</translation>
    </message>
    <message>
        <source>The registry's certificate or its private certificate authority, when the system does not trust it; may be empty</source>
        <translation>Сертификат реестра или его собственного удостоверяющего центра, если система ему не доверяет; можно оставить пустым</translation>
    </message>
    <message>
        <source>Desk's own si&amp;gning key file:</source>
        <translation>Файл собственного &amp;ключа подписи рабочего места:</translation>
    </message>
    <message>
        <source>Desk's own signing key file</source>
        <translation>Файл собственного ключа подписи рабочего места</translation>
    </message>
    <message>
        <source>This desk's own key, made and certified by the registry at the first sync; empty: beside the journal</source>
        <translation>Собственный ключ этого рабочего места, создаётся и заверяется реестром при первой синхронизации; пусто — рядом с журналом</translation>
    </message>
    <message>
        <source>Passport reader's port (empty: &amp;none):</source>
        <translation>Порт считывателя паспортов (пусто — &amp;нет):</translation>
    </message>
    <message>
        <source>Passport reader's port</source>
        <translation>Порт считывателя паспортов</translation>
    </message>
    <message>
        <source>The serial or virtual COM port of a passport reader; empty when the reader types like a keyboard or there is none</source>
        <translation>Последовательный или виртуальный порт считывателя паспортов; пусто, если считыватель набирает текст как клавиатура или его нет</translation>
    </message>
    <message>
        <source>Reader's speed (&amp;baud):</source>
        <translation>Скорость считывателя (&amp;бод):</translation>
    </message>
    <message>
        <source>Reader's speed (baud)</source>
        <translation>Скорость считывателя (бод)</translation>
    </message>
    <message>
        <source>Reader's &amp;data bits:</source>
        <translation>&amp;Биты данных считывателя:</translation>
    </message>
    <message>
        <source>Reader's data bits</source>
        <translation>Биты данных считывателя</translation>
    </message>
    <message>
        <source>Reader's parit&amp;y:</source>
        <translation>&amp;Чётность считывателя:</translation>
    </message>
    <message>
        <source>Reader's parity</source>
        <translation>Чётность считывателя</translation>
    </message>
    <message>
        <source>Reader's stop bits (1, 1.5 or 2):</source>
        <translation>Стоповые биты считывателя (1, 1,5 или 2):</translation>
    </message>
    <message>
        <source>Reader's stop bits</source>
        <translation>Стоповые биты считывателя</translation>
    </message>
    <message>
        <source>&amp;Hold DTR and RTS asserted for the reader (most readers send nothing without them)</source>
        <translation>&amp;Держать сигналы DTR и RTS включёнными для считывателя (большинство считывателей без них ничего не передают)</translation>
    </message>
    <message>
        <source>Hold DTR and RTS asserted for the reader</source>
        <translation>Держать сигналы DTR и RTS включёнными для считывателя</translation>
    </message>
    <message>
        <source>Back&amp;up folder (USB stick first):</source>
        <translation>Папка для &amp;резервных копий (сначала USB-флешка):</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Where the end-of-day backups go when no USB stick prepared for backups is mounted (a stick with the desk's backup folder on it goes first); may be empty</source>
        <translation>Куда записываются резервные копии в конце дня, если не подключена подготовленная для копий USB-флешка (флешка с папкой рабочего места для копий имеет приоритет); может быть пустым</translation>
    </message>
    <message>
        <source>Reco&amp;very public key file:</source>
        <translation>Файл открытого &amp;ключа восстановления:</translation>
    </message>
    <message>
        <source>Recovery public key file</source>
        <translation>Файл открытого ключа восстановления</translation>
    </message>
    <message>
        <source>The office's recovery public key, made by the supervisor: the backups are encrypted to it; empty: the desk makes no backup of its own</source>
        <translation>Открытый ключ восстановления офиса, созданный руководителем: резервные копии шифруются для него; пусто — рабочее место не делает своих копий</translation>
    </message>
    <message>
        <source>Backups to keep (ne&amp;west):</source>
        <translation>Хранить &amp;новейших копий:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Хранить резервных копий</translation>
    </message>
    <message>
        <source>End-of-day backup time (&amp;24 h):</source>
        <translation>Время копии в конце дня (&amp;24 ч):</translation>
    </message>
    <message>
        <source>End-of-day backup time</source>
        <translation>Время резервного копирования в конце дня</translation>
    </message>
    <message>
        <source>Last good backup:</source>
        <translation>Последняя успешная копия:</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Последняя успешная резервная копия</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороговые значения</translation>
    </message>
    <message>
        <source>When an application or the stock of blanks needs a supervisor: the end-of-shift report lists what passed these</source>
        <translation>Когда заявление или запас бланков требует внимания супервайзера: отчёт за смену перечисляет то, что превысило эти значения</translation>
    </message>
    <message>
        <source>Request stuck in the &amp;outbox after (hours):</source>
        <translation>Запрос застрял в &amp;очереди отправки через (часов):</translation>
    </message>
    <message>
        <source>Request stuck in the outbox after (hours)</source>
        <translation>Запрос застрял в очереди отправки через (часов)</translation>
    </message>
    <message>
        <source>IIN not formed &amp;within (hours):</source>
        <translation>ИИН не сформирован в &amp;течение (часов):</translation>
    </message>
    <message>
        <source>IIN not formed within (hours)</source>
        <translation>ИИН не сформирован в течение (часов)</translation>
    </message>
    <message>
        <source>Certificate not printed wi&amp;thin (hours):</source>
        <translation>Свидетельство не напечатано в те&amp;чение (часов):</translation>
    </message>
    <message>
        <source>Certificate not printed within (hours)</source>
        <translation>Свидетельство не напечатано в течение (часов)</translation>
    </message>
    <message>
        <source>Certificate not handed over within (da&amp;ys):</source>
        <translation>Свидетельство не выдано в течение (&amp;дней):</translation>
    </message>
    <message>
        <source>Certificate not handed over within (days)</source>
        <translation>Свидетельство не выдано в течение (дней)</translation>
    </message>
    <message>
        <source>Blanks on hand fe&amp;wer than:</source>
        <translation>Бланков в наличии &amp;меньше чем:</translation>
    </message>
    <message>
        <source>Blanks on hand fewer than</source>
        <translation>Бланков в наличии меньше чем</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Страницы настроек</translation>
    </message>
    <message>
        <source>Desk and registry</source>
        <translation>Рабочее место и реестр</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>Reading the end-of-shift report</source>
        <translation>Чтение отчёта за смену</translation>
    </message>
    <message>
        <source>The period is not valid: give a first day and a last day not before it.</source>
        <translation>Период неверен: укажите первый день и последний день не раньше него.</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>End-of-shift report</source>
        <translation>Отчёт за смену</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Первый день отчёта</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Последний день отчёта</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>Operator reported on</source>
        <translation>Оператор, о работе которого отчёт</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Показать отчёт</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Отчёт читается…</translation>
    </message>
    <message>
        <source>What the report covers</source>
        <translation>Что охватывает отчёт</translation>
    </message>
    <message>
        <source>Counts of the report</source>
        <translation>Показатели отчёта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Требует внимания:</translation>
    </message>
    <message>
        <source>Exceptions of the report</source>
        <translation>Что требует внимания в отчёте</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С какого времени</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить в &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the signed report as PDF</source>
        <translation>Сохранить подписанный отчёт в PDF</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Сохранить в &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the report as CSV for a spreadsheet</source>
        <translation>Сохранить отчёт в CSV для электронной таблицы</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>Print the signed report</source>
        <translation>Напечатать подписанный отчёт</translation>
    </message>
</context>
<context>
    <name>ShiftReportLabels</name>
    <message>
        <source>Label</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Countersigned by</source>
        <translation>Заверил</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С какого времени</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Принято заявлений</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Отказано в приёме</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Sent to the registry</source>
        <translation>Отправлено в регистр</translation>
    </message>
    <message>
        <source>IIN formed</source>
        <translation>ИИН сформирован</translation>
    </message>
    <message>
        <source>IIN existing (the person already had one)</source>
        <translation>ИИН уже был (у лица он уже был)</translation>
    </message>
    <message>
        <source>IIN refused by the registry</source>
        <translation>Регистр отказал в формировании ИИН</translation>
    </message>
    <message>
        <source>Waiting for the registry's officer (now)</source>
        <translation>Ожидают решения сотрудника регистра (сейчас)</translation>
    </message>
    <message>
        <source>IIN assigned</source>
        <translation>ИИН присвоен</translation>
    </message>
    <message>
        <source>Certificates printed</source>
        <translation>Напечатано свидетельств</translation>
    </message>
    <message>
        <source>Certificates reprinted (duplicates)</source>
        <translation>Напечатано дубликатов</translation>
    </message>
    <message>
        <source>Certificates handed over</source>
        <translation>Выдано свидетельств</translation>
    </message>
    <message>
        <source>Blanks at the beginning</source>
        <translation>Бланков на начало</translation>
    </message>
    <message>
        <source>Blanks received</source>
        <translation>Получено бланков</translation>
    </message>
    <message>
        <source>Blanks used for certificates</source>
        <translation>Израсходовано на свидетельства</translation>
    </message>
    <message>
        <source>Blanks spoiled</source>
        <translation>Испорчено бланков</translation>
    </message>
    <message>
        <source>Blanks handed back to the office</source>
        <translation>Возвращено бланков в подразделение</translation>
    </message>
    <message>
        <source>Blanks on hand</source>
        <translation>Бланков в наличии</translation>
    </message>
</context>
<context>
    <name>ShiftReportLayout</name>
    <message>
        <source>The fonts of the printed documents could not be loaded.</source>
        <translation>Не удалось загрузить шрифты печатных документов.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device (is the file writable?).</source>
        <translation>Не удаётся вывести документ на устройство вывода (доступен ли файл для записи?).</translation>
    </message>
</context>
<context>
    <name>ShiftReportPayload</name>
    <message>
        <source>The code is not an end-of-shift report's signed payload (or it was altered).</source>
        <translation>Этот код не является подписанными данными отчёта за смену (или он изменён).</translation>
    </message>
    <message>
        <source>The office, desk or operator holds a character a signed report cannot carry (| or a control character).</source>
        <translation>В подразделении, рабочем месте или операторе есть символ, недопустимый в подписанном отчёте (| или управляющий символ).</translation>
    </message>
    <message>
        <source>A training report is signed with the training desk key.</source>
        <translation>Учебный отчёт подписывается учебным ключом.</translation>
    </message>
    <message>
        <source>A real report is signed with the desk's own key, not a training key.</source>
        <translation>Настоящий отчёт подписывается собственным ключом рабочего места, а не учебным.</translation>
    </message>
</context>
<context>
    <name>ShiftReportVerifier</name>
    <message>
        <source>The report was signed by the desk key "%1", which no registry of this trust store certified.</source>
        <translation>Отчёт подписан ключом рабочего места «%1», который не заверил ни один регистр этого хранилища доверия.</translation>
    </message>
    <message>
        <source>The desk's signature does not match the report's figures: they were altered or forged.</source>
        <translation>Подпись рабочего места не соответствует показателям отчёта: они изменены или подделаны.</translation>
    </message>
    <message>
        <source>The desk key "%1" was revoked by the registry: reports it signed prove nothing.</source>
        <translation>Ключ рабочего места «%1» отозван регистром: подписанные им отчёты ничего не доказывают.</translation>
    </message>
    <message>
        <source>A real desk key signed a report marked as training.</source>
        <translation>Отчёт с пометкой «учебный» подписан настоящим ключом рабочего места.</translation>
    </message>
    <message>
        <source>The training desk key signed a report not marked as training.</source>
        <translation>Отчёт без пометки «учебный» подписан учебным ключом.</translation>
    </message>
    <message>
        <source>The desk key "%1" was not in service on the day the report was made.</source>
        <translation>Ключ рабочего места «%1» не действовал в день составления отчёта.</translation>
    </message>
    <message>
        <source>A training report: it was made in training mode and proves nothing.</source>
        <translation>Учебный отчёт: составлен в учебном режиме и ничего не доказывает.</translation>
    </message>
    <message>
        <source>A genuine training report (training keys are trusted here).</source>
        <translation>Подлинный учебный отчёт (учебным ключам здесь доверяют).</translation>
    </message>
    <message>
        <source>Genuine: signed by desk %1.</source>
        <translation>Подлинный: подписан рабочим местом %1.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>A key id is 1 to 16 letters, digits, dots, dashes or underscores.</source>
        <translation>Идентификатор ключа — от 1 до 16 символов: латинские буквы, цифры, точки, дефисы или знаки подчёркивания.</translation>
    </message>
    <message>
        <source>Key ids starting with TRAINING are reserved for the training key.</source>
        <translation>Идентификаторы ключей, начинающиеся с TRAINING, зарезервированы для учебного ключа.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>Не удаётся прочитать файл ключа %1: %2</translation>
    </message>
    <message>
        <source>The key file %1 may be read by other users: allow only its owner (chmod 600).</source>
        <translation>Файл ключа %1 доступен для чтения другим пользователям: оставьте доступ только владельцу (chmod 600).</translation>
    </message>
    <message>
        <source>The file %1 is not an IIN Desk signing key.</source>
        <translation>Файл %1 не является ключом подписи АРМ ИИН.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: its public key does not match.</source>
        <translation>Файл ключа %1 повреждён: открытый ключ в нём не совпадает.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: диск заполнен. Ничего не сохранено; освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>%1: the database file is read-only. Nothing was saved.</source>
        <translation>%1: файл базы данных доступен только для чтения. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program. Nothing was saved; try again in a moment.</source>
        <translation>%1: база данных заблокирована другой программой. Ничего не сохранено; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: файл базы данных повреждён (%2).</translation>
    </message>
    <message>
        <source>%1: the database file cannot be read or written (%2).</source>
        <translation>%1: не удаётся прочитать или записать файл базы данных (%2).</translation>
    </message>
    <message>
        <source>The database "%1" is damaged and was not opened (%2). It was left untouched: restore the latest backup (see the store documentation).</source>
        <translation>База данных «%1» повреждена и не была открыта (%2). Она оставлена без изменений: восстановите её из последней резервной копии (см. документацию по хранилищу данных).</translation>
    </message>
</context>
<context>
    <name>TrainingRegistry</name>
    <message>
        <source>Cannot write the training registry's credential file %1.</source>
        <translation>Не удаётся записать файл учётных данных учебного реестра %1.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>The key "%1" is not a valid Ed25519 public key.</source>
        <translation>Ключ «%1» не является корректным открытым ключом Ed25519.</translation>
    </message>
    <message>
        <source>The key id "%1" names two different keys.</source>
        <translation>Идентификатор ключа «%1» присвоен двум разным ключам.</translation>
    </message>
    <message>
        <source>Cannot read the trust file %1: %2</source>
        <translation>Не удаётся прочитать файл доверенных ключей %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a trust file: it needs a "keys" list.</source>
        <translation>Файл %1 не является файлом доверенных ключей: в нём должен быть список «keys».</translation>
    </message>
    <message>
        <source>The desk key "%1" is not certified by a registry key of this trust file.</source>
        <translation>Ключ рабочего места «%1» не заверен ключом реестра из этого файла доверенных ключей.</translation>
    </message>
    <message>
        <source>The file %1 lists a revoked desk key without a valid key id.</source>
        <translation>В файле %1 отозванный ключ рабочего места указан без действительного идентификатора ключа.</translation>
    </message>
</context>
<context>
    <name>UpgradeBackup</name>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Папку невозможно создать.</translation>
    </message>
    <message>
        <source>Another program is upgrading it.</source>
        <translation>Его обновляет другая программа.</translation>
    </message>
    <message>
        <source>The folder is not writable.</source>
        <translation>В папку невозможно записать.</translation>
    </message>
    <message>
        <source>The backup before the upgrade cannot be written in the folder "%1": %2</source>
        <translation>Резервную копию перед обновлением невозможно записать в папку «%1»: %2</translation>
    </message>
    <message>
        <source>the copy fails its integrity check</source>
        <translation>копия не проходит проверку целостности</translation>
    </message>
    <message>
        <source>the copy does not hold schema %1</source>
        <translation>копия не содержит схему %1</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>папку невозможно создать</translation>
    </message>
    <message>
        <source>the file "%1" cannot be created</source>
        <translation>файл «%1» невозможно создать</translation>
    </message>
    <message>
        <source>the copy cannot be read back</source>
        <translation>копию невозможно прочитать</translation>
    </message>
</context>
<context>
    <name>iin::DocumentJobs</name>
    <message>
        <source>No printer was given for the document.</source>
        <translation>Для документа не указан принтер.</translation>
    </message>
    <message>
        <source>The printer did not accept the document: check that it is switched on, connected and has paper.</source>
        <translation>Принтер не принял документ: проверьте, что он включён, подключён и в нём есть бумага.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать файл %1: %2</translation>
    </message>
</context>
<context>
    <name>iin::EditCalendar</name>
    <message>
        <source>The calendar is saved, but the complaints' due dates were not updated: %1 Run "refresh due dates" again.</source>
        <translation>Календарь сохранён, но сроки по жалобам не обновлены: %1 Повторите «обновление сроков».</translation>
    </message>
</context>
<context>
    <name>iin::RegisterComplaint</name>
    <message>
        <source>There is no application "%1" in the journal: give its registration number (or id).</source>
        <translation>В журнале нет заявления «%1»: укажите регистрационный номер заявления (или идентификатор).</translation>
    </message>
</context>
<context>
    <name>iin::RegistryClient</name>
    <message>
        <source>The registry did not answer in time; the request may or may not have been processed. Ask by key before sending again.</source>
        <translation>Реестр не ответил вовремя; запрос мог быть как обработан, так и не обработан. Прежде чем отправлять повторно, запросите у реестра результат по ключу запроса.</translation>
    </message>
    <message>
        <source>The registry's answer is larger than the limit.</source>
        <translation>Ответ реестра превышает допустимый размер.</translation>
    </message>
    <message>
        <source>The registry's TLS certificate was not accepted: %1</source>
        <translation>TLS-сертификат реестра не принят: %1</translation>
    </message>
    <message>
        <source>No answer from the registry: %1</source>
        <translation>Нет ответа от реестра: %1</translation>
    </message>
    <message>
        <source>The registry answered with a redirect, which the protocol does not allow.</source>
        <translation>Реестр ответил перенаправлением (redirect), что протоколом не допускается.</translation>
    </message>
    <message>
        <source>The registry answered HTTP %1 without a protocol error.</source>
        <translation>Реестр ответил кодом HTTP %1 без предусмотренного протоколом описания ошибки.</translation>
    </message>
    <message>
        <source>The registry's answer is not a JSON object.</source>
        <translation>Ответ реестра не является JSON-объектом.</translation>
    </message>
    <message>
        <source>The registry's answer does not fit the application: %1. Tell the supervisor; do not hand out this IIN.</source>
        <translation>Ответ реестра не соответствует заявлению: %1. Сообщите руководителю; не выдавайте этот ИИН.</translation>
    </message>
    <message>
        <source>it answers another request</source>
        <translation>это ответ на другой запрос</translation>
    </message>
    <message>
        <source>no IIN</source>
        <translation>в ответе нет ИИН</translation>
    </message>
    <message>
        <source>the IIN is not valid</source>
        <translation>ИИН некорректен</translation>
    </message>
    <message>
        <source>the IIN's birth date is not the applicant's</source>
        <translation>дата рождения, определённая по ИИН, не совпадает с датой рождения заявителя</translation>
    </message>
    <message>
        <source>the IIN's sex digit is not the applicant's</source>
        <translation>пол, определённый по ИИН, не совпадает с полом заявителя</translation>
    </message>
    <message>
        <source>The registry's batch answer is malformed.</source>
        <translation>Ответ реестра на пакетный запрос некорректен.</translation>
    </message>
    <message>
        <source>The registry did not accept this desk's credential. Check the desk credential in Settings.</source>
        <translation>Реестр не принял учётные данные этого рабочего места. Проверьте учётные данные рабочего места в настройках.</translation>
    </message>
    <message>
        <source>This desk is disabled at the registry. Ask the registry's administrator to enable it.</source>
        <translation>Это рабочее место отключено в реестре. Попросите администратора реестра включить его.</translation>
    </message>
    <message>
        <source>The registry does not understand this desk's requests (%1). Check the registry address in Settings.</source>
        <translation>Реестр не понимает запросы этого рабочего места (%1). Проверьте адрес реестра в настройках.</translation>
    </message>
    <message>
        <source>The request is larger than the registry accepts.</source>
        <translation>Запрос больше, чем принимает реестр.</translation>
    </message>
    <message>
        <source>The registry holds another application under this request's key. Tell the supervisor.</source>
        <translation>В реестре под ключом этого запроса уже другое заявление. Сообщите руководителю.</translation>
    </message>
    <message>
        <source>The registry has no free IIN left for this birth date. Tell the supervisor.</source>
        <translation>В реестре не осталось свободных ИИН для этой даты рождения. Сообщите руководителю.</translation>
    </message>
    <message>
        <source>The registry is temporarily unavailable; the desk will try again.</source>
        <translation>Реестр временно недоступен; рабочее место повторит попытку.</translation>
    </message>
    <message>
        <source>The registry failed with an internal error; the desk will try again.</source>
        <translation>В реестре произошла внутренняя ошибка; рабочее место повторит попытку.</translation>
    </message>
    <message>
        <source>The registry refused the request (%1): %2</source>
        <translation>Реестр отклонил запрос (%1): %2</translation>
    </message>
    <message>
        <source>the registry's attestation names another person</source>
        <translation>подтверждение реестра называет другое лицо</translation>
    </message>
    <message>
        <source>The registry's certification of the desk key is malformed.</source>
        <translation>Заверение ключа рабочего места реестром имеет неверный формат.</translation>
    </message>
    <message>
        <source>The request reached the registry too slowly; the desk will try again.</source>
        <translation>Запрос дошёл до реестра слишком медленно; рабочее место повторит попытку.</translation>
    </message>
</context>
<context>
    <name>iin::SerialMrzReader</name>
    <message>
        <source>The passport reader's port %1 does not exist: check the cable and the port in the desk settings.</source>
        <translation>Порт считывателя паспортов %1 не существует: проверьте кабель и порт в настройках рабочего места.</translation>
    </message>
    <message>
        <source>The passport reader's port %1 is in use by another program or not open to this user.</source>
        <translation>Порт считывателя паспортов %1 занят другой программой или недоступен этому пользователю.</translation>
    </message>
    <message>
        <source>The passport reader on %1 was disconnected.</source>
        <translation>Считыватель паспортов на %1 отключён.</translation>
    </message>
    <message>
        <source>The passport reader on %1 does not answer: %2</source>
        <translation>Считыватель паспортов на %1 не отвечает: %2</translation>
    </message>
</context>
<context>
    <name>iin::SyncWorker</name>
    <message>
        <source>The stored application cannot be read.</source>
        <translation>Не удаётся прочитать сохранённое заявление.</translation>
    </message>
</context>
<context>
    <name>iin::server::RegistryHttpServer</name>
    <message>
        <source>Cannot read the TLS certificate or key.</source>
        <translation>Не удаётся прочитать TLS-сертификат или ключ.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>TLS-сертификат или ключ не является корректным PEM.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Не удаётся принимать подключения на %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>iin::ui::AgeBandsModel</name>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <source>under %1 h</source>
        <translation>до %1 ч</translation>
    </message>
    <message>
        <source>over %1 h</source>
        <translation>более %1 ч</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 ч</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>более %1 дн.</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 дн.</translation>
    </message>
    <message>
        <source>Not answered by the registry, waiting %1</source>
        <translation>Реестр не ответил, ожидание: %1</translation>
    </message>
    <message>
        <source>Printed, not handed over, waiting %1</source>
        <translation>Напечатано, не выдано, ожидание: %1</translation>
    </message>
</context>
<context>
    <name>iin::ui::ApplicationComplaintsWidget</name>
    <message>
        <source>The complaints cannot be read: %1</source>
        <translation>Не удаётся прочитать жалобы: %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Complaints about this application</source>
        <translation>Жалобы по этому заявлению</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>No complaints about this application.</source>
        <translation>Жалоб по этому заявлению нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about this application</source>
        <translation>
            <numerusform>%n жалоба по этому заявлению</numerusform>
            <numerusform>%n жалобы по этому заявлению</numerusform>
            <numerusform>%n жалоб по этому заявлению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OVERDUE</source>
        <translation>
            <numerusform>%n ПРОСРОЧЕНА</numerusform>
            <numerusform>%n ПРОСРОЧЕНЫ</numerusform>
            <numerusform>%n ПРОСРОЧЕНО</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iin::ui::ApplicationView</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>refused at intake</source>
        <translation>отказано в приёме</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>статус изменён</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>просмотрено</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>напечатано</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспортировано</translation>
    </message>
    <message>
        <source>The journal is not available on this desk.</source>
        <translation>Журнал недоступен на этом рабочем месте.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Заявление %1</translation>
    </message>
    <message>
        <source>The application cannot be read: %1</source>
        <translation>Не удаётся прочитать заявление: %1</translation>
    </message>
    <message>
        <source>The application was not cancelled: %1</source>
        <translation>Заявление не отменено: %1</translation>
    </message>
    <message>
        <source>The scan cannot be shown: %1</source>
        <translation>Не удаётся показать скан: %1</translation>
    </message>
    <message>
        <source>Reading the application…</source>
        <translation>Чтение заявления…</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал подачи</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Annex 2 (penitentiary institution)</source>
        <translation>Приложение 2 (учреждение уголовно-исполнительной системы)</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>приложение 1</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Дата подачи заявления</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Дата и время регистрации</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Кем зарегистрировано</translation>
    </message>
    <message>
        <source>Office and desk</source>
        <translation>Подразделение и рабочее место</translation>
    </message>
    <message>
        <source>Rule edition</source>
        <translation>Редакция правил</translation>
    </message>
    <message>
        <source>Request to the registry</source>
        <translation>Запрос в реестр</translation>
    </message>
    <message>
        <source>Last error of the registry link</source>
        <translation>Последняя ошибка связи с реестром</translation>
    </message>
    <message>
        <source>Missing at intake</source>
        <translation>Недостающие при приёме документы</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>ФИО (кириллицей)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>ФИО (латиницей)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Орган, выдавший документ</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Data in Cyrillic or Latin letters</source>
        <translation>Данные указаны кириллицей или латиницей</translation>
    </message>
    <message>
        <source>Shown from the digital documents service</source>
        <translation>Предъявлен из сервиса цифровых документов</translation>
    </message>
    <message>
        <source>Stay and contacts</source>
        <translation>Пребывание и контакты</translation>
    </message>
    <message>
        <source>Address of stay</source>
        <translation>Адрес пребывания</translation>
    </message>
    <message>
        <source>Purpose of stay</source>
        <translation>Цель пребывания</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Доверенность</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <source>notarized</source>
        <translation>удостоверена нотариально</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>Нотариус</translation>
    </message>
    <message>
        <source>Annex 2</source>
        <translation>Приложение 2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Head of the institution</source>
        <translation>Руководитель учреждения</translation>
    </message>
    <message>
        <source>Representative of the institution</source>
        <translation>Представитель учреждения</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Date of the verdict</source>
        <translation>Дата приговора</translation>
    </message>
    <message>
        <source>Certified by the head</source>
        <translation>Заверено руководителем учреждения</translation>
    </message>
    <message>
        <source>duly certified</source>
        <translation>надлежаще засвидетельствована</translation>
    </message>
    <message>
        <source>electronic copy</source>
        <translation>электронная копия</translation>
    </message>
    <message>
        <source>paper only, no scan</source>
        <translation>только на бумаге, скана нет</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Приложенные документы (%1)</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Приложенных документов нет.</translation>
    </message>
    <message>
        <source>Only the paper was seen: there is no scan.</source>
        <translation>Предъявлен только бумажный документ: скана нет.</translation>
    </message>
    <message>
        <source>%1: no preview for this kind of file.</source>
        <translation>%1: для файлов этого типа предпросмотр недоступен.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>неизвестный тип</translation>
    </message>
    <message>
        <source>The scan cannot be shown: it is not a readable image.</source>
        <translation>Не удаётся показать скан: файл не является читаемым изображением.</translation>
    </message>
    <message>
        <source>Reading the scan…</source>
        <translation>Чтение скана…</translation>
    </message>
    <message>
        <source>Print the r&amp;eceipt of refusal</source>
        <translation>Напечатать &amp;расписку об отказе в приёме</translation>
    </message>
    <message>
        <source>Print the r&amp;eceipt</source>
        <translation>Напечатать &amp;расписку</translation>
    </message>
    <message>
        <source>Type the reason for the cancellation: it is recorded with the application.</source>
        <translation>Введите причину отмены: она записывается вместе с заявлением.</translation>
    </message>
    <message>
        <source>Cancel the application</source>
        <translation>Отмена заявления</translation>
    </message>
    <message>
        <source>Cancel the application %1? Its request to the registry is withdrawn; this cannot be undone.

Reason: %2</source>
        <translation>Отменить заявление %1? Его запрос в реестр будет отозван; это действие необратимо.

Причина: %2</translation>
    </message>
    <message>
        <source>The application is cancelled.</source>
        <translation>Заявление отменено.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Прежний статус</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Новый статус</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Close the view (Escape)</source>
        <translation>Закрыть просмотр (Esc)</translation>
    </message>
    <message>
        <source>Read the application again (F5)</source>
        <translation>Загрузить заявление заново (F5)</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>sent, waiting for the answer</source>
        <translation>отправлен, ожидается ответ</translation>
    </message>
    <message>
        <source>answered: the IIN is formed</source>
        <translation>получен ответ: ИИН сформирован</translation>
    </message>
    <message>
        <source>answered: refused</source>
        <translation>получен ответ: отказано</translation>
    </message>
    <message>
        <source>not sent: the application was cancelled</source>
        <translation>не отправлен: заявление отменено</translation>
    </message>
    <message>
        <source>waiting for the registry's decision (review %1): the person may already have an IIN, and an officer of the registry decides. The desk asks again by itself.</source>
        <translation>ожидает решения реестра (проверка № %1): у человека, возможно, уже есть ИИН, решает сотрудник реестра. Рабочее место само запросит ответ ещё раз.</translation>
    </message>
</context>
<context>
    <name>iin::ui::AttentionWindow</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that needs attention</source>
        <translation>Всё, что требует внимания</translation>
    </message>
    <message>
        <source>Thresholds: outbox %1 h, IIN %2 h, printing %3 h, handover %4 days, blanks %5 (Settings, administrator).</source>
        <translation>Пороги: очередь %1 ч, ИИН %2 ч, печать %3 ч, выдача %4 дн., бланки %5 (настройки меняет администратор).</translation>
    </message>
    <message>
        <source>Nothing has passed its threshold.</source>
        <translation>Ничто не превысило порогов.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list for the registry's help desk</source>
        <translation>Выгрузить список для службы поддержки реестра</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Таблицы (*.csv)</translation>
    </message>
    <message>
        <source>The list is saved as %1 (recorded in the audit trail).</source>
        <translation>Список сохранён как %1 (записано в журнал аудита).</translation>
    </message>
</context>
<context>
    <name>iin::ui::BlanksDialog</name>
    <message>
        <source>Misprint</source>
        <translation>Брак печати</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Замятие бумаги</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Повреждён</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Blanks %1–%2 were recorded as received.</source>
        <translation>Бланки %1–%2 учтены как принятые.</translation>
    </message>
    <message>
        <source>Blank %1 was recorded as spoiled.</source>
        <translation>Бланк %1 учтён как испорченный.</translation>
    </message>
    <message>
        <source>Received %1, printed on %2, spoiled %3: %4 on hand.</source>
        <translation>Принято %1, использовано при печати %2, испорчено %3: в наличии %4.</translation>
    </message>
    <message>
        <source>Next blank: %1.</source>
        <translation>Следующий бланк: %1.</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>На руках</translation>
    </message>
    <message>
        <source>Printed on today</source>
        <translation>Использовано сегодня</translation>
    </message>
    <message>
        <source>Spoiled today</source>
        <translation>Испорчено сегодня</translation>
    </message>
    <message>
        <source>Choose the clerk: an active operator who may print certificates.</source>
        <translation>Выберите сотрудника: действующего оператора с правом печати свидетельств.</translation>
    </message>
    <message numerus="yes">
        <source>Blanks %1–%2 (%n blank(s)) were handed to %3.</source>
        <translation>
            <numerusform>Бланки %1–%2 (%n бланк) выданы оператору %3.</numerusform>
            <numerusform>Бланки %1–%2 (%n бланка) выданы оператору %3.</numerusform>
            <numerusform>Бланки %1–%2 (%n бланков) выданы оператору %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused blank(s) were taken back from %1.</source>
        <translation>
            <numerusform>От оператора %1 принят %n неиспользованный бланк.</numerusform>
            <numerusform>От оператора %1 принято %n неиспользованных бланка.</numerusform>
            <numerusform>От оператора %1 принято %n неиспользованных бланков.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iin::ui::BlanksOnHandModel</name>
    <message>
        <source>Blanks</source>
        <translation>Бланки</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Reorder below</source>
        <translation>Минимальный запас</translation>
    </message>
</context>
<context>
    <name>iin::ui::CalendarDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message numerus="yes">
        <source>The calendar for %1 is saved in the journal. %n unfinished complaint(s) got new due dates.</source>
        <translation>
            <numerusform>Календарь на %1 год сохранён в журнале. Сроки обновлены у %n незавершённой жалобы.</numerusform>
            <numerusform>Календарь на %1 год сохранён в журнале. Сроки обновлены у %n незавершённых жалоб.</numerusform>
            <numerusform>Календарь на %1 год сохранён в журнале. Сроки обновлены у %n незавершённых жалоб.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unconfirmed (one source, an announcement or an estimate)</source>
        <translation>Не подтверждены (один источник, объявление или оценка)</translation>
    </message>
    <message>
        <source>Verified (checked against the published acts)</source>
        <translation>Проверены (сверены с опубликованными актами)</translation>
    </message>
    <message>
        <source>%1: edited at this desk and kept in the journal.</source>
        <translation>%1: данные изменены на этом рабочем месте и хранятся в журнале.</translation>
    </message>
    <message>
        <source>%1: the data shipped with the program.</source>
        <translation>%1: данные, поставляемые с программой.</translation>
    </message>
    <message>
        <source>%1: no data yet; only the law's fixed holidays are counted. Enter the year's transfers and Kurban Ait.</source>
        <translation>%1: данных пока нет; учитываются только постоянные праздники, установленные законом. Введите переносы дней на этот год и дату Курбан айта.</translation>
    </message>
    <message>
        <source>Working day: a date as dd.mm.yyyy.</source>
        <translation>Рабочий день: дата в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Day off: a date as dd.mm.yyyy.</source>
        <translation>Выходной день: дата в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Working day: give the weekend day that becomes a working day, and the day off it moves to.</source>
        <translation>Рабочий день: укажите выходной день, который становится рабочим, и день, на который переносится выходной.</translation>
    </message>
    <message>
        <source>Decree: give the act and its number.</source>
        <translation>Постановление: укажите акт и его номер.</translation>
    </message>
    <message>
        <source>The transfer is added; save to put it in force.</source>
        <translation>Перенос добавлен; сохраните, чтобы он вступил в силу.</translation>
    </message>
    <message>
        <source>First day of Kurban ait: a date as dd.mm.yyyy.</source>
        <translation>Первый день Курбан айта: дата в виде дд.мм.гггг.</translation>
    </message>
</context>
<context>
    <name>iin::ui::ComplaintDeadlinesModel</name>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочены</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>%1–%2 working days</source>
        <translation>%1–%2 рабочих дня</translation>
    </message>
</context>
<context>
    <name>iin::ui::ComplaintDialog</name>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>&amp;Заявление:</translation>
    </message>
    <message>
        <source>A&amp;pplication (if any):</source>
        <translation>&amp;Заявление (при наличии):</translation>
    </message>
    <message>
        <source>Registering the complaint…</source>
        <translation>Жалоба регистрируется…</translation>
    </message>
    <message>
        <source>Application: give the registration number of the application complained of.</source>
        <translation>Заявление: укажите регистрационный номер заявления, по которому подана жалоба.</translation>
    </message>
    <message>
        <source>Person complained of: give the name of the officer or employee.</source>
        <translation>Лицо, на которое подана жалоба: укажите ФИО должностного лица или работника.</translation>
    </message>
    <message>
        <source>Registered on: type the date as dd.mm.yyyy, e.g. %1.</source>
        <translation>Дата регистрации: введите дату в виде дд.мм.гггг, например %1.</translation>
    </message>
    <message>
        <source>Registered on: the date is in the future.</source>
        <translation>Дата регистрации: эта дата ещё не наступила.</translation>
    </message>
    <message>
        <source>Complainant: give who complains.</source>
        <translation>Податель жалобы: укажите, кто подаёт жалобу.</translation>
    </message>
    <message>
        <source>Substance: say what the complaint is about.</source>
        <translation>Суть жалобы: укажите, в чём состоит жалоба.</translation>
    </message>
    <message>
        <source>Learned of the act on: a date as dd.mm.yyyy, not after the registration, or leave it empty.</source>
        <translation>Дата, когда стало известно об акте: введите дату в виде дд.мм.гггг не позднее даты регистрации или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>iin::ui::ComplaintOutcomeDialog</name>
    <message>
        <source>Complaint %1 of %2 · %3 · %4</source>
        <translation>Жалоба № %1 от %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Satisfied by a favourable act within 3 working days (not forwarded)</source>
        <translation>Удовлетворена благоприятным актом в течение 3 рабочих дней (не направляется)</translation>
    </message>
    <message>
        <source>Forwarded with the case file to the reviewing body</source>
        <translation>Направлена вместе с материалами дела в орган, рассматривающий жалобу</translation>
    </message>
    <message>
        <source>Decided by the reviewing body</source>
        <translation>Орган, рассматривающий жалобу, принял решение</translation>
    </message>
    <message>
        <source>Review term extended</source>
        <translation>Срок рассмотрения продлён</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Удовлетворена</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>В удовлетворении отказано</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Recording the outcome…</source>
        <translation>Результат записывается…</translation>
    </message>
    <message>
        <source>On: the date as dd.mm.yyyy, not in the future.</source>
        <translation>Дата: введите дату в виде дд.мм.гггг, не позднее сегодняшней.</translation>
    </message>
    <message>
        <source>Reference: give the number of the reviewing body's decision.</source>
        <translation>Реквизиты: укажите номер решения органа, рассматривающего жалобу.</translation>
    </message>
    <message>
        <source>Reason: say why the term is extended.</source>
        <translation>Причина: укажите, почему продлевается срок.</translation>
    </message>
</context>
<context>
    <name>iin::ui::ComplaintsWindow</name>
    <message numerus="yes">
        <source>%n complaint(s) overdue</source>
        <translation>
            <numerusform>%n жалоба просрочена</numerusform>
            <numerusform>%n жалобы просрочены</numerusform>
            <numerusform>%n жалоб просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) due soon</source>
        <translation>
            <numerusform>%n жалоба со скоро истекающим сроком</numerusform>
            <numerusform>%n жалобы со скоро истекающим сроком</numerusform>
            <numerusform>%n жалоб со скоро истекающим сроком</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints: %1. See Supervision &gt; Complaints (Ctrl+Shift+K).</source>
        <translation>Жалобы: %1. См. меню «Контроль &gt; Жалобы» (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <source>Complaint %1 is registered.</source>
        <translation>Жалоба № %1 зарегистрирована.</translation>
    </message>
    <message>
        <source>The outcome of complaint %1 is recorded: %2.</source>
        <translation>Результат по жалобе № %1 записан: %2.</translation>
    </message>
    <message>
        <source>The summary of complaint %1 is saved to %2; the print is recorded.</source>
        <translation>Сводка по жалобе № %1 сохранена в файл %2; печать зафиксирована в журнале.</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Открытые жалобы</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Со скоро истекающим сроком</translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation>Просроченные или со скоро истекающим сроком</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>Все жалобы</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n жалоба</numerusform>
            <numerusform>%n жалобы</numerusform>
            <numerusform>%n жалоб</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the complaint's summary</source>
        <translation>Экспорт сводки по жалобе</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the summary…</source>
        <translation>Сводка экспортируется…</translation>
    </message>
    <message>
        <source>The complaint was not registered: %1</source>
        <translation>Жалоба не зарегистрирована: %1</translation>
    </message>
    <message>
        <source>The outcome was not recorded: %1</source>
        <translation>Результат не записан: %1</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>Жалобы с идентификатором %1 нет.</translation>
    </message>
    <message>
        <source>From the dashboard: complaints whose first term runs out: %1.</source>
        <translation>С панели показателей: жалобы, у которых первый срок истекает: %1.</translation>
    </message>
</context>
<context>
    <name>iin::ui::CountryComboBox</name>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>Stateless person</source>
        <translation>Лицо без гражданства</translation>
    </message>
</context>
<context>
    <name>iin::ui::DashboardWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Панель показателей</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>По состоянию на %1</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Чтение журнала…</translation>
    </message>
    <message>
        <source>Applications per day, by where they stand now</source>
        <translation>Заявления по дням, по текущему статусу</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Requests not answered by the registry</source>
        <translation>Запросы без ответа реестра</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Certificates printed, not handed over</source>
        <translation>Напечатанные, но не выданные свидетельства</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <source>Security-paper blanks on hand</source>
        <translation>Бланки строгой отчётности в наличии</translation>
    </message>
    <message>
        <source>Blanks</source>
        <translation>Бланки</translation>
    </message>
    <message>
        <source>Unfinished complaints, by the first term</source>
        <translation>Незавершённые жалобы, по ближайшему сроку</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Waiting (red: stuck, over %1 h)</source>
        <translation>Ожидание (красным: застряли, более %1 ч)</translation>
    </message>
    <message>
        <source>Since printing (red: over %1 days)</source>
        <translation>С момента печати (красным: более %1 дн.)</translation>
    </message>
    <message>
        <source>Below the minimum stock</source>
        <translation>Меньше минимального запаса</translation>
    </message>
</context>
<context>
    <name>iin::ui::DateLineEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>iin::ui::DeskPrinter</name>
    <message>
        <source>Your role may not print this document.</source>
        <translation>Вашей роли не разрешено печатать этот документ.</translation>
    </message>
    <message>
        <source>The journal is not open on this desk: nothing can be printed.</source>
        <translation>Журнал на этом рабочем месте не открыт: печать невозможна.</translation>
    </message>
    <message>
        <source>Your role may not print certificates.</source>
        <translation>Вашей роли не разрешено печатать свидетельства.</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Печать свидетельства</translation>
    </message>
    <message>
        <source>&amp;Registration number, IIN or application id:</source>
        <translation>&amp;Регистрационный номер, ИИН или идентификатор заявления:</translation>
    </message>
    <message>
        <source>Looking for the application…</source>
        <translation>Поиск заявления…</translation>
    </message>
    <message>
        <source>A duplicate of certificate %1 was printed (%2).</source>
        <translation>Напечатан дубликат свидетельства %1 (%2).</translation>
    </message>
    <message>
        <source>Certificate %1 was printed (%2); the application is now "certificate printed".</source>
        <translation>Свидетельство %1 напечатано (%2); заявление теперь в статусе «свидетельство напечатано».</translation>
    </message>
    <message>
        <source>A duplicate of the receipt of acceptance was printed (%1).</source>
        <translation>Напечатан дубликат расписки о приёме документов (%1).</translation>
    </message>
    <message>
        <source>The receipt of acceptance was printed (%1).</source>
        <translation>Расписка о приёме документов напечатана (%1).</translation>
    </message>
    <message>
        <source>A duplicate of the receipt of refusal was printed (%1).</source>
        <translation>Напечатан дубликат расписки об отказе в приёме документов (%1).</translation>
    </message>
    <message>
        <source>The receipt of refusal was printed (%1).</source>
        <translation>Расписка об отказе в приёме документов напечатана (%1).</translation>
    </message>
    <message>
        <source>No printer is configured for this desk (File &gt; Settings &gt; Printer).</source>
        <translation>Для этого рабочего места не настроен принтер («Файл &gt; Настройки рабочего места &gt; Принтер»).</translation>
    </message>
    <message>
        <source>The printer "%1" is not available on this computer: check that it is installed, switched on and connected.</source>
        <translation>Принтер «%1» недоступен на этом компьютере: проверьте, что он установлен, включён и подключён.</translation>
    </message>
    <message>
        <source>The printer "%1" cannot be used now.</source>
        <translation>Принтер «%1» сейчас нельзя использовать.</translation>
    </message>
</context>
<context>
    <name>iin::ui::DeskSession</name>
    <message>
        <source>IIN Desk</source>
        <translation>АРМ ИИН</translation>
    </message>
    <message>
        <source>The desk is closing.</source>
        <translation>Рабочее место закрывается.</translation>
    </message>
    <message>
        <source>The journal was upgraded from schema %1 to %2. A copy of it as it was before is kept in %3.</source>
        <translation>Журнал обновлён со схемы %1 до схемы %2. Его копия в прежнем виде хранится здесь: %3.</translation>
    </message>
</context>
<context>
    <name>iin::ui::DraftsDialog</name>
    <message>
        <source>(no name yet)</source>
        <translation>(ФИО ещё не указано)</translation>
    </message>
    <message>
        <source>Annex 2</source>
        <translation>приложение 2</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>приложение 1</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3 by %4</source>
        <translation>%1 — %2, сохранено %3, оператор %4</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unfinished application(s).</source>
        <translation>
            <numerusform>У вас %n незавершённое заявление.</numerusform>
            <numerusform>У вас %n незавершённых заявления.</numerusform>
            <numerusform>У вас %n незавершённых заявлений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft file(s) cannot be read and are left untouched in %1.</source>
        <translation>
            <numerusform>%n файл черновика не читается и оставлен без изменений в папке %1.</numerusform>
            <numerusform>%n файла черновиков не читаются и оставлены без изменений в папке %1.</numerusform>
            <numerusform>%n файлов черновиков не читаются и оставлены без изменений в папке %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the application</source>
        <translation>Удаление заявления</translation>
    </message>
    <message>
        <source>Discard the selected unfinished application? What was typed cannot be recovered.</source>
        <translation>Удалить выбранное незавершённое заявление? Введённые данные восстановить будет невозможно.</translation>
    </message>
</context>
<context>
    <name>iin::ui::HandoverDialog</name>
    <message>
        <source>Hand over the registration certificate: application %1</source>
        <translation>Выдача регистрационного свидетельства: заявление с идентификатором %1</translation>
    </message>
    <message>
        <source>Hand over the registration certificate: %1</source>
        <translation>Выдача регистрационного свидетельства: %1</translation>
    </message>
    <message>
        <source>Identity document &amp;type:</source>
        <translation>&amp;Тип документа, удостоверяющего личность:</translation>
    </message>
    <message>
        <source>Identity document &amp;number:</source>
        <translation>&amp;Номер документа, удостоверяющего личность:</translation>
    </message>
    <message>
        <source>Type of the identity document presented</source>
        <translation>Тип предъявленного документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>Number of the identity document presented</source>
        <translation>Номер предъявленного документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>Digital document &amp;type:</source>
        <translation>&amp;Тип цифрового документа:</translation>
    </message>
    <message>
        <source>Digital document &amp;number:</source>
        <translation>&amp;Номер цифрового документа:</translation>
    </message>
    <message>
        <source>Type of the document from the digital documents service</source>
        <translation>Тип документа из сервиса цифровых документов</translation>
    </message>
    <message>
        <source>Number of the document from the digital documents service</source>
        <translation>Номер документа из сервиса цифровых документов</translation>
    </message>
    <message>
        <source>Representative's document &amp;type:</source>
        <translation>&amp;Тип документа представителя:</translation>
    </message>
    <message>
        <source>Representative's document &amp;number:</source>
        <translation>&amp;Номер документа представителя:</translation>
    </message>
    <message>
        <source>Type of the representative's identity document</source>
        <translation>Тип документа, удостоверяющего личность представителя</translation>
    </message>
    <message>
        <source>Number of the representative's identity document</source>
        <translation>Номер документа, удостоверяющего личность представителя</translation>
    </message>
    <message>
        <source>Record the &amp;handover</source>
        <translation>Записать &amp;выдачу</translation>
    </message>
    <message>
        <source>Date of the power of attorney</source>
        <translation>Дата доверенности</translation>
    </message>
    <message>
        <source>Power of attorney valid until</source>
        <translation>Доверенность действительна до</translation>
    </message>
    <message>
        <source>%1 (%2) is not a real date: type it as dd.mm.yyyy.</source>
        <translation>%1 (%2): указана несуществующая дата; введите её в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>Recording the handover…</source>
        <translation>Выдача записывается…</translation>
    </message>
    <message>
        <source>Document on file: %1 %2</source>
        <translation>Документ в деле: %1 %2</translation>
    </message>
    <message>
        <source>The number presented, %1, is not the number on file, %2: check that this is the applicant's document (a renewed passport has a new number).</source>
        <translation>Предъявленный номер %1 не совпадает с номером в деле %2: проверьте, что это документ заявителя (у нового паспорта новый номер).</translation>
    </message>
</context>
<context>
    <name>iin::ui::IntakeForm</name>
    <message>
        <source>Electronic request certified by the EDS</source>
        <translation>Электронный запрос, удостоверенный ЭЦП</translation>
    </message>
    <message>
        <source>Discard the application</source>
        <translation>Удалить заявление</translation>
    </message>
    <message>
        <source>Discard this application and its draft? What was typed cannot be recovered.</source>
        <translation>Удалить это заявление и его черновик? Введённые данные восстановить будет невозможно.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Application (Annex 2)</source>
        <translation>Заявление (приложение 2)</translation>
    </message>
    <message>
        <source>Application (Annex 1)</source>
        <translation>Заявление (приложение 1)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Attach a scanned image or PDF (Alt+N)</source>
        <translation>Приложить отсканированное изображение или PDF (Alt+К)</translation>
    </message>
    <message>
        <source>Register the application (Ctrl+Enter)</source>
        <translation>Зарегистрировать заявление (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); drafts also save themselves after every change</source>
        <translation>Сохранить черновик сейчас (Ctrl+S); черновики также сохраняются сами после каждого изменения</translation>
    </message>
    <message>
        <source>New Annex 2 application</source>
        <translation>Новое заявление (приложение 2)</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>%1: "%2" is not a real date; type it as dd.mm.yyyy.</source>
        <translation>%1: «%2» не является существующей датой; введите её в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>The checklist is not available.</source>
        <translation>Контрольный список недоступен.</translation>
    </message>
    <message>
        <source>Rules applied: edition %1 in force from %2</source>
        <translation>Применяемые правила: редакция %1, действует с %2</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверьте</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <source>Every field of the application is filled in correctly</source>
        <translation>Все поля заявления заполнены правильно</translation>
    </message>
    <message>
        <source>Annex 2</source>
        <translation>Приложение 2</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>Приложение 1</translation>
    </message>
    <message>
        <source>Complete: every requirement is met. Press Ctrl+Enter to register.</source>
        <translation>Комплект полный: все требования выполнены. Для регистрации нажмите Ctrl+Enter.</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n thing(s) to fix before registering.</source>
        <translation>
            <numerusform>Комплект неполный: перед регистрацией нужно исправить %n замечание.</numerusform>
            <numerusform>Комплект неполный: перед регистрацией нужно исправить %n замечания.</numerusform>
            <numerusform>Комплект неполный: перед регистрацией нужно исправить %n замечаний.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The application cannot be registered yet: %n thing(s) to fix (see the checklist). The first one is selected.</source>
        <translation>
            <numerusform>Заявление пока нельзя зарегистрировать: нужно исправить %n замечание (см. контрольный список). Выделено первое из них.</numerusform>
            <numerusform>Заявление пока нельзя зарегистрировать: нужно исправить %n замечания (см. контрольный список). Выделено первое из них.</numerusform>
            <numerusform>Заявление пока нельзя зарегистрировать: нужно исправить %n замечаний (см. контрольный список). Выделено первое из них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>Приложить сканы</translation>
    </message>
    <message>
        <source>Scans (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pdf);;All files (*)</source>
        <translation>Сканы (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2; scan it at a lower resolution.</source>
        <translation>Файл %1 больше %2; отсканируйте его с меньшим разрешением.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать файл %1: %2</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>засвидетельствована</translation>
    </message>
    <message>
        <source>electronic copy</source>
        <translation>электронная копия</translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation>Приложенный документ не выбран.</translation>
    </message>
    <message>
        <source>%1 (%2): no preview for this kind of file.</source>
        <translation>%1 (%2): для файлов этого типа предпросмотр недоступен.</translation>
    </message>
    <message>
        <source>%1: the original file is no longer at %2.</source>
        <translation>%1: исходного файла больше нет по пути %2.</translation>
    </message>
    <message>
        <source>%1 is already attached as "%2" (%3): the same scan is not attached twice.</source>
        <translation>%1 уже приложен как «%2» (%3): один и тот же скан не прикладывается дважды.</translation>
    </message>
    <message>
        <source>The fields were filled from the passport's machine-readable zone on the scanned page: compare each with the document.</source>
        <translation>Поля заполнены по машиночитаемой зоне паспорта на отсканированной странице: сверьте каждое с документом.</translation>
    </message>
</context>
<context>
    <name>iin::ui::JournalModel</name>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <source>sent to the registry</source>
        <translation>отправлено в реестр</translation>
    </message>
    <message>
        <source>IIN assigned</source>
        <translation>ИИН присвоен</translation>
    </message>
    <message>
        <source>rejected by the registry</source>
        <translation>отклонено реестром</translation>
    </message>
    <message>
        <source>certificate printed</source>
        <translation>свидетельство напечатано</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>выдано</translation>
    </message>
    <message>
        <source>refused at intake</source>
        <translation>отказано в приёме</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(без номера)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Name (Cyrillic / Latin)</source>
        <translation>ФИО (кириллица / латиница)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Дата и время регистрации</translation>
    </message>
    <message>
        <source>waiting for the registry's decision</source>
        <translation>ожидает решения реестра</translation>
    </message>
</context>
<context>
    <name>iin::ui::JournalPage</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>The journal is not available on this desk.</source>
        <translation>Журнал недоступен на этом рабочем месте.</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Не удаётся прочитать журнал: %1</translation>
    </message>
    <message>
        <source>Searching the journal…</source>
        <translation>Поиск в журнале…</translation>
    </message>
    <message>
        <source>The journal has no applications yet.</source>
        <translation>В журнале пока нет заявлений.</translation>
    </message>
    <message>
        <source>No application matches the search.</source>
        <translation>Нет заявлений, соответствующих условиям поиска.</translation>
    </message>
    <message>
        <source>Showing the first %1 applications — refine the search to see the others.</source>
        <translation>Показаны первые %1 заявлений — уточните условия поиска, чтобы увидеть остальные.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s).</source>
        <translation>
            <numerusform>%n заявление.</numerusform>
            <numerusform>%n заявления.</numerusform>
            <numerusform>%n заявлений.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applications shown; scroll down for more.</source>
        <translation>Показано заявлений: %1; прокрутите вниз, чтобы увидеть остальные.</translation>
    </message>
    <message>
        <source>From the dashboard: %1</source>
        <translation>С панели показателей: %1</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Показать &amp;все</translation>
    </message>
</context>
<context>
    <name>iin::ui::LockScreen</name>
    <message>
        <source>The desk is locked. %1, enter your password to continue.</source>
        <translation>Рабочее место заблокировано. %1, чтобы продолжить работу, введите свой пароль.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
</context>
<context>
    <name>iin::ui::LoginDialog</name>
    <message>
        <source>Login: enter your login.</source>
        <translation>Логин: введите свой логин.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
</context>
<context>
    <name>iin::ui::MainWindow</name>
    <message>
        <source>There are no unfinished applications.</source>
        <translation>Незавершённых заявлений нет.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>training registry</source>
        <translation>учебный реестр</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>в очереди: %1</translation>
    </message>
    <message>
        <source>last exchange %1</source>
        <translation>последний обмен: %1</translation>
    </message>
    <message>
        <source>no exchange yet</source>
        <translation>обмена ещё не было</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>последняя ошибка: %1</translation>
    </message>
    <message>
        <source>Applications go to the embedded training registry; nothing reaches the national IIN register.</source>
        <translation>Заявления направляются во встроенный учебный реестр; в национальный реестр ИИН ничего не попадает.</translation>
    </message>
    <message>
        <source>Link to the registry</source>
        <translation>Связь с реестром</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed-in operator</source>
        <translation>Оператор, выполнивший вход</translation>
    </message>
    <message>
        <source>IIN Desk</source>
        <translation>АРМ ИИН</translation>
    </message>
    <message>
        <source>training mode</source>
        <translation>учебный режим</translation>
    </message>
    <message>
        <source>Press Ctrl+N to take a new application, Ctrl+Shift+N for an Annex 2 application, Ctrl+Shift+O for the unfinished ones.</source>
        <translation>Нажмите Ctrl+N, чтобы принять новое заявление, Ctrl+Shift+N — для заявления по приложению 2, Ctrl+Shift+O — для незавершённых заявлений.</translation>
    </message>
    <message>
        <source>Press Ctrl+N to take a new application, Ctrl+Shift+O for the unfinished ones.</source>
        <translation>Нажмите Ctrl+N, чтобы принять новое заявление, Ctrl+Shift+O — для незавершённых заявлений.</translation>
    </message>
    <message>
        <source>Manage the operators' accounts and the desk settings from the File menu.</source>
        <translation>Учётные записи операторов и настройки рабочего места находятся в меню «Файл».</translation>
    </message>
    <message>
        <source>Choose what to do from the menu.</source>
        <translation>Выберите действие в меню.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Черновик сохранён</translation>
    </message>
    <message>
        <source>The application is complete. Registering is not available on this desk yet; the draft is kept.</source>
        <translation>Заявление заполнено полностью. Регистрация на этом рабочем месте пока недоступна; черновик сохранён.</translation>
    </message>
    <message>
        <source>The application is closed; its draft is kept under Application &gt; Unfinished applications.</source>
        <translation>Заявление закрыто; его черновик сохранён в меню «Заявление &gt; Незавершённые заявления».</translation>
    </message>
    <message>
        <source>The desk settings are saved.</source>
        <translation>Настройки рабочего места сохранены.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About IIN Desk</source>
        <translation>О программе АРМ ИИН</translation>
    </message>
    <message>
        <source>IIN Desk %1
Forming the individual identification number for foreigners and stateless persons.</source>
        <translation>АРМ ИИН %1
Формирование индивидуальных идентификационных номеров иностранцам и лицам без гражданства.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(без номера)</translation>
    </message>
    <message>
        <source>Registering the application…</source>
        <translation>Заявление регистрируется…</translation>
    </message>
    <message>
        <source>Refuse at intake</source>
        <translation>Отказать в приёме документов</translation>
    </message>
    <message numerus="yes">
        <source>The package is incomplete: %n thing(s) missing (see the checklist).

Refuse it at intake? The refusal is recorded in the journal with what is missing and the application is closed. Choose No to complete it instead.</source>
        <translation>
            <numerusform>Пакет документов неполный: не хватает %n позиции (см. перечень).

Отказать в приёме документов? Отказ записывается в журнал с перечнем недостающего, заявление закрывается. Выберите «Нет», чтобы дополнить его.</numerusform>
            <numerusform>Пакет документов неполный: не хватает %n позиций (см. перечень).

Отказать в приёме документов? Отказ записывается в журнал с перечнем недостающего, заявление закрывается. Выберите «Нет», чтобы дополнить его.</numerusform>
            <numerusform>Пакет документов неполный: не хватает %n позиций (см. перечень).

Отказать в приёме документов? Отказ записывается в журнал с перечнем недостающего, заявление закрывается. Выберите «Нет», чтобы дополнить его.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal already has %n application(s) that look like the same person:</source>
        <translation>
            <numerusform>В журнале уже есть %n заявление, похожее на того же человека:</numerusform>
            <numerusform>В журнале уже есть %n заявления, похожих на того же человека:</numerusform>
            <numerusform>В журнале уже есть %n заявлений, похожих на того же человека:</numerusform>
        </translation>
    </message>
    <message>
        <source>Register this application anyway?</source>
        <translation>Всё равно зарегистрировать это заявление?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Возможное повторное заявление</translation>
    </message>
    <message>
        <source>The application was not registered; it stays open as it was.</source>
        <translation>Заявление не зарегистрировано; оно остаётся открытым в прежнем виде.</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>Зарегистрировано под номером %1</translation>
    </message>
    <message>
        <source>The package was refused at intake; the refusal is recorded in the journal. Missing:</source>
        <translation>В приёме документов отказано; отказ записан в журнал. Не хватает:</translation>
    </message>
    <message>
        <source>The application was not registered: %1 The form and its draft are kept.</source>
        <translation>Заявление не зарегистрировано: %1 Форма и её черновик сохранены.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Press Ctrl+J or F3 to search the journal of applications; Enter opens one.</source>
        <translation>Чтобы искать в журнале заявлений, нажмите Ctrl+J или F3; Enter открывает выбранное заявление.</translation>
    </message>
    <message>
        <source>The journal is not available on this desk: a handover cannot be recorded.</source>
        <translation>Журнал на этом рабочем месте недоступен: записать выдачу свидетельства нельзя.</translation>
    </message>
    <message>
        <source>Record handover</source>
        <translation>Запись выдачи свидетельства</translation>
    </message>
    <message>
        <source>&amp;Registration number of the application (as on the receipt):</source>
        <translation>&amp;Регистрационный номер заявления (как в расписке):</translation>
    </message>
    <message>
        <source>Registration number of the application</source>
        <translation>Регистрационный номер заявления</translation>
    </message>
    <message>
        <source>"%1" is not a registration number: type it as on the receipt, e.g. ALM01-02-000017-R.</source>
        <translation>«%1» не является регистрационным номером: введите его так, как в расписке, например ALM01-02-000017-R.</translation>
    </message>
    <message>
        <source>There is no application %1 in the journal: check the number on the receipt.</source>
        <translation>В журнале нет заявления %1: проверьте номер в расписке.</translation>
    </message>
    <message>
        <source>Application %1 is %2: a certificate is handed over only when it is %3.</source>
        <translation>Заявление %1 в статусе «%2»: свидетельство выдаётся только в статусе «%3».</translation>
    </message>
    <message>
        <source>The journal is not available on this desk.</source>
        <translation>Журнал недоступен на этом рабочем месте.</translation>
    </message>
    <message>
        <source>to the person, on the identity document</source>
        <translation>лично услугополучателю, по документу, удостоверяющему личность</translation>
    </message>
    <message>
        <source>to the person, on a document from the digital documents service</source>
        <translation>лично услугополучателю, по документу из сервиса цифровых документов</translation>
    </message>
    <message>
        <source>to a representative, on a power of attorney</source>
        <translation>представителю, по доверенности</translation>
    </message>
    <message>
        <source>The certificate of %1 is recorded as handed over %2.</source>
        <translation>Выдача свидетельства по заявлению %1 записана: %2.</translation>
    </message>
    <message>
        <source>The handover was not recorded: %1</source>
        <translation>Выдача свидетельства не записана: %1</translation>
    </message>
    <message>
        <source>new application (Annex 1)</source>
        <translation>новое заявление (приложение 1)</translation>
    </message>
    <message>
        <source>new Annex 2 application (migration police)</source>
        <translation>новое заявление по приложению 2 (миграционная полиция)</translation>
    </message>
    <message>
        <source>unfinished applications</source>
        <translation>незавершённые заявления</translation>
    </message>
    <message>
        <source>next field</source>
        <translation>следующее поле</translation>
    </message>
    <message>
        <source>next / previous field</source>
        <translation>следующее / предыдущее поле</translation>
    </message>
    <message>
        <source>the field or button with the underlined letter</source>
        <translation>поле или кнопка с подчёркнутой буквой</translation>
    </message>
    <message>
        <source>register the application</source>
        <translation>зарегистрировать заявление</translation>
    </message>
    <message>
        <source>save the draft now</source>
        <translation>сохранить черновик сейчас</translation>
    </message>
    <message>
        <source>close the application (a draft is kept)</source>
        <translation>закрыть заявление (черновик сохраняется)</translation>
    </message>
    <message>
        <source>journal of applications (search box)</source>
        <translation>журнал заявлений (строка поиска)</translation>
    </message>
    <message>
        <source>open the application chosen in the journal</source>
        <translation>открыть заявление, выбранное в журнале</translation>
    </message>
    <message>
        <source>read the open application again</source>
        <translation>заново загрузить открытое заявление</translation>
    </message>
    <message>
        <source>close the application view</source>
        <translation>закрыть просмотр заявления</translation>
    </message>
    <message>
        <source>print a certificate (preview first)</source>
        <translation>напечатать свидетельство (сначала предварительный просмотр)</translation>
    </message>
    <message>
        <source>record the handover of a certificate</source>
        <translation>записать выдачу свидетельства</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>жалобы</translation>
    </message>
    <message>
        <source>lock the desk</source>
        <translation>заблокировать рабочее место</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>полноэкранный режим</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>выход</translation>
    </message>
    <message>
        <source>The journal file is damaged: %1 Nothing more is written to it: stop taking applications at this desk and have the latest backup restored (iin-desk-cli restore); the drafts are kept.</source>
        <translation>Файл журнала повреждён: %1 В него больше ничего не записывается: прекратите приём заявлений на этом рабочем месте и восстановите последнюю резервную копию (iin-desk-cli restore); черновики сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) behind the registry's: ask the administrator to set it.</source>
        <translation>
            <numerusform>Часы этого компьютера отстают от часов реестра на %n минуту: попросите администратора их выставить.</numerusform>
            <numerusform>Часы этого компьютера отстают от часов реестра на %n минуты: попросите администратора их выставить.</numerusform>
            <numerusform>Часы этого компьютера отстают от часов реестра на %n минут: попросите администратора их выставить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) ahead of the registry's: ask the administrator to set it.</source>
        <translation>
            <numerusform>Часы этого компьютера спешат относительно часов реестра на %n минуту: попросите администратора их выставить.</numerusform>
            <numerusform>Часы этого компьютера спешат относительно часов реестра на %n минуты: попросите администратора их выставить.</numerusform>
            <numerusform>Часы этого компьютера спешат относительно часов реестра на %n минут: попросите администратора их выставить.</numerusform>
        </translation>
    </message>
    <message>
        <source>read passport: the zone from a reader or pasted lines</source>
        <translation>считать паспорт: зона со считывателя или из вставленных строк</translation>
    </message>
    <message>
        <source>scan passport: fill the fields from the scanned page</source>
        <translation>сканировать паспорт: заполнить поля по отсканированной странице</translation>
    </message>
    <message>
        <source>what needs attention</source>
        <translation>что требует внимания</translation>
    </message>
    <message>
        <source>Making the end-of-day backup…</source>
        <translation>Создаётся резервная копия конца дня…</translation>
    </message>
    <message>
        <source>The end-of-day backup failed: %1</source>
        <translation>Резервная копия конца дня не создана: %1</translation>
    </message>
    <message>
        <source>The end-of-day backup is written to %1, encrypted to recovery key %2.</source>
        <translation>Резервная копия конца дня записана в %1, зашифрована для ключа восстановления %2.</translation>
    </message>
    <message>
        <source>No backup of the journal has been made yet: set the recovery key and the backup folder in the desk settings.</source>
        <translation>Резервная копия журнала ещё ни разу не создавалась: задайте ключ восстановления и папку для копий в настройках рабочего места.</translation>
    </message>
    <message>
        <source>The last good backup of the journal is more than a day old (%1): check the backup folder or the USB stick.</source>
        <translation>Последней успешной резервной копии журнала больше суток (%1): проверьте папку для копий или USB-флешку.</translation>
    </message>
    <message>
        <source>Diagnostics for support</source>
        <translation>Диагностика для службы поддержки</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Архивы zip (*.zip)</translation>
    </message>
    <message>
        <source>Writing the diagnostics…</source>
        <translation>Диагностика записывается…</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>Не удалось заменить файл %1.</translation>
    </message>
    <message>
        <source>The diagnostics are written to %1. They hold no names, document numbers or IINs.</source>
        <translation>Диагностика записана в %1. В ней нет ФИО, номеров документов и ИИН.</translation>
    </message>
    <message>
        <source>The diagnostics could not be written: %1</source>
        <translation>Не удалось записать диагностику: %1</translation>
    </message>
</context>
<context>
    <name>iin::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>iin::ui::MrzFill</name>
    <message>
        <source>Read passport (Ctrl+M)</source>
        <translation>Считать паспорт (Ctrl+M)</translation>
    </message>
    <message>
        <source>Read passport</source>
        <translation>Считать паспорт</translation>
    </message>
    <message>
        <source>Fill the fields from the passport's machine-readable zone: a reader, or the lines typed or pasted</source>
        <translation>Заполнить поля из машиночитаемой зоны паспорта: со считывателя или из набранных либо вставленных строк</translation>
    </message>
    <message>
        <source>Confirm the fields read</source>
        <translation>Подтвердить считанные поля</translation>
    </message>
    <message>
        <source>Confirm the fields read from the passport</source>
        <translation>Подтвердить поля, считанные из паспорта</translation>
    </message>
    <message>
        <source>Confirm this field</source>
        <translation>Подтвердить это поле</translation>
    </message>
    <message>
        <source>Proposed from the Latin name in the passport's machine-readable zone: correct the spelling, then confirm.</source>
        <translation>Предложено по латинскому написанию из машиночитаемой зоны паспорта: исправьте написание, затем подтвердите.</translation>
    </message>
    <message>
        <source>Read from the passport's machine-readable zone: compare it with the document, then confirm.</source>
        <translation>Считано из машиночитаемой зоны паспорта: сверьте с документом, затем подтвердите.</translation>
    </message>
    <message>
        <source>Fills the person and document fields from the passport.</source>
        <translation>Заполняет поля о человеке и документе из паспорта.</translation>
    </message>
    <message>
        <source>The zone did not check out and was used anyway. </source>
        <translation>Зона не прошла проверку, но всё равно использована. </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) filled from the passport are marked: compare each with the document and correct or confirm it.</source>
        <translation>
            <numerusform>%n поле, заполненное из паспорта, отмечено: сверьте его с документом и исправьте или подтвердите.</numerusform>
            <numerusform>%n поля, заполненных из паспорта, отмечены: сверьте каждое с документом и исправьте или подтвердите.</numerusform>
            <numerusform>%n полей, заполненных из паспорта, отмечены: сверьте каждое с документом и исправьте или подтвердите.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the passport; the fields are confirmed. Fields that later differ from the passport are listed in the checklist.</source>
        <translation>Считано из паспорта; поля подтверждены. Поля, которые позже разойдутся с паспортом, будут указаны в контрольном списке.</translation>
    </message>
    <message>
        <source>Identity document, machine-readable zone</source>
        <translation>Документ, удостоверяющий личность, машиночитаемая зона</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) read from the passport are not confirmed yet.</source>
        <translation>
            <numerusform>%n поле, считанное из паспорта, ещё не подтверждено.</numerusform>
            <numerusform>%n поля, считанных из паспорта, ещё не подтверждены.</numerusform>
            <numerusform>%n полей, считанных из паспорта, ещё не подтверждены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan passport (Ctrl+Shift+M)</source>
        <translation>Сканировать паспорт (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Scan passport</source>
        <translation>Сканировать паспорт</translation>
    </message>
    <message>
        <source>Scan the passport's data page, fill the fields from its machine-readable zone and attach the page as the copy of the identity document</source>
        <translation>Отсканировать страницу паспорта с данными, заполнить поля по её машиночитаемой зоне и приложить страницу как копию документа, удостоверяющего личность</translation>
    </message>
</context>
<context>
    <name>iin::ui::MrzInputDialog</name>
    <message>
        <source>No passport reader on a serial port is set up (desk settings); a reader that types like a keyboard types into the field above.</source>
        <translation>Считыватель паспортов на последовательном порту не настроен (настройки рабочего места); считыватель, работающий как клавиатура, набирает текст в поле выше.</translation>
    </message>
    <message>
        <source>Passport reader on %1: waiting for a passport.</source>
        <translation>Считыватель паспортов на %1: ожидание паспорта.</translation>
    </message>
    <message>
        <source>Passport reader on %1: connecting…</source>
        <translation>Считыватель паспортов на %1: подключение…</translation>
    </message>
    <message>
        <source>Not a complete machine-readable zone yet: a passport has 2 lines of 44 characters, an identity card 3 lines of 30 (or 2 of 36). Lines so far: %1.</source>
        <translation>Машиночитаемая зона ещё не полная: в паспорте 2 строки по 44 знака, в удостоверении личности 3 строки по 30 (или 2 по 36). Строки сейчас: %1.</translation>
    </message>
    <message>
        <source>Read: %1 %2, document %3. Press Enter to fill the form.</source>
        <translation>Считано: %1 %2, документ %3. Нажмите Enter, чтобы заполнить форму.</translation>
    </message>
    <message>
        <source>The zone does not check out; nothing is filled unless you choose "Fill anyway":</source>
        <translation>Зона не проходит проверку; ничего не заполняется, пока вы не выберете «Всё равно заполнить»:</translation>
    </message>
</context>
<context>
    <name>iin::ui::OperatorEditDialog</name>
    <message>
        <source>First start: create the administrator</source>
        <translation>Первый запуск: создание администратора</translation>
    </message>
    <message>
        <source>This desk has no operators yet. Create the administrator's account: the administrator then creates the accounts of clerks, officers and supervisors.</source>
        <translation>На этом рабочем месте ещё нет операторов. Создайте учётную запись администратора: затем администратор создаст учётные записи работников Государственной корпорации, сотрудников миграционной полиции и руководителей.</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Новый оператор</translation>
    </message>
    <message>
        <source>Each person at the desk has their own account: every action is recorded under it.</source>
        <translation>У каждого, кто работает на рабочем месте, своя учётная запись: все действия фиксируются под ней.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell it to the operator in person; a lockout is lifted as well.</source>
        <translation>Задайте новый пароль для оператора %1. Сообщите его оператору лично; блокировка учётной записи при этом тоже снимается.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The password is strong enough.</source>
        <translation>Пароль достаточно надёжен.</translation>
    </message>
    <message>
        <source>Repeat the password: the two passwords differ; type the same password twice.</source>
        <translation>Повтор пароля: пароли не совпадают; введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Сохранение учётной записи…</translation>
    </message>
</context>
<context>
    <name>iin::ui::OperatorsDialog</name>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>The operator %1 is created.</source>
        <translation>Оператор %1 создан.</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>Пароль оператора %1 сброшен.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>Роль оператора %1 теперь: %2.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключение учётной записи</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? The operator will no longer be able to sign in; the records made under it stay.</source>
        <translation>Отключить учётную запись оператора %1? Оператор больше не сможет войти в систему; записи, сделанные под этой учётной записью, сохранятся.</translation>
    </message>
    <message>
        <source>The account of %1 is deactivated.</source>
        <translation>Учётная запись оператора %1 отключена.</translation>
    </message>
    <message>
        <source>The account of %1 is active again.</source>
        <translation>Учётная запись оператора %1 снова активна.</translation>
    </message>
</context>
<context>
    <name>iin::ui::OutcomesPerDayModel</name>
    <message>
        <source>%1, registered on %2</source>
        <translation>%1, дата регистрации %2</translation>
    </message>
</context>
<context>
    <name>iin::ui::PrintPreviewDialog</name>
    <message>
        <source>Registration certificate</source>
        <translation>Регистрационное свидетельство</translation>
    </message>
    <message>
        <source>Receipt of acceptance</source>
        <translation>Расписка о приёме документов</translation>
    </message>
    <message>
        <source>Receipt of refusal</source>
        <translation>Расписка об отказе в приёме документов</translation>
    </message>
    <message>
        <source>The journal is not open on this desk.</source>
        <translation>Журнал на этом рабочем месте не открыт.</translation>
    </message>
    <message>
        <source>This certificate was printed before; your role may not print a duplicate.</source>
        <translation>Это свидетельство уже печаталось; вашей роли не разрешено печатать дубликат.</translation>
    </message>
    <message>
        <source>Your role may not print certificates.</source>
        <translation>Вашей роли не разрешено печатать свидетельства.</translation>
    </message>
    <message>
        <source>The document was not printed: %1 Nothing was recorded; you can try again.</source>
        <translation>Документ не напечатан: %1 Ничего не записано; можно повторить попытку.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Save the document as PDF instead?</source>
        <translation>Сохранить документ в PDF вместо печати?</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of application %2: %n page(s).</source>
        <translation>
            <numerusform>%1 по заявлению %2: %n страница.</numerusform>
            <numerusform>%1 по заявлению %2: %n страницы.</numerusform>
            <numerusform>%1 по заявлению %2: %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was printed before: this print is a DUPLICATE.</source>
        <translation>Документ уже печатался: этот экземпляр — ДУБЛИКАТ.</translation>
    </message>
    <message>
        <source>The certificate number is issued when it is printed.</source>
        <translation>Номер свидетельства присваивается при печати.</translation>
    </message>
    <message>
        <source>Training document: it has no legal force.</source>
        <translation>Учебный документ: юридической силы не имеет.</translation>
    </message>
    <message>
        <source>No printer is configured: save it as PDF.</source>
        <translation>Принтер не настроен: сохраните документ в PDF.</translation>
    </message>
    <message>
        <source>Press Enter to print on %1.</source>
        <translation>Нажмите Enter, чтобы напечатать на принтере %1.</translation>
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation>Не удаётся показать документ.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message>
        <source>No security-paper blank is on hand: a supervisor must receive a range of blanks before certificates can be printed.</source>
        <translation>В наличии нет бланков строгой отчётности: прежде чем печатать свидетельства, супервайзер должен принять диапазон бланков.</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>Выберите причину…</translation>
    </message>
</context>
<context>
    <name>iin::ui::ScanDialog</name>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Поиск сканеров…</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is switched on and connected, then look again.</source>
        <translation>Сканер не найден. Проверьте, что он включён и подключён, и поищите снова.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning… %n page(s) so far</source>
        <translation>
            <numerusform>Сканирование… пока %n страница</numerusform>
            <numerusform>Сканирование… пока %n страницы</numerusform>
            <numerusform>Сканирование… пока %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>%n ранее отсканированная страница сохранена.</numerusform>
            <numerusform>%n ранее отсканированные страницы сохранены.</numerusform>
            <numerusform>%n ранее отсканированных страниц сохранены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Запись PDF…</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 dpi</source>
        <translation>%1 × %2 пикселей, %3 dpi</translation>
    </message>
</context>
<context>
    <name>iin::ui::SettingsDialog</name>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Чётная</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Нечётная</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Маркер</translation>
    </message>
    <message>
        <source>(reading the journal…)</source>
        <translation>(чтение журнала…)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ещё не было</translation>
    </message>
</context>
<context>
    <name>iin::ui::ShiftReportDialog</name>
    <message>
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>all operators</source>
        <translation>все операторы</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>Office %1, desk %2, %3, %4.</source>
        <translation>Подразделение %1, рабочее место %2, %3, %4.</translation>
    </message>
    <message>
        <source>Spoiled blank %1 (%2), countersigned by %3</source>
        <translation>Испорченный бланк %1 (%2), заверил: %3</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n</source>
        <translation>
            <numerusform>Требует внимания: %n</numerusform>
            <numerusform>Требуют внимания: %n</numerusform>
            <numerusform>Требуют внимания: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Отчёт сохранён в %1.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Сохранить отчёт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Не удалось сохранить отчёт в %1: %2</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Отчёт отправлен на принтер.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The IIN registry. Commands: serve (default), add-desk, disable-desk, enable-desk, duplicates, review list|show ID|decide ID, keygen, trust-file, revoke-desk-key.</source>
        <translation>Реестр ИИН. Команды: serve (по умолчанию), add-desk, disable-desk, enable-desk, duplicates, review list|show ID|decide ID, keygen, trust-file, revoke-desk-key.</translation>
    </message>
</context>
<context>
    <name>DraftScans</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The scan cannot be saved at %1: %2</source>
        <translation>Не удаётся сохранить скан в %1: %2</translation>
    </message>
    <message>
        <source>The scan at %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать скан %1: %2</translation>
    </message>
</context>
<context>
    <name>ScanCipher</name>
    <message>
        <source>The scan %1 is not an encrypted scan file.</source>
        <translation>Скан %1 не является зашифрованным файлом скана.</translation>
    </message>
    <message>
        <source>The scan %1 was encrypted under another key (%2), not this journal's (%3).</source>
        <translation>Скан %1 зашифрован другим ключом (%2), а не ключом этого журнала (%3).</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать скан %1: %2</translation>
    </message>
</context>
<context>
    <name>ScanKeys</name>
    <message>
        <source>"%1" cannot be written: %2</source>
        <translation>Не удаётся записать «%1»: %2</translation>
    </message>
    <message>
        <source>"%1" cannot be read: %2</source>
        <translation>Не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>"%1" is not a scan key file this program reads.</source>
        <translation>«%1» не является файлом ключа сканов, который читает эта программа.</translation>
    </message>
    <message>
        <source>The scan key %1 read here has the wrong length.</source>
        <translation>Ключ сканов %1, прочитанный здесь, имеет неверную длину.</translation>
    </message>
    <message>
        <source>The key read here is not the journal's scan key %1.</source>
        <translation>Прочитанный здесь ключ не является ключом сканов журнала %1.</translation>
    </message>
    <message>
        <source>IIN_DESK_SCAN_KEEPER is "%1": use auto, systemd-creds or file.</source>
        <translation>IIN_DESK_SCAN_KEEPER имеет значение «%1»: используйте auto, systemd-creds или file.</translation>
    </message>
    <message>
        <source>systemd-creds gave back another secret.</source>
        <translation>systemd-creds вернул другой секрет.</translation>
    </message>
    <message>
        <source>The folder "%1" cannot be created.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>The journal's scan key %1 cannot be opened on this machine (%2). A supervisor restores it with: iin-desk-cli scans recover --key RECOVERY_PRIVATE_KEY</source>
        <translation>Ключ сканов журнала %1 не открывается на этом компьютере (%2). Руководитель восстанавливает его командой: iin-desk-cli scans recover --key RECOVERY_PRIVATE_KEY</translation>
    </message>
    <message>
        <source>unknown keeper "%1"</source>
        <translation>неизвестный хранитель «%1»</translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>Не удаётся запустить библиотеку шифрования.</translation>
    </message>
    <message>
        <source>The journal has no scan key yet.</source>
        <translation>У журнала ещё нет ключа сканов.</translation>
    </message>
    <message>
        <source>The journal's scan key %1 has no copy sealed to a recovery key.</source>
        <translation>У ключа сканов журнала %1 нет копии, запечатанной ключом восстановления.</translation>
    </message>
    <message>
        <source>The scan key's copy is sealed to the recovery key %1, not to this one (%2).</source>
        <translation>Копия ключа сканов запечатана ключом восстановления %1, а не этим (%2).</translation>
    </message>
    <message>
        <source>The recovery key does not open the scan key's copy.</source>
        <translation>Ключ восстановления не открывает копию ключа сканов.</translation>
    </message>
</context>
<context>
    <name>SystemdCreds</name>
    <message>
        <source>systemd-creds is not installed on this machine.</source>
        <translation>systemd-creds не установлен на этом компьютере.</translation>
    </message>
    <message>
        <source>systemd-creds cannot be started: %1</source>
        <translation>Не удаётся запустить systemd-creds: %1</translation>
    </message>
    <message>
        <source>systemd-creds did not finish.</source>
        <translation>systemd-creds не завершил работу.</translation>
    </message>
    <message>
        <source>systemd-creds failed: %1</source>
        <translation>Ошибка systemd-creds: %1</translation>
    </message>
</context>
</TS>