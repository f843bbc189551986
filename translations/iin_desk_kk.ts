<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ApplicationJson</name>
    <message>
        <source>%1: unknown field; remove it or correct its spelling (see the application format).</source>
        <translation>%1: белгісіз өріс; оны алып тастаңыз немесе жазылуын түзетіңіз (өтініш пішімін қараңыз).</translation>
    </message>
    <message>
        <source>%1: required field is missing; add it.</source>
        <translation>%1: міндетті өріс жоқ; оны қосыңыз.</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3.</source>
        <translation>%1: күтілген түрі — %2, берілгені — %3.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a real date; write it as YYYY-MM-DD.</source>
        <translation>%1: «%2» нақты күн емес; оны ЖЖЖЖ-АА-КК түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date and time; write it as YYYY-MM-DDThh:mm:ss+05:00 (with the offset).</source>
        <translation>%1: «%2» күн мен уақыт емес; оны YYYY-MM-DDThh:mm:ss+05:00 түрінде (уақыт белдеуінің ығысуымен) жазыңыз.</translation>
    </message>
    <message>
        <source>%1: "%2" is not allowed; use one of: %3.</source>
        <translation>%1: «%2» мәніне рұқсат етілмейді; мына мәндердің бірін пайдаланыңыз: %3.</translation>
    </message>
    <message>
        <source>The application is %1 bytes; at most %2 are accepted.</source>
        <translation>Өтініштің көлемі %1 байт; ең көбі %2 байт қабылданады.</translation>
    </message>
    <message>
        <source>The input is empty; expected a JSON application.</source>
        <translation>Кіріс деректері бос; JSON түріндегі өтініш күтіледі.</translation>
    </message>
    <message>
        <source>The input is not UTF-8 text; expected a JSON application.</source>
        <translation>Кіріс деректері UTF-8 мәтіні емес; JSON түріндегі өтініш күтіледі.</translation>
    </message>
    <message>
        <source>The input nests objects or arrays deeper than %1 levels; an application never does.</source>
        <translation>Кіріс деректеріндегі объектілердің немесе массивтердің салыну тереңдігі %1 деңгейден асады; өтініште ондай болмайды.</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2 (is the file complete?).</source>
        <translation>Дұрыс JSON емес (%1-байт): %2 (файл толық па?).</translation>
    </message>
    <message>
        <source>The application must be a JSON object {...}.</source>
        <translation>Өтініш JSON объектісі {...} болуы тиіс.</translation>
    </message>
    <message>
        <source>format_version: this program reads version %1 of the application format.</source>
        <translation>format_version: бұл бағдарлама өтініш пішімінің %1 нұсқасын оқиды.</translation>
    </message>
    <message>
        <source>text (string)</source>
        <translation>мәтін (string)</translation>
    </message>
    <message>
        <source>true or false (boolean)</source>
        <translation>true немесе false (boolean)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>a list (array)</source>
        <translation>тізім (array)</translation>
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
        <translation>«ЖЖЖЖ-АА-КК» түріндегі күн</translation>
    </message>
    <message>
        <source>a date and time "YYYY-MM-DDThh:mm:ss+05:00"</source>
        <translation>«YYYY-MM-DDThh:mm:ss+05:00» түріндегі күн мен уақыт</translation>
    </message>
</context>
<context>
    <name>ApplicationStatuses</name>
    <message>
        <source>An application in status "%1" cannot move to "%2".</source>
        <translation>«%1» мәртебесіндегі өтінішті «%2» мәртебесіне ауыстыруға болмайды.</translation>
    </message>
</context>
<context>
    <name>ApplicationTexts</name>
    <message>
        <source>State Corporation counter</source>
        <translation>Мемлекеттік корпорация</translation>
    </message>
    <message>
        <source>Migration police unit (service provider)</source>
        <translation>Көші-қон полициясының бөлінісі (көрсетілетін қызметті беруші)</translation>
    </message>
    <message>
        <source>E-government portal</source>
        <translation>«Электрондық үкімет» порталы</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Travel document of a stateless person</source>
        <translation>Азаматтығы жоқ адамның жол жүру құжаты</translation>
    </message>
    <message>
        <source>Refugee travel document</source>
        <translation>Босқынның жол жүру құжаты</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Тұруға ықтиярхат</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Жеке куәлік</translation>
    </message>
    <message>
        <source>Other identity document</source>
        <translation>Жеке басын куәландыратын басқа құжат</translation>
    </message>
    <message>
        <source>Application on the Annex 1 form, signed</source>
        <translation>1-қосымшаға сәйкес нысандағы қол қойылған өтініш</translation>
    </message>
    <message>
        <source>Identity document (copy)</source>
        <translation>Жеке басын куәландыратын құжат (көшірмесі)</translation>
    </message>
    <message>
        <source>Duly certified copy of the translation of the identity document</source>
        <translation>Жеке басын куәландыратын құжат аудармасының тиісінше куәландырылған көшірмесі</translation>
    </message>
    <message>
        <source>Notarized power of attorney</source>
        <translation>Нотариалды куәландырылған сенімхат</translation>
    </message>
    <message>
        <source>Annex 2 application certified by the head of the institution</source>
        <translation>Мекеме басшысы куәландырған 2-қосымшаға сәйкес нысандағы өтініш</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотосурет</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Басқа құжат</translation>
    </message>
</context>
<context>
    <name>ApplicationValidator</name>
    <message>
        <source>%1 (%2) is missing; fill it in.</source>
        <translation>%1 (%2) толтырылмаған; оны толтырыңыз.</translation>
    </message>
    <message>
        <source>%1 (%2) is longer than %3 characters; shorten it as in the identity document.</source>
        <translation>%1 (%2) %3 таңбадан ұзын; оны жеке басын куәландыратын құжаттағыдай етіп қысқартыңыз.</translation>
    </message>
    <message>
        <source>%1 (%2) may hold only letters, hyphens, apostrophes and single spaces between letters; remove the other characters.</source>
        <translation>%1 (%2) тек әріптерден, дефистерден, апострофтардан және әріптер арасындағы бір ғана бос орыннан тұра алады; басқа таңбаларды алып тастаңыз.</translation>
    </message>
    <message>
        <source>%1 (%2) must be written in Cyrillic letters; retype it in Cyrillic.</source>
        <translation>%1 (%2) кирилл әріптерімен жазылуы тиіс; оны кириллицамен қайта теріңіз.</translation>
    </message>
    <message>
        <source>%1 (%2) must be written in Latin letters A-Z as in the machine-readable zone; retype it in Latin.</source>
        <translation>%1 (%2) машинамен оқылатын аймақтағыдай A-Z латын әріптерімен жазылуы тиіс; оны латын әріптерімен қайта теріңіз.</translation>
    </message>
    <message>
        <source>%1 (%2) mixes Cyrillic and Latin letters; write it in one alphabet.</source>
        <translation>%1 (%2) кирилл және латын әріптерімен аралас жазылған; оны бір әліпбимен жазыңыз.</translation>
    </message>
    <message>
        <source>%1 (%2) must be an ISO 3166-1 alpha-3 code such as UZB, or XXA for a stateless person.</source>
        <translation>%1 (%2) UZB сияқты ISO 3166-1 alpha-3 коды болуы тиіс, ал азаматтығы жоқ адам үшін — XXA.</translation>
    </message>
    <message>
        <source>%1 (%2) must be an ISO 3166-1 alpha-3 code such as UZB.</source>
        <translation>%1 (%2) UZB сияқты ISO 3166-1 alpha-3 коды болуы тиіс.</translation>
    </message>
    <message>
        <source>%1 (%2): "%3" is not an ISO 3166-1 country code; choose the country from the list.</source>
        <translation>%1 (%2): «%3» ISO 3166-1 бойынша ел коды емес; елді тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Өтініш берілген күні</translation>
    </message>
    <message>
        <source>Date of submission (submitted_on) is after today; check the date.</source>
        <translation>Өтініш берілген күні (submitted_on) бүгінгі күннен кейін; күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3; check the year.</source>
        <translation>%1 (%2) %3 жылдан бұрын; жылды тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 (%2) is after the date of submission; check the date.</source>
        <translation>%1 (%2) өтініш берілген күннен кейін; күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 (%2) is before the date of issue; check the dates.</source>
        <translation>%1 (%2) берілген күнінен бұрын; күндерді тексеріңіз.</translation>
    </message>
    <message>
        <source>%1 (%2) has passed: the document expired before the day of submission; a valid document is needed.</source>
        <translation>%1 (%2) өтіп кеткен: құжаттың мерзімі өтініш берілген күннен бұрын аяқталған; жарамды құжат қажет.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Date of birth (birth_date) is in the future; check the date.</source>
        <translation>Туған күні (birth_date) болашақта көрсетілген; күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Date of birth (birth_date) is before %1; check the year.</source>
        <translation>Туған күні (birth_date) %1 жылдан бұрын; жылды тексеріңіз.</translation>
    </message>
    <message>
        <source>Date of birth (birth_date) is not before the date of submission; check both dates.</source>
        <translation>Туған күні (birth_date) өтініш берілген күннен бұрын емес; екі күнді де тексеріңіз.</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Place of birth (birth_place) must be written in Cyrillic or Latin letters; take it from the certified translation.</source>
        <translation>Туған жері (birth_place) кирилл немесе латын әріптерімен жазылуы тиіс; оны куәландырылған аудармадан алыңыз.</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжаттың нөмірі</translation>
    </message>
    <message>
        <source>Document number (%1) is longer than 30 characters; enter the series and number only.</source>
        <translation>Құжаттың нөмірі (%1) 30 таңбадан ұзын; тек сериясы мен нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Құжатты берген мемлекет</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>E-mail (contacts.email) is not an address like name@example.kz; correct it or leave it empty.</source>
        <translation>Электрондық пошта (contacts.email) name@example.kz сияқты мекенжай емес; оны түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Phone (contacts.phone) must be 7 to 15 digits, optionally with +, spaces, brackets and hyphens, e.g. +7 701 123 4567; correct it or leave it empty.</source>
        <translation>Телефон (contacts.phone) 7-ден 15-ке дейін цифрдан тұруы тиіс (+ белгісін, бос орындарды, жақшаларды және дефистерді қолдануға болады), мысалы +7 701 123 4567; оны түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>The representative's IIN (representative.iin) is not a valid IIN; correct it or leave it empty.</source>
        <translation>Өкілдің ЖСН-і (representative.iin) дұрыс ЖСН емес; оны түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Date of the power of attorney</source>
        <translation>Сенімхаттың берілген күні</translation>
    </message>
    <message>
        <source>Power of attorney valid until</source>
        <translation>Сенімхаттың жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Penitentiary institution</source>
        <translation>Қылмыстық-атқару жүйесінің мекемесі</translation>
    </message>
    <message>
        <source>Head of the institution</source>
        <translation>Мекеме басшысы</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Date of the verdict</source>
        <translation>Үкім шығарылған күні</translation>
    </message>
    <message>
        <source>The Annex 2 application must be certified by the head of the institution (annex2.certified_by_head); have it certified.</source>
        <translation>2-қосымшаға сәйкес өтінішті мекеме басшысы куәландыруы тиіс (annex2.certified_by_head); оны куәландыртыңыз.</translation>
    </message>
    <message>
        <source>An Annex 2 application is filed with the migration police (channel service_provider); check the channel.</source>
        <translation>2-қосымшаға сәйкес өтініш көші-қон полициясына беріледі (channel service_provider); өтініш беру арнасын тексеріңіз.</translation>
    </message>
    <message>
        <source>The identity document (identity_document) is missing; an Annex 1 application needs it. Without one, only the Annex 2 basis applies.</source>
        <translation>Жеке басын куәландыратын құжат (identity_document) жоқ; 1-қосымшаға сәйкес өтінішке ол қажет. Құжат болмаса, тек 2-қосымша бойынша негіз қолданылады.</translation>
    </message>
    <message>
        <source>The Annex 2 block (annex2) belongs only to basis annex2; remove it or change the basis.</source>
        <translation>2-қосымша блогы (annex2) тек annex2 негізіне жатады; оны алып тастаңыз немесе негізді өзгертіңіз.</translation>
    </message>
    <message>
        <source>The Annex 2 block (annex2) is missing; basis annex2 needs the institution, court and verdict.</source>
        <translation>2-қосымша блогы (annex2) жоқ; annex2 негізі үшін мекеме, сот және үкім туралы деректер қажет.</translation>
    </message>
    <message>
        <source>Basis annex2 is for a person without an identity document; remove identity_document or use basis annex1.</source>
        <translation>annex2 негізі жеке басын куәландыратын құжаты жоқ адамға арналған; identity_document блогын алып тастаңыз немесе annex1 негізін пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Sex (sex) is not given; choose male or female as in the identity document.</source>
        <translation>Жынысы (sex) көрсетілмеген; жеке басын куәландыратын құжаттағыдай ер (male) немесе әйел (female) жынысын таңдаңыз.</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Address of stay (address_of_stay) is empty; ask for the address in Kazakhstan.</source>
        <translation>Болатын мекенжайы (address_of_stay) толтырылмаған; арыз иесінен Қазақстандағы мекенжайын сұраңыз.</translation>
    </message>
    <message>
        <source>Consent to the use of personal data (consent_to_personal_data) is not given; the applicant must give it on the form.</source>
        <translation>Дербес деректерді пайдалануға келісім (consent_to_personal_data) берілмеген; арыз иесі оны өтініш нысанында беруі тиіс.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <source>The digest (%1) must be 64 lower-case hex digits (SHA-256); leave it empty to have it computed.</source>
        <translation>Хэш мәні (%1) кіші әріппен жазылған 64 он алтылық цифрдан тұруы тиіс (SHA-256); автоматты түрде есептелуі үшін оны бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>1-қосымша</translation>
    </message>
    <message>
        <source>Annex 2</source>
        <translation>2-қосымша</translation>
    </message>
    <message>
        <source>Paragraph 3</source>
        <translation>3-тармақ</translation>
    </message>
    <message>
        <source>Annex 3, row 8, item 2</source>
        <translation>3-қосымша, 8-жол, 2) тармақша</translation>
    </message>
    <message>
        <source>Annex 3, row 8, item 3</source>
        <translation>3-қосымша, 8-жол, 3) тармақша</translation>
    </message>
    <message>
        <source>Document number (%1) contains Cyrillic letters; a passport prints its number in Latin letters and digits. Switch the keyboard to Latin and type it again.</source>
        <translation>Құжаттың нөмірінде (%1) кирилл әріптері бар; паспорт нөмірін латын әріптері мен цифрлармен басады. Пернетақтаны латын әріптеріне ауыстырып, нөмірді қайта теріңіз.</translation>
    </message>
    <message>
        <source>Surname in Cyrillic</source>
        <translation>Тегі кириллицамен</translation>
    </message>
    <message>
        <source>Surname in Latin letters</source>
        <translation>Тегі латын әріптерімен</translation>
    </message>
    <message>
        <source>Representative's surname</source>
        <translation>Өкілдің тегі</translation>
    </message>
    <message>
        <source>Given name in Cyrillic</source>
        <translation>Аты кириллицамен</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Аты латын әріптерімен</translation>
    </message>
    <message>
        <source>Representative's given name</source>
        <translation>Өкілдің аты</translation>
    </message>
    <message>
        <source>Patronymic in Cyrillic</source>
        <translation>Әкесінің аты кириллицамен</translation>
    </message>
    <message>
        <source>Patronymic in Latin letters</source>
        <translation>Әкесінің аты латын әріптерімен</translation>
    </message>
    <message>
        <source>Representative's patronymic</source>
        <translation>Өкілдің әкесінің аты</translation>
    </message>
    <message>
        <source>Number of the representative's document</source>
        <translation>Өкіл құжатының нөмірі</translation>
    </message>
    <message>
        <source>State that issued the representative's document</source>
        <translation>Өкіл құжатын берген мемлекет</translation>
    </message>
    <message>
        <source>Date of issue of the representative's document</source>
        <translation>Өкіл құжатының берілген күні</translation>
    </message>
    <message>
        <source>Representative's document valid until</source>
        <translation>Өкіл құжатының жарамдылық мерзімі</translation>
    </message>
</context>
<context>
    <name>ApplicationView</name>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Print &amp;certificate</source>
        <translation>&amp;Куәлікті басып шығару</translation>
    </message>
    <message>
        <source>&amp;Reprint certificate (duplicate)</source>
        <translation>Куәлікті &amp;қайта басып шығару (телнұсқа)</translation>
    </message>
    <message>
        <source>Print r&amp;eceipt</source>
        <translation>Қолхатты басып &amp;шығару</translation>
    </message>
    <message>
        <source>Record hand&amp;over</source>
        <translation>Беруді &amp;жазу</translation>
    </message>
    <message>
        <source>Cancel the applica&amp;tion…</source>
        <translation>Өтініштің күшін &amp;жою…</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Жаңа&amp;рту</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>Ж&amp;абу</translation>
    </message>
    <message>
        <source>Reason for the cancellation:</source>
        <translation>Күшін жою себебі:</translation>
    </message>
    <message>
        <source>Reason for the cancellation</source>
        <translation>Күшін жою себебі</translation>
    </message>
    <message>
        <source>Cancel the application</source>
        <translation>Өтініштің күшін жою</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Күшін жоймау</translation>
    </message>
    <message>
        <source>Sections of the application</source>
        <translation>Өтініштің бөлімдері</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>Data of the application</source>
        <translation>Өтініштің деректері</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Қоса берілген құжаттар</translation>
    </message>
    <message>
        <source>Preview of the attachment</source>
        <translation>Қоса берілген құжатты алдын ала қарау</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Мәртебелер тарихы</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Audit trail of the application</source>
        <translation>Өтініштің аудит журналы</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The attachments folder "%1" cannot be created.</source>
        <translation>«%1» қоса берілген құжаттар қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The attachment cannot be saved: %1</source>
        <translation>Қоса берілген құжатты сақтау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be read: %2</source>
        <translation>%1 қоса берілген құжатын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The attachment %1 does not match its digest: the file was changed.</source>
        <translation>%1 қоса берілген құжаты өзінің хэш мәніне сәйкес келмейді: файл өзгертілген.</translation>
    </message>
<message>
        <source>The attachment %1 is encrypted and the journal's scan key is not available.</source>
        <translation>%1 қоса берілген құжаты шифрланған, ал журналдың скан кілті қолжетімсіз.</translation>
    </message>
    <message>
        <source>The attachment %1 cannot be encrypted without the journal's scan key.</source>
        <translation>%1 қоса берілген құжатын журналдың скан кілтінсіз шифрлау мүмкін емес.</translation>
    </message>
    <message>
        <source>The attachment %1 does not read back after encryption: it was left as it was.</source>
        <translation>%1 қоса берілген құжаты шифрлаудан кейін оқылмайды: ол бұрынғы күйінде қалдырылды.</translation>
    </message>
</context>
<context>
    <name>AttentionWindow</name>
    <message>
        <source>Needs attention</source>
        <translation>Назар аударуды қажет етеді</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Show which items</source>
        <translation>Қай жазбаларды көрсету</translation>
    </message>
    <message>
        <source>Number of items shown</source>
        <translation>Көрсетілген жазбалар саны</translation>
    </message>
    <message>
        <source>The thresholds in force</source>
        <translation>Қолданыстағы шектер</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Назар аударуды қажет ететіндер</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Қашаннан бері</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күту уақыты</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Open the selected application</source>
        <translation>Таңдалған өтінішті ашу</translation>
    </message>
    <message>
        <source>O&amp;pen the application</source>
        <translation>Өтінішті &amp;ашу</translation>
    </message>
    <message>
        <source>Export the list for the registry's help desk</source>
        <translation>Тізімді тізілімнің қолдау қызметі үшін шығару</translation>
    </message>
    <message>
        <source>&amp;Export for the help desk…</source>
        <translation>Қолдау қызметі үшін &amp;шығару…</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Тізімді жаңарту</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Writing the audit trail</source>
        <translation>Аудит журналына жазу</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Аудит журналын оқу</translation>
    </message>
    <message>
        <source>Audit record %1 is missing: records were deleted.</source>
        <translation>Аудит журналының %1-жазбасы жоқ: жазбалар жойылған.</translation>
    </message>
    <message>
        <source>Audit record %1 does not follow record %2: records were deleted or reordered.</source>
        <translation>Аудит журналының %1-жазбасы %2-жазбаның жалғасы емес: жазбалар жойылған немесе олардың реті өзгертілген.</translation>
    </message>
    <message>
        <source>Audit record %1 was altered after it was written.</source>
        <translation>Аудит журналының %1-жазбасы жазылғаннан кейін өзгертілген.</translation>
    </message>
    <message>
        <source>Audit records from %1 on are missing: the trail ends at record %2, but its recorded head is record %3. The newest records were deleted.</source>
        <translation>Аудит журналында %1-жазбадан бастап жазбалар жоқ: журнал %2-жазбамен аяқталады, ал сақталған белгі бойынша соңғы жазба — %3-жазба. Ең жаңа жазбалар жойылған.</translation>
    </message>
    <message>
        <source>The head of the audit trail is missing.</source>
        <translation>Аудит журналының соңғы жазбасы туралы сақталған белгі жоқ.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>Checking the operator's role</source>
        <translation>Оператордың рөлін тексеру</translation>
    </message>
    <message>
        <source>This journal has operator accounts: an active operator must sign in to %1.</source>
        <translation>Бұл журналда операторлардың есептік жазбалары бар: %1 үшін белсенді оператор жүйеге кіруі керек.</translation>
    </message>
    <message>
        <source>The role of %1 (%2) does not allow this: %3.</source>
        <translation>%1 (%2) рөлі бұған рұқсат бермейді: %3.</translation>
    </message>
    <message>
        <source>view applicants' personal data</source>
        <translation>арыз иелерінің дербес деректерін қарау</translation>
    </message>
    <message>
        <source>take an application</source>
        <translation>өтінішті қабылдау</translation>
    </message>
    <message>
        <source>take an Annex 2 application</source>
        <translation>2-қосымшаға сәйкес өтінішті қабылдау</translation>
    </message>
    <message>
        <source>register an application</source>
        <translation>өтінішті тіркеу</translation>
    </message>
    <message>
        <source>print receipts</source>
        <translation>қолхаттарды басып шығару</translation>
    </message>
    <message>
        <source>print a registration certificate</source>
        <translation>тіркеу куәлігін басып шығару</translation>
    </message>
    <message>
        <source>reprint a registration certificate</source>
        <translation>тіркеу куәлігін қайта басып шығару</translation>
    </message>
    <message>
        <source>record the handover of a certificate</source>
        <translation>куәліктің берілгенін тіркеу</translation>
    </message>
    <message>
        <source>cancel an application</source>
        <translation>өтінішті жою</translation>
    </message>
    <message>
        <source>send the queue to the registry</source>
        <translation>кезекті тізілімге жіберу</translation>
    </message>
    <message>
        <source>manage complaints</source>
        <translation>шағымдарды жүргізу</translation>
    </message>
    <message>
        <source>edit the working-day calendar</source>
        <translation>жұмыс күндерінің күнтізбесін өзгерту</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>аудит журналын қарау</translation>
    </message>
    <message>
        <source>back up, restore or export the journal</source>
        <translation>журналдың сақтық көшірмесін жасау, оны қалпына келтіру немесе экспорттау</translation>
    </message>
    <message>
        <source>manage operator accounts</source>
        <translation>операторлардың есептік жазбаларын басқару</translation>
    </message>
    <message>
        <source>change the desk's settings</source>
        <translation>жұмыс орнының баптауларын өзгерту</translation>
    </message>
    <message>
        <source>receive security-paper blanks and record spoiled ones</source>
        <translation>қорғалған бланктерді қабылдау және бүлінгендерін тіркеу</translation>
    </message>
    <message>
        <source>supervise the office's applications and blanks</source>
        <translation>бөлімшенің өтініштері мен бланктерін бақылау</translation>
    </message>
    <message>
        <source>make the end-of-shift report of one's own work</source>
        <translation>өз жұмысы бойынша ауысым соңындағы есепті жасау</translation>
    </message>
    <message>
        <source>make the end-of-shift report of the desk or of another operator</source>
        <translation>жұмыс орны немесе басқа оператор бойынша ауысым соңындағы есепті жасау</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>"%1" already exists: choose a new file for the backup.</source>
        <translation>«%1» бұрыннан бар: сақтық көшірме үшін жаңа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>Сақтық көшірмені дерекқордың өзінің үстіне жазуға болмайды.</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Сақтық көшірмені жазу</translation>
    </message>
    <message>
        <source>The backup was written but cannot be read back: %1</source>
        <translation>Сақтық көшірме жазылды, бірақ оны қайта оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The backup was written but fails the integrity check.</source>
        <translation>Сақтық көшірме жазылды, бірақ тұтастық тексерісінен өтпеді.</translation>
    </message>
    <message>
        <source>The backup file "%1" cannot be created.</source>
        <translation>«%1» сақтық көшірме файлын жасау мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>BackupContainer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқылмайды: %2</translation>
    </message>
    <message>
        <source>%1 ended or failed while it was read: %2</source>
        <translation>%1 оқу кезінде аяқталып қалды немесе қате берді: %2</translation>
    </message>
    <message>
        <source>The backup's contents are not what the desk writes: %1. Nothing was restored.</source>
        <translation>Сақтық көшірменің мазмұны жұмыс орны жазатындай емес: %1. Ештеңе қалпына келтірілмеді.</translation>
    </message>
    <message>
        <source>a record claims an impossible length</source>
        <translation>жазба мүмкін емес ұзындықты көрсетеді</translation>
    </message>
    <message>
        <source>it does not start with the database</source>
        <translation>ол дерекқордан басталмайды</translation>
    </message>
    <message>
        <source>a second or misnamed database</source>
        <translation>екінші немесе қате аталған дерекқор</translation>
    </message>
    <message>
        <source>a second, misnamed or oversized scan key</source>
        <translation>екінші, қате аталған немесе тым үлкен скан кілті</translation>
    </message>
    <message>
        <source>a scan named "%1", which is no scan's digest</source>
        <translation>«%1» деп аталған скан, бұл скан дайджесті емес</translation>
    </message>
    <message>
        <source>the scan %1 twice</source>
        <translation>%1 сканы екі рет</translation>
    </message>
    <message>
        <source>the folder for %1 cannot be made</source>
        <translation>%1 үшін қалта жасалмайды</translation>
    </message>
    <message>
        <source>an end record with contents</source>
        <translation>мазмұны бар соңғы жазба</translation>
    </message>
    <message>
        <source>a record of unknown type %1</source>
        <translation>белгісіз %1 түріндегі жазба</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>%1 жасалмайды</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 жазылмайды</translation>
    </message>
    <message>
        <source>a file cannot be written</source>
        <translation>файл жазылмайды</translation>
    </message>
    <message>
        <source>bytes after the end record</source>
        <translation>соңғы жазбадан кейінгі байттар</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 жазылмайды: %2</translation>
    </message>
    <message>
        <source>a name too long</source>
        <translation>тым ұзын атау</translation>
    </message>
    <message>
        <source>it ends before its end record</source>
        <translation>ол соңғы жазбаға дейін үзіледі</translation>
    </message>
    <message>
        <source>a scan key file that is not one</source>
        <translation>скан кілтінің файлы емес файл</translation>
    </message>
</context>
<context>
    <name>BackupFolder</name>
    <message>
        <source>No USB stick with an iin-desk-backups folder is mounted, and no backup folder is set in the desk settings.</source>
        <translation>iin-desk-backups қалтасы бар USB жинақтауыш қосылмаған, ал жұмыс орнының баптауларында сақтық көшірмелер қалтасы көрсетілмеген.</translation>
    </message>
    <message>
        <source>No USB stick with an iin-desk-backups folder is mounted, and the backup folder %1 is not there.</source>
        <translation>iin-desk-backups қалтасы бар USB жинақтауыш қосылмаған, ал %1 сақтық көшірмелер қалтасы жоқ.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be removed.</source>
        <translation>%1 ескі сақтық көшірмесін жою мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backup folder: %1 is not a folder. Choose an existing folder, or leave it empty to back up only to a USB stick that has an iin-desk-backups folder.</source>
        <translation>Сақтық көшірмелер қалтасы: %1 қалта емес. Бар қалтаны таңдаңыз немесе көшірмелерді тек iin-desk-backups қалтасы бар USB жинақтауышқа жазу үшін бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Recovery public key: %1 is not a recovery public key file (made by iin-desk-cli backup keygen).</source>
        <translation>Қалпына келтірудің ашық кілті: %1 қалпына келтірудің ашық кілтінің файлы емес (оны iin-desk-cli backup keygen жасайды).</translation>
    </message>
    <message>
        <source>Recovery public key: choose the office's recovery public key file; the desk writes its backups only encrypted.</source>
        <translation>Қалпына келтірудің ашық кілті: кеңсенің қалпына келтіру ашық кілтінің файлын таңдаңыз; жұмыс орны сақтық көшірмелерді тек шифрланған түрде жазады.</translation>
    </message>
    <message>
        <source>Backups to keep: choose between 1 and 365.</source>
        <translation>Сақталатын көшірмелер саны: 1-ден 365-ке дейін таңдаңыз.</translation>
    </message>
    <message>
        <source>End-of-day backup time: enter a time such as 18:00.</source>
        <translation>Күн соңындағы сақтық көшірме уақыты: уақытты енгізіңіз, мысалы 18:00.</translation>
    </message>
</context>
<context>
    <name>BlankLedger</name>
    <message>
        <source>Reading the blanks</source>
        <translation>Бланктерді оқу</translation>
    </message>
    <message>
        <source>Recording the blanks</source>
        <translation>Бланктерді тіркеу</translation>
    </message>
    <message>
        <source>Serials %1–%2 overlap the range %3–%4 received before; a serial serves at most once.</source>
        <translation>%1–%2 нөмірлері бұрын қабылданған %3–%4 ауқымымен қабаттасады; әр нөмір тек бір рет қолданылады.</translation>
    </message>
    <message>
        <source>Blank %1 is not in any range this office received.</source>
        <translation>%1 бланкі бұл бөлім қабылдаған бірде-бір ауқымға кірмейді.</translation>
    </message>
    <message>
        <source>Blank %1 was recorded as spoiled; it is not on hand.</source>
        <translation>%1 бланкі бүлінген деп тіркелген; ол қолда жоқ.</translation>
    </message>
    <message>
        <source>Blank %1 was printed on already; a blank serves once.</source>
        <translation>%1 бланкіне бұрын басылған; бланк тек бір рет қолданылады.</translation>
    </message>
    <message>
        <source>No security-paper blank is on hand: a supervisor receives a range of blanks before certificates can be printed.</source>
        <translation>Қолда қорғалған бланк жоқ: куәліктерді басу үшін алдымен супервайзер бланктер ауқымын қабылдауы керек.</translation>
    </message>
    <message>
        <source>A range of blanks runs from a first serial to a last one, both positive, the last not below the first.</source>
        <translation>Бланктер ауқымы бірінші нөмірден соңғы нөмірге дейін созылады: екеуі де оң сан, соңғысы біріншісінен кем емес.</translation>
    </message>
    <message>
        <source>%1 holds no security-paper blanks: this office hands blanks to each operator's shift, and a supervisor hands a range before certificates can be printed.</source>
        <translation>%1 операторында қорғалған бланк жоқ: бұл бөлімде бланктер әр оператордың ауысымына беріледі, куәліктерді басу үшін алдымен жетекші бланктер ауқымын беруі керек.</translation>
    </message>
    <message>
        <source>"%1" is not an active operator who may print certificates; blanks are handed only to one.</source>
        <translation>«%1» — куәліктерді басып шығаруға рұқсаты бар белсенді оператор емес; бланктер тек осындай операторға беріледі.</translation>
    </message>
    <message>
        <source>Serials %1–%2 are not all in ranges this office received.</source>
        <translation>%1–%2 нөмірлерінің бәрі бірдей бұл бөлім қабылдаған ауқымдарға кірмейді.</translation>
    </message>
    <message>
        <source>Blank %1 of that range was used already; hand out blanks on hand only.</source>
        <translation>Осы ауқымдағы %1 бланкі бұрын қолданылған; тек қолдағы бланктерді беріңіз.</translation>
    </message>
    <message>
        <source>Serials %1–%2 overlap the range %3–%4 held by %5; a blank is held by one operator at a time.</source>
        <translation>%1–%2 нөмірлері %5 операторындағы %3–%4 ауқымымен қабаттасады; бланк бір мезгілде тек бір операторда болады.</translation>
    </message>
    <message>
        <source>%1 holds no blanks; there is nothing to take back.</source>
        <translation>%1 операторында бланк жоқ; қайтарып алатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Blank %1 is held by %2: a blank is printed on only by the operator holding it.</source>
        <translation>%1 бланкі %2 операторында: бланкке тек оны ұстап тұрған оператор ғана баса алады.</translation>
    </message>
    <message>
        <source>Blank %1 is in the office's stock, not among the blanks handed to you; print on one you hold.</source>
        <translation>%1 бланкі бөлімнің қорында, сізге берілген бланктердің арасында жоқ; өзіңіздегі бланкке басыңыз.</translation>
    </message>
</context>
<context>
    <name>BlanksDialog</name>
    <message>
        <source>Security-paper blanks</source>
        <translation>Қорғалған бланктер</translation>
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation>Қалдық оқылуда…</translation>
    </message>
    <message>
        <source>Balance of blanks</source>
        <translation>Бланктер қалдығы</translation>
    </message>
    <message>
        <source>Receive a range</source>
        <translation>Ауқымды қабылдау</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Сериясы:</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Сериясы</translation>
    </message>
    <message>
        <source>&amp;First serial:</source>
        <translation>&amp;Бірінші нөмір:</translation>
    </message>
    <message>
        <source>First serial</source>
        <translation>Бірінші нөмір</translation>
    </message>
    <message>
        <source>&amp;Last serial:</source>
        <translation>&amp;Соңғы нөмір:</translation>
    </message>
    <message>
        <source>Last serial</source>
        <translation>Соңғы нөмір</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Қабылдау</translation>
    </message>
    <message>
        <source>Record the range as received</source>
        <translation>Ауқымды қабылданды деп тіркеу</translation>
    </message>
    <message>
        <source>Record a spoiled blank</source>
        <translation>Бүлінген бланкті тіркеу</translation>
    </message>
    <message>
        <source>S&amp;erial:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <source>Serial of the spoiled blank</source>
        <translation>Бүлінген бланктің нөмірі</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Се&amp;бебі:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Record as s&amp;poiled</source>
        <translation>Бүлінген деп &amp;тіркеу</translation>
    </message>
    <message>
        <source>Record the blank as spoiled, countersigned by you</source>
        <translation>Бланкті бүлінген деп тіркеу, сіздің қолыңызбен расталады</translation>
    </message>
    <message>
        <source>Blanks in the clerks' hands</source>
        <translation>Қызметкерлердің қолындағы бланктер</translation>
    </message>
    <message>
        <source>Cl&amp;erk:</source>
        <translation>Қы&amp;зметкер:</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>The operator who receives blanks for the shift or hands back the rest</source>
        <translation>Ауысымға бланк алатын немесе қалғанын қайтаратын оператор</translation>
    </message>
    <message>
        <source>F&amp;rom serial:</source>
        <translation>&amp;Бастапқы нөмір:</translation>
    </message>
    <message>
        <source>First serial handed to the clerk</source>
        <translation>Қызметкерге берілетін бірінші нөмір</translation>
    </message>
    <message>
        <source>&amp;To serial:</source>
        <translation>Со&amp;ңғы нөмір:</translation>
    </message>
    <message>
        <source>Last serial handed to the clerk</source>
        <translation>Қызметкерге берілетін соңғы нөмір</translation>
    </message>
    <message>
        <source>&amp;Hand to the clerk</source>
        <translation>Қызметкерге &amp;беру</translation>
    </message>
    <message>
        <source>Hand the range to the clerk's shift</source>
        <translation>Ауқымды қызметкердің ауысымына беру</translation>
    </message>
    <message>
        <source>Take &amp;back the rest</source>
        <translation>Қалғанын &amp;қайтарып алу</translation>
    </message>
    <message>
        <source>Take back the clerk's unused blanks</source>
        <translation>Қызметкердің пайдаланылмаған бланктерін қайтарып алу</translation>
    </message>
    <message>
        <source>Blanks per clerk</source>
        <translation>Қызметкерлер бойынша бланктер</translation>
    </message>
</context>
<context>
    <name>CalendarData</name>
    <message>
        <source>The calendar file is not valid JSON: %1 (at character %2).</source>
        <translation>Күнтізбе файлы дұрыс JSON емес: %1 (%2-таңбада).</translation>
    </message>
    <message>
        <source>The calendar file has format %1; this program reads format %2.</source>
        <translation>Күнтізбе файлының пішімі %1; бұл бағдарлама %2 пішімін оқиды.</translation>
    </message>
    <message>
        <source>A holiday in the calendar file has no "id".</source>
        <translation>Күнтізбе файлындағы бір мерекеде «id» жоқ.</translation>
    </message>
    <message>
        <source>Holiday "%1" has no English name.</source>
        <translation>«%1» мерекесінің ағылшынша атауы жоқ.</translation>
    </message>
    <message>
        <source>Holiday "%1" has a date that is not MM-DD.</source>
        <translation>«%1» мерекесінің күні АА-КК түрінде емес.</translation>
    </message>
    <message>
        <source>Holiday "%1" needs either fixed "dates" or "movable": true.</source>
        <translation>«%1» мерекесіне не тұрақты «dates», не «movable»: true керек.</translation>
    </message>
    <message>
        <source>"%1" in "years" is not a year.</source>
        <translation>«years» ішіндегі «%1» жыл емес.</translation>
    </message>
    <message>
        <source>Year %1: "status" must be "verified" or "unconfirmed".</source>
        <translation>%1 жыл: «status» мәні «verified» немесе «unconfirmed» болуы тиіс.</translation>
    </message>
    <message>
        <source>Year %1: the date of "%2" is not a YYYY-MM-DD date of that year.</source>
        <translation>%1 жыл: «%2» күні осы жылдың ЖЖЖЖ-АА-КК түріндегі күні емес.</translation>
    </message>
    <message>
        <source>Year %1: a transfer needs "day_off" and/or "working_day" as YYYY-MM-DD dates.</source>
        <translation>%1 жыл: ауыстыруға ЖЖЖЖ-АА-КК түріндегі «day_off» және/немесе «working_day» күндері керек.</translation>
    </message>
    <message>
        <source>Year %1: a transfer makes %2 both a day off and a working day.</source>
        <translation>%1 жыл: ауыстыру %2 күнін әрі демалыс, әрі жұмыс күні етеді.</translation>
    </message>
    <message>
        <source>Year %1: "%2" is not a movable holiday of this calendar.</source>
        <translation>%1 жыл: «%2» бұл күнтізбенің жылжымалы мерекесі емес.</translation>
    </message>
    <message>
        <source>Cannot read the calendar file %1: %2.</source>
        <translation>%1 күнтізбе файлын оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a year the calendar can hold.</source>
        <translation>%1 жылды күнтізбеге енгізу мүмкін емес.</translation>
    </message>
    <message>
        <source>Year %1: the status must be verified or unconfirmed.</source>
        <translation>%1 жыл: мәртебесі «тексерілген» немесе «расталмаған» болуы тиіс.</translation>
    </message>
    <message>
        <source>Year %1: the date of %2 must be a date of that year.</source>
        <translation>%1 жыл: «%2» мерекесінің күні осы жылдың күні болуы тиіс.</translation>
    </message>
    <message>
        <source>Year %1: a transfer needs a working day, a day off, or both.</source>
        <translation>%1 жыл: ауыстыруда жұмыс күні, демалыс күні немесе екеуі де көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>Year %1: %2 is not a date of that year.</source>
        <translation>%1 жыл: %2 осы жылдың күні емес.</translation>
    </message>
    <message>
        <source>Year %1: %2 is moved twice; each date may appear in one transfer only.</source>
        <translation>%1 жыл: %2 күні екі рет ауыстырылған; әр күн тек бір ауыстыруда ғана болуы мүмкін.</translation>
    </message>
    <message>
        <source>Year %1: %2 is already a working day; a transfer makes a weekend day (or a day off) a working day.</source>
        <translation>%1 жыл: %2 онсыз да жұмыс күні; ауыстыру сенбі не жексенбіні (немесе демалыс күнін) жұмыс күніне айналдырады.</translation>
    </message>
    <message>
        <source>Year %1: %2 is already a day off; a transfer moves the day off to a working weekday.</source>
        <translation>%1 жыл: %2 онсыз да демалыс күні; ауыстыру демалыс күнін аптаның жұмыс күніне жылжытады.</translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <source>Working day.</source>
        <translation>Жұмыс күні.</translation>
    </message>
    <message>
        <source>Working day by decree (%1).</source>
        <translation>Қаулы бойынша жұмыс күні (%1).</translation>
    </message>
    <message>
        <source>Working day by decree, in exchange for the day off on %1 (%2).</source>
        <translation>Қаулы бойынша жұмыс күні, %1 демалыс күнінің орнына (%2).</translation>
    </message>
    <message>
        <source>Weekend.</source>
        <translation>Демалыс күні (сенбі не жексенбі).</translation>
    </message>
    <message>
        <source>Public holiday: %1.</source>
        <translation>Мереке күні: %1.</translation>
    </message>
    <message>
        <source>Day off moved from %1, a weekend day: %2.</source>
        <translation>Демалыс күні демалысқа сәйкес келген %1 күнінен ауыстырылды: %2.</translation>
    </message>
    <message>
        <source>Day off by decree (%1).</source>
        <translation>Қаулы бойынша демалыс күні (%1).</translation>
    </message>
    <message>
        <source>Day off by decree, moved from %1 (%2).</source>
        <translation>Қаулы бойынша %1 күнінен ауыстырылған демалыс күні (%2).</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Working-day calendar</source>
        <translation>Жұмыс күндерінің күнтізбесі</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Where the year's data comes from</source>
        <translation>Жыл деректерінің көзі</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>Status of the year's data</source>
        <translation>Жыл деректерінің күйі</translation>
    </message>
    <message>
        <source>First day of &amp;Kurban ait:</source>
        <translation>&amp;Құрбан айттың бірінші күні:</translation>
    </message>
    <message>
        <source>First day of Kurban ait</source>
        <translation>Құрбан айттың бірінші күні</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Tra&amp;nsfers:</source>
        <translation>&amp;Ауыстырулар:</translation>
    </message>
    <message>
        <source>Day transfers</source>
        <translation>Күндерді ауыстыру</translation>
    </message>
    <message>
        <source>Working day (was off)</source>
        <translation>Жұмыс күні (демалыс болған)</translation>
    </message>
    <message>
        <source>Day off (was working)</source>
        <translation>Демалыс күні (жұмыс күні болған)</translation>
    </message>
    <message>
        <source>Decree</source>
        <translation>Қаулы</translation>
    </message>
    <message>
        <source>&amp;Working day:</source>
        <translation>Жұ&amp;мыс күні:</translation>
    </message>
    <message>
        <source>Working day of the transfer</source>
        <translation>Ауыстыру бойынша жұмыс күні</translation>
    </message>
    <message>
        <source>Day o&amp;ff:</source>
        <translation>&amp;Демалыс күні:</translation>
    </message>
    <message>
        <source>Day off of the transfer</source>
        <translation>Ауыстыру бойынша демалыс күні</translation>
    </message>
    <message>
        <source>&amp;Decree:</source>
        <translation>Қау&amp;лы:</translation>
    </message>
    <message>
        <source>Decree of the transfer</source>
        <translation>Ауыстыру туралы қаулы</translation>
    </message>
    <message>
        <source>Add the transfer</source>
        <translation>Ауыстыруды қосу</translation>
    </message>
    <message>
        <source>&amp;Add the transfer</source>
        <translation>Ауыстыруды қ&amp;осу</translation>
    </message>
    <message>
        <source>Remove the selected transfer</source>
        <translation>Таңдалған ауыстыруды жою</translation>
    </message>
    <message>
        <source>&amp;Remove the selected transfer</source>
        <translation>&amp;Таңдалған ауыстыруды жою</translation>
    </message>
    <message>
        <source>Use the shipped data for this year</source>
        <translation>Осы жылға бағдарламамен бірге берілген деректерді пайдалану</translation>
    </message>
    <message>
        <source>Use the s&amp;hipped data for this year</source>
        <translation>Осы жылға &amp;бағдарламамен бірге берілген деректерді пайдалану</translation>
    </message>
    <message>
        <source>Save or close</source>
        <translation>Сақтау немесе жабу</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>Reading the edited calendar</source>
        <translation>Өзгертілген күнтізбені оқу</translation>
    </message>
    <message>
        <source>The calendar edited in the journal is damaged: %1</source>
        <translation>Журналда өзгертілген күнтізбе бүлінген: %1</translation>
    </message>
    <message>
        <source>The calendar for %1 is unchanged: nothing to save.</source>
        <translation>%1 жылғы күнтізбе өзгерген жоқ: сақтайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Saving the edited calendar</source>
        <translation>Өзгертілген күнтізбені сақтау</translation>
    </message>
</context>
<context>
    <name>CertificateLayout</name>
    <message>
        <source>The fonts of the printed documents could not be loaded.</source>
        <translation>Басып шығарылатын құжаттардың қаріптері жүктелмеді.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device (is the file writable?).</source>
        <translation>Құжатты шығыс құрылғысында бейнелеу мүмкін емес (файлға жазуға рұқсат бар ма?).</translation>
    </message>
</context>
<context>
    <name>CertificatePayload</name>
    <message>
        <source>The certificate data contain a character that cannot be signed ('|' or a control character).</source>
        <translation>Куәлік деректерінде қол қоюға болмайтын таңба бар («|» немесе басқару таңбасы).</translation>
    </message>
    <message>
        <source>A certificate needs a 12-digit IIN, a number, a birth date and an issue date before it can be signed.</source>
        <translation>Куәлікке қол қою үшін онда 12 таңбалы ЖСН, куәліктің нөмірі, туған күні және берілген күні болуы тиіс.</translation>
    </message>
    <message>
        <source>A training certificate is signed only by the training key.</source>
        <translation>Оқу режиміндегі куәлікке тек оқу кілтімен қол қойылады.</translation>
    </message>
    <message>
        <source>The training key cannot sign a real certificate.</source>
        <translation>Оқу кілтімен нақты (оқу режиміндегі емес) куәлікке қол қоюға болмайды.</translation>
    </message>
    <message>
        <source>The code does not hold an IIN registration certificate.</source>
        <translation>Кодта ЖСН тіркеу куәлігінің деректері жоқ.</translation>
    </message>
    <message>
        <source>A training certificate is signed only by the training keys.</source>
        <translation>Оқу режиміндегі куәлікке тек оқу кілттерімен қол қойылады.</translation>
    </message>
    <message>
        <source>A training key cannot sign a real certificate.</source>
        <translation>Оқу кілтімен нақты (оқу режиміндегі емес) куәлікке қол қоюға болмайды.</translation>
    </message>
    <message>
        <source>The registry's attestation is for another IIN or person than this certificate: the names or birth date in the journal differ from what the registry signed.</source>
        <translation>Тізілімнің растауы осы куәліктегіден басқа ЖСН-ге немесе адамға берілген: журналдағы аты-жөні немесе туған күні тізілім қол қойған деректерден өзгеше.</translation>
    </message>
    <message>
        <source>The registry's attestation is dated after the certificate's issue date: check the desk's clock.</source>
        <translation>Тізілімнің растауы куәлік берілген күннен кейінгі күнмен белгіленген: жұмыс орнының сағатын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <source>The certificate is signed by the key "%1", which is not in the trust store.</source>
        <translation>Куәлікке «%1» кілтімен қол қойылған, бұл кілт сенімді кілттер қоймасында жоқ.</translation>
    </message>
    <message>
        <source>The signature does not match the certificate's data: it was altered or forged.</source>
        <translation>Қолтаңба куәліктің деректеріне сәйкес келмейді: деректер өзгертілген немесе куәлік қолдан жасалған.</translation>
    </message>
    <message>
        <source>The training key signed a certificate not marked as training.</source>
        <translation>Оқу кілтімен оқу режиміндегі деп белгіленбеген куәлікке қол қойылған.</translation>
    </message>
    <message>
        <source>A real key signed a certificate marked as training.</source>
        <translation>Нақты (оқу емес) кілтпен оқу режиміндегі деп белгіленген куәлікке қол қойылған.</translation>
    </message>
    <message>
        <source>The key "%1" was not in service on the certificate's issue date.</source>
        <translation>Куәлік берілген күні «%1» кілті қолданыста болмаған.</translation>
    </message>
    <message>
        <source>A training certificate: it was made in training mode and proves nothing.</source>
        <translation>Оқу режиміндегі куәлік: ол оқу режимінде жасалған және ештеңені растамайды.</translation>
    </message>
    <message>
        <source>A genuine training certificate (training keys are trusted here).</source>
        <translation>Оқу режиміндегі түпнұсқа куәлік (мұнда оқу кілттеріне сенім білдіріледі).</translation>
    </message>
    <message>
        <source>Genuine: signed by %1.</source>
        <translation>Куәлік түпнұсқа; қол қойған: %1.</translation>
    </message>
    <message>
        <source>The certificate was signed by the desk key "%1", which no registry of this trust store certified.</source>
        <translation>Куәлікке «%1» жұмыс орны кілтімен қол қойылған, бұл кілтті сенімді кілттер қоймасындағы бірде-бір тізілім куәландырмаған.</translation>
    </message>
    <message>
        <source>The desk's signature does not match the certificate's data: it was altered or forged.</source>
        <translation>Жұмыс орнының қолтаңбасы куәліктің деректеріне сәйкес келмейді: деректер өзгертілген немесе куәлік қолдан жасалған.</translation>
    </message>
    <message>
        <source>The desk key "%1" (desk %2) was revoked by the registry: certificates it signed prove nothing.</source>
        <translation>«%1» жұмыс орны кілтін (%2 жұмыс орны) тізілім кері қайтарып алды: ол қол қойған куәліктер ештеңені растамайды.</translation>
    </message>
    <message>
        <source>The training desk key signed a certificate not marked as training.</source>
        <translation>Жұмыс орнының оқу кілтімен оқу режиміндегі деп белгіленбеген куәлікке қол қойылған.</translation>
    </message>
    <message>
        <source>A real desk key signed a certificate marked as training.</source>
        <translation>Жұмыс орнының нақты (оқу емес) кілтімен оқу режиміндегі деп белгіленген куәлікке қол қойылған.</translation>
    </message>
    <message>
        <source>The desk key "%1" was not in service on the certificate's issue date.</source>
        <translation>Куәлік берілген күні «%1» жұмыс орны кілті қолданыста болмаған.</translation>
    </message>
    <message>
        <source>The certificate is dated before the registry attested its IIN.</source>
        <translation>Куәлік тізілім оның ЖСН-ін растағанға дейінгі күнмен белгіленген.</translation>
    </message>
    <message>
        <source>The registry's signature does not match the IIN, names and birth date: they were altered or forged.</source>
        <translation>Тізілімнің қолтаңбасы ЖСН-ге, аты-жөніне және туған күніне сәйкес келмейді: олар өзгертілген немесе қолдан жасалған.</translation>
    </message>
    <message>
        <source>Genuine: attested by %1, printed by desk %2.</source>
        <translation>Куәлік түпнұсқа; растаған: %1, басып шығарған жұмыс орны: %2.</translation>
    </message>
</context>
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
        <source>Unknown language "%1": use kk, ru or en.</source>
        <translation>«%1» тілі белгісіз: kk, ru немесе en пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>«%1» командасы белгісіз.</translation>
    </message>
    <message>
        <source>The calendar data for %1 is unconfirmed: check it against the published decrees.</source>
        <translation>%1 жылғы күнтізбе деректері расталмаған: оларды жарияланған қаулылармен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The calendar has no data for %1: movable holidays and decree transfers are unknown; only the law's fixed holidays are counted.</source>
        <translation>Күнтізбеде %1 жылға деректер жоқ: жылжымалы мерекелер мен қаулы бойынша ауыстырулар белгісіз; заңдағы тұрақты мерекелер ғана ескеріледі.</translation>
    </message>
    <message>
        <source>Kazakhstan's working-day calendar.
  workdays add &lt;YYYY-MM-DD&gt; &lt;N&gt;       the N-th working day after the date (the date itself is not counted)
  workdays is-working &lt;YYYY-MM-DD&gt;    exit 0 for a working day, 1 for a day off, with the reason
  workdays between &lt;YYYY-MM-DD&gt; &lt;YYYY-MM-DD&gt;  working days after the first date up to and including the second
  workdays year &lt;YYYY&gt;                holidays, days off and working weekend days of a year</source>
        <translation>Қазақстанның жұмыс күндерінің күнтізбесі.
  workdays add &lt;ЖЖЖЖ-АА-КК&gt; &lt;N&gt;       күннен кейінгі N-ші жұмыс күні (күннің өзі есептелмейді)
  workdays is-working &lt;ЖЖЖЖ-АА-КК&gt;    жұмыс күні болса 0, демалыс болса 1, себебімен
  workdays between &lt;ЖЖЖЖ-АА-КК&gt; &lt;ЖЖЖЖ-АА-КК&gt;  бірінші күннен кейін екіншісін қоса алғандағы жұмыс күндері
  workdays year &lt;ЖЖЖЖ&gt;                жылдың мерекелері, демалыс күндері және жұмыс істейтін демалыс күндері</translation>
    </message>
    <message>
        <source>add, is-working, between or year.</source>
        <translation>add, is-working, between немесе year.</translation>
    </message>
    <message>
        <source>The action's dates or numbers.</source>
        <translation>Әрекеттің күндері немесе сандары.</translation>
    </message>
    <message>
        <source>Print one line of JSON.</source>
        <translation>Бір жол JSON шығару.</translation>
    </message>
    <message>
        <source>Wrong arguments for "workdays %1". See --help.</source>
        <translation>«workdays %1» үшін аргументтер қате. --help қараңыз.</translation>
    </message>
    <message>
        <source>"%1" is not a date: write it as YYYY-MM-DD, e.g. 2024-03-21.</source>
        <translation>«%1» күн емес: оны ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2024-03-21.</translation>
    </message>
    <message>
        <source>"%1" is not a number of working days (0 to 10000).</source>
        <translation>«%1» жұмыс күндерінің саны емес (0-ден 10000-ға дейін).</translation>
    </message>
    <message>
        <source>The date is out of range.</source>
        <translation>Күн рұқсат етілген ауқымнан тыс.</translation>
    </message>
    <message>
        <source>The dates are too far apart (50 years at most).</source>
        <translation>Күндердің арасы тым алыс (ең көбі 50 жыл).</translation>
    </message>
    <message>
        <source>"%1" is not a year (1992 to 2200).</source>
        <translation>«%1» жыл емес (1992-ден 2200-ге дейін).</translation>
    </message>
    <message>
        <source>Unknown action "%1": use add, is-working, between or year.</source>
        <translation>«%1» әрекеті белгісіз: add, is-working, between немесе year пайдаланыңыз.</translation>
    </message>
    <message>
        <source>working days: deadlines, days off and why</source>
        <translation>жұмыс күндері: мерзімдер, демалыс күндері және олардың себебі</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 файлын оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>Checks an application (JSON, see docs/application-format.md) for completeness against the rules. Exit 0 when complete, 1 when not, 2 when the input is unreadable or malformed.</source>
        <translation>Өтініштің (JSON, docs/application-format.md қараңыз) қағидаларға сәйкес толықтығын тексереді. Толық болса 0, толық болмаса 1, кіріс деректері оқылмаса немесе қате құрылса 2 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The application file, or - for standard input.</source>
        <translation>Өтініш файлы немесе стандартты кіріс үшін -.</translation>
    </message>
    <message>
        <source>The rule edition to apply (default: the one in force on the date of submission).</source>
        <translation>Қолданылатын қағидалар редакциясы (әдепкі бойынша — өтініш берілген күні қолданыста болған редакция).</translation>
    </message>
    <message>
        <source>check an application for completeness</source>
        <translation>өтініштің толықтығын тексеру</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 файлы JSON объектісі емес: %2</translation>
    </message>
    <message>
        <source>render, verify and sign registration certificates</source>
        <translation>тіркеу куәліктерін жасау, тексеру және оларға қол қою</translation>
    </message>
    <message>
        <source>render receipts of acceptance and refusal</source>
        <translation>құжаттарды қабылдау туралы және қабылдаудан бас тарту туралы қолхаттарды жасау</translation>
    </message>
    <message>
        <source>The certificate's data ("-": standard input).</source>
        <translation>Куәліктің деректері («-» — стандартты кіріс).</translation>
    </message>
    <message>
        <source>Where to write the PDF.</source>
        <translation>PDF жазылатын файл.</translation>
    </message>
    <message>
        <source>Both --json and --pdf are required. See --help.</source>
        <translation>--json және --pdf екеуі де міндетті. --help қараңыз.</translation>
    </message>
    <message>
        <source>Reads the QR code of a registration certificate (PDF or image) and checks its signature offline. Exit 0 when genuine, 1 when not genuine or signed by an unknown key, 2 when no certificate code can be read.</source>
        <translation>Тіркеу куәлігінің (PDF немесе сурет) QR кодын оқиды және оның қолтаңбасын желіге қосылмай тексереді. Куәлік түпнұсқа болса 0, түпнұсқа болмаса немесе белгісіз кілтпен қол қойылса 1, куәліктің коды оқылмаса 2 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The certificate: a PDF, PNG or JPEG.</source>
        <translation>Куәлік: PDF, PNG немесе JPEG файлы.</translation>
    </message>
    <message>
        <source>Accept certificates signed by the training key (training mode only).</source>
        <translation>Оқу кілтімен қол қойылған куәліктерді қабылдау (тек оқу режимінде).</translation>
    </message>
    <message>
        <source>No QR code was found in the document.</source>
        <translation>Құжатта QR код табылмады.</translation>
    </message>
    <message>
        <source>Renders a receipt to PDF from a JSON description (docs/certificate.md): of acceptance (a registered package) or of refusal to accept documents (the missing documents and their legal references).</source>
        <translation>JSON сипаттамасы бойынша (docs/certificate.md) қолхатты PDF түрінде жасайды: құжаттарды қабылдау туралы (тіркелген құжаттар топтамасы) немесе құжаттарды қабылдаудан бас тарту туралы (жетіспейтін құжаттар және олардың құқықтық негіздері).</translation>
    </message>
    <message>
        <source>acceptance or refusal.</source>
        <translation>acceptance (қабылдау) немесе refusal (бас тарту).</translation>
    </message>
    <message>
        <source>The receipt's data ("-": standard input).</source>
        <translation>Қолхаттың деректері («-» — стандартты кіріс).</translation>
    </message>
    <message>
        <source>--kind acceptance|refusal, --json and --pdf are required. See --help.</source>
        <translation>--kind acceptance|refusal, --json және --pdf міндетті. --help қараңыз.</translation>
    </message>
    <message>
        <source>audit verify: checks that no audit record was edited, deleted or reordered. Exit 0 when the chain holds, 1 naming the first bad record.</source>
        <translation>audit verify: аудит журналының бірде-бір жазбасы өзгертілмегенін, жойылмағанын және реті ауыстырылмағанын тексереді. Жазбалар тізбегі бүтін болса 0 кодымен, бұзылған болса алғашқы бүлінген жазбаны көрсетіп, 1 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify (тексеру)</translation>
    </message>
    <message>
        <source>Unknown audit action "%1": use verify.</source>
        <translation>audit командасының «%1» әрекеті белгісіз: verify пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The backup file to create.</source>
        <translation>Жасалатын сақтық көшірме файлы.</translation>
    </message>
    <message>
        <source>--to is required.</source>
        <translation>--to параметрі міндетті.</translation>
    </message>
    <message>
        <source>Lists applications in the journal, newest first, one JSON object per line.</source>
        <translation>Журналдағы өтініштерді ең жаңасынан бастап, әр жолға бір JSON объектісінен шығарады.</translation>
    </message>
    <message>
        <source>Only applications in this status.</source>
        <translation>Тек осы мәртебедегі өтініштер.</translation>
    </message>
    <message>
        <source>An IIN, registration number, document number or name words (Cyrillic or Latin).</source>
        <translation>ЖСН, тіркеу нөмірі, құжаттың нөмірі немесе аты-жөніндегі сөздер (кирилл немесе латын әріптерімен).</translation>
    </message>
    <message>
        <source>Registered on or after this day (YYYY-MM-DD).</source>
        <translation>Осы күні немесе одан кейін тіркелгендер (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>Registered on or before this day (YYYY-MM-DD).</source>
        <translation>Осы күні немесе одан бұрын тіркелгендер (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>At most this many (1-1000).</source>
        <translation>Шығарылатын өтініштердің ең көп саны (1–1000).</translation>
    </message>
    <message>
        <source>The next page: only ids below this one.</source>
        <translation>Келесі бет: идентификаторы осы мәннен кіші өтініштер ғана.</translation>
    </message>
    <message>
        <source>Unknown status "%1".</source>
        <translation>«%1» мәртебесі белгісіз.</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD).</source>
        <translation>«%1» күн емес (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>--limit must be 1 to 1000.</source>
        <translation>--limit мәні 1-ден 1000-ға дейін болуы тиіс.</translation>
    </message>
    <message>
        <source>--before must be an application id.</source>
        <translation>--before мәні өтініштің идентификаторы болуы тиіс.</translation>
    </message>
    <message>
        <source>Application id or registration number.</source>
        <translation>Өтініштің идентификаторы немесе тіркеу нөмірі.</translation>
    </message>
    <message>
        <source>There is no application "%1".</source>
        <translation>«%1» өтініші жоқ.</translation>
    </message>
    <message>
        <source>The journal database (default: %1).</source>
        <translation>Журнал дерекқоры (әдепкі бойынша: %1).</translation>
    </message>
    <message>
        <source>Cannot read the attachment %1.</source>
        <translation>%1 қоса берілген құжат файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Checks an application against the rules in force and registers it in the journal (queued for the registry), or records the refusal when the package is incomplete. Prints the outcome as JSON. Exit 0 registered, 1 refused as incomplete, 2 bad input, 3 when the journal cannot be written.</source>
        <translation>Өтінішті қолданыстағы қағидаларға сәйкес тексереді және оны журналда тіркейді (тізілімге жіберу кезегіне қояды) немесе құжаттар топтамасы толық болмаса, құжаттарды қабылдаудан бас тартуды жазады. Нәтижені JSON түрінде шығарады. Тіркелсе 0, топтама толық болмағандықтан бас тартылса 1, кіріс деректері қате болса 2, журналға жазу мүмкін болмаса 3 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The office code (2-8 of A-Z 0-9).</source>
        <translation>Бөлімшенің коды (A-Z, 0-9 таңбаларынан 2–8 таңба).</translation>
    </message>
    <message>
        <source>The desk code within the office (1-4 of A-Z 0-9).</source>
        <translation>Бөлімше ішіндегі жұмыс орнының коды (A-Z, 0-9 таңбаларынан 1–4 таңба).</translation>
    </message>
    <message>
        <source>check an application and register or refuse it</source>
        <translation>өтінішті тексеру және тіркеу немесе қабылдаудан бас тарту</translation>
    </message>
    <message>
        <source>list and search the journal</source>
        <translation>журналдағы өтініштердің тізімін шығару және іздеу</translation>
    </message>
    <message>
        <source>show one application with its history</source>
        <translation>бір өтінішті оның тарихымен бірге көрсету</translation>
    </message>
    <message>
        <source>verify the audit trail</source>
        <translation>аудит журналын тексеру</translation>
    </message>
    <message>
        <source>copy the journal to a backup file</source>
        <translation>журналды сақтық көшірме файлына көшіру</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>Сақтық көшірме файлы.</translation>
    </message>
    <message>
        <source>Registration numbers to skip per desk (default %1): more than were issued since the backup.</source>
        <translation>Әр жұмыс орны үшін өткізіп жіберілетін тіркеу нөмірлерінің саны (әдепкі бойынша %1): сақтық көшірме жасалғаннан бері берілген нөмірлерден көп болуы тиіс.</translation>
    </message>
    <message>
        <source>--from and a numeric --skip are required. See --help.</source>
        <translation>--from және сандық --skip параметрлері міндетті. --help қараңыз.</translation>
    </message>
    <message>
        <source>put a backup in the journal's place</source>
        <translation>сақтық көшірмені журналдың орнына қою</translation>
    </message>
    <message>
        <source>The day the terms are judged on (YYYY-MM-DD; default: today).</source>
        <translation>Мерзімдер бағаланатын күн (ЖЖЖЖ-АА-КК; әдепкі бойынша — бүгін).</translation>
    </message>
    <message>
        <source>A term is "due soon" with at most this many working days left (default 1).</source>
        <translation>Мерзімнің аяқталуына осыдан аспайтын жұмыс күні қалса, ол «мерзімі жақындаған» болып саналады (әдепкі бойынша 1).</translation>
    </message>
    <message>
        <source>--due-soon-days must be a number from 0 to 30.</source>
        <translation>--due-soon-days 0-ден 30-ға дейінгі сан болуы тиіс.</translation>
    </message>
    <message>
        <source>"%1" is not a complaint id.</source>
        <translation>«%1» — шағымның идентификаторы емес.</translation>
    </message>
    <message>
        <source>Lists complaints, newest first, one JSON object per line: the application, the addressee, the registration date, each term with its due date and state, the outcome. No personal data.</source>
        <translation>Шағымдарды ең жаңасынан бастап, әр жолға бір JSON объектісінен шығарады: өтініш, адресат, тіркелген күні, әр мерзімнің аяқталу күні мен күйі, нәтижесі. Дербес деректерсіз.</translation>
    </message>
    <message>
        <source>Only complaints with a term overdue.</source>
        <translation>Мерзімі өтіп кеткен шағымдар ғана.</translation>
    </message>
    <message>
        <source>Only complaints with a term due soon (with --overdue: either).</source>
        <translation>Мерзімі жақындаған шағымдар ғана (--overdue бірге берілсе — екеуінің кез келгені).</translation>
    </message>
    <message>
        <source>Only complaints not yet finished.</source>
        <translation>Әлі аяқталмаған шағымдар ғана.</translation>
    </message>
    <message>
        <source>Only complaints about this application (id or registration number).</source>
        <translation>Осы өтініш бойынша шағымдар ғана (идентификаторы немесе тіркеу нөмірі).</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>--limit 1-ден 1000-ға дейінгі сан болуы тиіс.</translation>
    </message>
    <message>
        <source>Registers a complaint from a JSON file (docs/complaints.md) and prints it with its terms. Exit 2 when the file is not a valid complaint.</source>
        <translation>Шағымды JSON файлынан (docs/complaints.md) тіркейді және оны мерзімдерімен бірге шығарады. Файл жарамды шағым болмаса, 2 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The complaint's JSON file ("-": standard input).</source>
        <translation>Шағымның JSON файлы («-» — стандартты кіріс).</translation>
    </message>
    <message>
        <source>Records what happened to a complaint: exactly one of --satisfied-favourably, --forwarded, --decided or --extend. Exit 1 when the register refuses it (wrong state, past a term).</source>
        <translation>Шағыммен не болғанын жазады: --satisfied-favourably, --forwarded, --decided немесе --extend параметрлерінің дәл біреуі. Шағымдар тізілімі оны жазудан бас тартса (күйі сәйкес емес, мерзім өтіп кеткен), 1 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>A favourable act fully satisfying the complaint was adopted within the 3 working days: it is not forwarded.</source>
        <translation>3 жұмыс күні ішінде шағымды толық қанағаттандыратын қолайлы әкімшілік акт қабылданды: шағым жіберілмейді.</translation>
    </message>
    <message>
        <source>Sent with the case file to the reviewing body.</source>
        <translation>Іс материалдарымен бірге шағымды қарайтын органға жіберілді.</translation>
    </message>
    <message>
        <source>The reviewing body decided: satisfied or refused.</source>
        <translation>Шағымды қарайтын орган шешім қабылдады: satisfied (қанағаттандырылды) немесе refused (бас тартылды).</translation>
    </message>
    <message>
        <source>Extend the review term by N working days.</source>
        <translation>Қарау мерзімін N жұмыс күніне ұзарту.</translation>
    </message>
    <message>
        <source>Why the term is extended.</source>
        <translation>Мерзімді ұзарту себебі.</translation>
    </message>
    <message>
        <source>When it happened (YYYY-MM-DD; default: --today).</source>
        <translation>Бұл қашан болды (ЖЖЖЖ-АА-КК; әдепкі бойынша — --today).</translation>
    </message>
    <message>
        <source>The number of the act or decision.</source>
        <translation>Актінің немесе шешімнің нөмірі.</translation>
    </message>
    <message>
        <source>The reviewing body the complaint went to.</source>
        <translation>Шағым жіберілген, оны қарайтын орган.</translation>
    </message>
    <message>
        <source>The complaint's id.</source>
        <translation>Шағымның идентификаторы.</translation>
    </message>
    <message>
        <source>--decided takes satisfied or refused.</source>
        <translation>--decided мәні satisfied немесе refused болуы тиіс.</translation>
    </message>
    <message>
        <source>--extend takes a number of working days.</source>
        <translation>--extend мәні жұмыс күндерінің саны болуы тиіс.</translation>
    </message>
    <message>
        <source>Give exactly one of --satisfied-favourably, --forwarded, --decided, --extend. See --help.</source>
        <translation>--satisfied-favourably, --forwarded, --decided, --extend параметрлерінің дәл біреуін көрсетіңіз. --help қараңыз.</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>%1 идентификаторлы шағым жоқ.</translation>
    </message>
    <message>
        <source>Shows one complaint with its personal data, terms and history, as JSON. The view is recorded in the audit trail. Exit 1 when there is no such complaint.</source>
        <translation>Бір шағымды дербес деректерімен, мерзімдерімен және тарихымен бірге JSON түрінде көрсетеді. Қарау аудит журналына жазылады. Мұндай шағым болмаса, 1 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>Writes the printable summary of a complaint (Kazakh and Russian) to a PDF. The print is recorded in the audit trail.</source>
        <translation>Шағым бойынша басып шығаруға арналған қорытындыны (қазақ және орыс тілдерінде) PDF-ке жазады. Басып шығару аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>The office's name in Kazakh, for the heading.</source>
        <translation>Тақырып үшін бөлімшенің қазақ тіліндегі атауы.</translation>
    </message>
    <message>
        <source>The office's name in Russian, for the heading.</source>
        <translation>Тақырып үшін бөлімшенің орыс тіліндегі атауы.</translation>
    </message>
    <message>
        <source>Mark every page as a training document.</source>
        <translation>Әр бетті оқу құжаты ретінде белгілеу.</translation>
    </message>
    <message>
        <source>--pdf is required. See --help.</source>
        <translation>--pdf міндетті. --help қараңыз.</translation>
    </message>
    <message>
        <source>After the calendar was edited: writes the due dates of the calendar in force into every unfinished complaint and prints how many changed.</source>
        <translation>Күнтізбе өзгертілгеннен кейін: қолданыстағы күнтізбе бойынша мерзімдердің аяқталу күндерін барлық аяқталмаған шағымдарға жазады және қаншасы өзгергенін шығарады.</translation>
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
        <translation>Қолданылуы: iin-desk-cli complaints &lt;әрекет&gt; [параметрлер]
  list [--overdue] [--due-soon] [--open] [--application ID]
  add &lt;шағым.json&gt;
  outcome &lt;id&gt; --satisfied-favourably | --forwarded [--to ОРГАН] |
               --decided satisfied|refused --reference НӨМІР |
               --extend N --reason МӘТІН   [--on ЖЖЖЖ-АА-КК]
  show &lt;id&gt;
  print &lt;id&gt; --pdf &lt;файл&gt;
  refresh-due-dates
Барлығы --db, --operator, --today ЖЖЖЖ-АА-КК, --due-soon-days N, --calendar ФАЙЛ және --help параметрлерін қабылдайды.</translation>
    </message>
    <message>
        <source>The office printed on the document: once for both languages, or twice (Kazakh, then Russian).</source>
        <translation>Құжатта көрсетілетін бөлімше: екі тілге бір рет немесе екі рет (алдымен қазақша, содан кейін орысша).</translation>
    </message>
    <message>
        <source>The officer named on the document (default: the operator).</source>
        <translation>Құжатта көрсетілетін қызметкер (әдепкі бойынша — оператор).</translation>
    </message>
    <message>
        <source>Print a training document (TRAINING marks, training key); always so while no registry address is configured.</source>
        <translation>Оқу құжатын басып шығару («ОҚУ РЕЖИМІ» белгілері, оқу кілті); тізілімнің мекенжайы бапталмаған кезде әрқашан солай.</translation>
    </message>
    <message>
        <source>The application's id or registration number.</source>
        <translation>Өтініштің идентификаторы немесе тіркеу нөмірі.</translation>
    </message>
    <message>
        <source>There is no application "%1" in the journal.</source>
        <translation>Журналда «%1» өтініші жоқ.</translation>
    </message>
    <message>
        <source>Prints the receipt of an application in the journal to PDF: of acceptance for a registered application, of refusal (each missing document with its legal reference) for one refused at intake. A receipt printed before is printed as a DUPLICATE; each print is recorded in the audit trail. Exit 0 printed, 1 no such application or a draft, 2 bad input, 3 journal or file error.</source>
        <translation>Журналдағы өтініштің қолхатын PDF-ке басып шығарады: тіркелген өтініш үшін — қабылдау туралы, қабылдау кезінде бас тартылған өтініш үшін — бас тарту туралы (жетіспейтін әр құжат құқықтық нормаға сілтемемен көрсетіледі). Бұрын басып шығарылған қолхат ТЕЛНҰСҚА ретінде басып шығарылады; әр басып шығару аудит журналына жазылады. Басып шығарылса 0, мұндай өтініш болмаса немесе ол жоба болса 1, кіріс деректері қате болса 2, журнал немесе файл қатесі болса 3 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli receipt &lt;id|registration-number&gt; --db &lt;journal&gt; --pdf &lt;out.pdf&gt; [--training]
       iin-desk-cli receipt render --kind acceptance|refusal --json &lt;data.json&gt; --pdf &lt;out.pdf&gt;
Takes --help.</source>
        <translation>Қолданылуы: iin-desk-cli receipt &lt;id|тіркеу-нөмірі&gt; --db &lt;журнал&gt; --pdf &lt;шығыс.pdf&gt; [--training]
            iin-desk-cli receipt render --kind acceptance|refusal --json &lt;деректер.json&gt; --pdf &lt;шығыс.pdf&gt;
--help параметрін қабылдайды.</translation>
    </message>
    <message>
        <source>Sends the queued applications to the registry and records its answers. Without --registry the embedded training registry is used (a local file beside the journal). Prints {"sent", "formed", "existing", "rejected", "pending"} as JSON. Exit 0 when the queue is empty, 1 when entries remain pending, 2 bad arguments, 3 failure.</source>
        <translation>Кезектегі өтініштерді тізілімге жібереді және оның жауаптарын жазады. --registry берілмесе, кірістірілген оқу тізілімі (журналдың жанындағы жергілікті файл) пайдаланылады. {"sent", "formed", "existing", "rejected", "pending"} мәндерін JSON түрінде шығарады. Кезек бос болса 0, жауап күтіп тұрған жазбалар қалса 1, аргументтер қате болса 2, сәтсіздік болса 3 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The registry's address, e.g. https://registry:8443.</source>
        <translation>Тізілімнің мекенжайы, мысалы, https://registry:8443.</translation>
    </message>
    <message>
        <source>A PEM file with the registry's certificate or its private CA.</source>
        <translation>Тізілімнің сертификаты немесе оның жеке куәландырушы орталығының сертификаты бар PEM файлы.</translation>
    </message>
    <message>
        <source>Keep going, waiting out retry delays, until the queue is empty (or --timeout).</source>
        <translation>Қайталау аралықтарын күте отырып, кезек босағанша (немесе --timeout біткенше) жұмысты жалғастыру.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (0: no limit).</source>
        <translation>Осынша секундтан кейін тоқтау (0 — шектеусіз).</translation>
    </message>
    <message>
        <source>The longest wait between two attempts of one entry, in seconds (default 3600).</source>
        <translation>Бір жазбаны жіберудің екі әрекеті арасындағы ең ұзақ күту уақыты, секундпен (әдепкі бойынша 3600).</translation>
    </message>
    <message>
        <source>Requests per batch, 1 to 100 (default 100).</source>
        <translation>Бір топтамадағы сұрау саны, 1-ден 100-ге дейін (әдепкі бойынша 100).</translation>
    </message>
    <message>
        <source>--timeout, --max-delay and --batch need numbers in their ranges. See --help.</source>
        <translation>--timeout, --max-delay және --batch мәндері рұқсат етілген ауқымдағы сандар болуы тиіс. --help қараңыз.</translation>
    </message>
    <message>
        <source>the complaints register: terms, outcomes, printed summary</source>
        <translation>шағымдар тізілімі: мерзімдер, нәтижелер, басып шығарылатын қорытынды</translation>
    </message>
    <message>
        <source>send the queue to the registry and record its answers</source>
        <translation>кезекті тізілімге жіберу және оның жауаптарын жазу</translation>
    </message>
    <message>
        <source>An edited calendar file laid over the built-in data (instead of the calendar edited in the journal).</source>
        <translation>Кіріктірілген деректердің үстінен қолданылатын өзгертілген күнтізбе файлы (журналда өзгертілген күнтізбенің орнына).</translation>
    </message>
    <message>
        <source>Shows one application with its status history, attachments, queue state and handover, as JSON. The view is recorded in the audit trail. Exit 1 when there is no such application.</source>
        <translation>Бір өтінішті мәртебелер тарихымен, қоса берілген құжаттарымен, кезектегі күйімен және куәлікті беру туралы мәліметтерімен бірге JSON түрінде көрсетеді. Қарау аудит журналына жазылады. Мұндай өтініш болмаса, 1 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The journal whose edited calendar is in force (default: %1); without one, the built-in data.</source>
        <translation>Өзгертілген күнтізбесі қолданылатын журнал (әдепкі бойынша: %1); журнал болмаса, кіріктірілген деректер қолданылады.</translation>
    </message>
    <message>
        <source>record the handover of the registration certificate</source>
        <translation>тіркеу куәлігінің берілгенін жазу</translation>
    </message>
    <message>
        <source>--registry needs the desk credential: set the environment variable IIN_DESK_TOKEN, or name a file with --desk-token-file (readable by its owner only), or configure this registry in the desk's settings.</source>
        <translation>--registry үшін жұмыс орнының тіркелгі деректері қажет: IIN_DESK_TOKEN орта айнымалысын орнатыңыз немесе --desk-token-file арқылы файлды көрсетіңіз (тек иесі оқи алатын), немесе осы тізілімді жұмыс орнының баптауларында көрсетіңіз.</translation>
    </message>
    <message>
        <source>A file whose first line is the desk credential issued by the registry (&lt;desk-id&gt;:&lt;secret&gt;); it must be readable by its owner only. Without it: the environment variable IIN_DESK_TOKEN, then the desk's settings.</source>
        <translation>Бірінші жолында тізілім берген жұмыс орнының тіркелгі деректері (&lt;desk-id&gt;:&lt;secret&gt;) тұрған файл; оны тек иесі оқи алуы тиіс. Ол болмаса: IIN_DESK_TOKEN орта айнымалысы, содан кейін жұмыс орнының баптаулары.</translation>
    </message>
    <message>
        <source>--desk-token is refused: a credential on the command line can be read by every user of this computer. Pass it in the environment variable IIN_DESK_TOKEN or in a file named by --desk-token-file (readable by its owner only).</source>
        <translation>--desk-token қабылданбайды: пәрмен жолындағы тіркелгі деректерін осы компьютердің кез келген пайдаланушысы оқи алады. Оларды IIN_DESK_TOKEN орта айнымалысында немесе --desk-token-file көрсеткен файлда (тек иесі оқи алатын) беріңіз.</translation>
    </message>
    <message>
        <source>--desk-token-file needs --registry (the training registry needs no credential).</source>
        <translation>--desk-token-file үшін --registry қажет (оқу тізіліміне тіркелгі деректері керек емес).</translation>
    </message>
    <message>
        <source>Renders a registration certificate to PDF from a JSON description (docs/certificate.md): a training certificate, signed with the training keys, or a preview of a real one, signed with throwaway keys that no trust file holds. A real certificate is printed only from the journal (certificate &lt;id&gt;).</source>
        <translation>JSON сипаттамасы бойынша (docs/certificate.md) тіркеу куәлігін PDF түрінде жасайды: оқу кілттерімен қол қойылған оқу режиміндегі куәлікті немесе бірде-бір сенімді кілттер файлында жоқ бір реттік кілттермен қол қойылған нақты куәліктің алдын ала көрінісін. Нақты куәлік тек журналдан басып шығарылады (certificate &lt;id&gt;).</translation>
    </message>
    <message>
        <source>Refused unless it is the training key: real keys sign only certificates printed from the journal.</source>
        <translation>Оқу кілті болмаса, қабылданбайды: нақты кілттермен тек журналдан басып шығарылған куәліктерге қол қойылады.</translation>
    </message>
    <message>
        <source>render makes previews and training certificates only; a real certificate is printed from the journal (iin-desk-cli certificate &lt;id&gt;) with the desk's certified key.</source>
        <translation>render тек алдын ала көріністер мен оқу режиміндегі куәліктерді жасайды; нақты куәлік журналдан (iin-desk-cli certificate &lt;id&gt;) жұмыс орнының куәландырылған кілтімен басып шығарылады.</translation>
    </message>
    <message>
        <source>A trust file published by a registry: its keys, the desk keys it certified, revocations (may be repeated).</source>
        <translation>Тізілім жариялаған сенімді кілттер файлы: оның кілттері, ол куәландырған жұмыс орындарының кілттері, кері қайтарып алынғандары (бірнеше рет көрсетуге болады).</translation>
    </message>
    <message>
        <source>Creates a signing key file (readable by its owner only, never over an existing file): a desk's own key without --id (the desk also makes it by itself at its first sync), a named key with --id; optionally the trust file with its public half.</source>
        <translation>Қол қою кілтінің файлын жасайды (оны тек иесі оқи алады, бар файлдың үстіне ешқашан жазылмайды): --id болмаса — жұмыс орнының өз кілті (жұмыс орны оны алғашқы синхрондау кезінде өзі де жасайды), --id болса — аталған кілт; қажет болса, оның ашық бөлігімен сенімді кілттер файлын да жасайды.</translation>
    </message>
    <message>
        <source>The key id printed in every payload it signs (default: derived from the key, as for a desk key).</source>
        <translation>Кілт қол қойған әрбір деректер жиынында басылатын кілт идентификаторы (әдепкі бойынша — жұмыс орнының кілтіндегідей, кілттің өзінен алынады).</translation>
    </message>
    <message>
        <source>Who holds the key (a registry's name, a desk id).</source>
        <translation>Кілттің иесі (тізілімнің атауы, жұмыс орнының идентификаторы).</translation>
    </message>
    <message>
        <source>The secret key file to create.</source>
        <translation>Жасалатын құпия кілт файлы.</translation>
    </message>
    <message>
        <source>A trust file to create with the public key.</source>
        <translation>Ашық кілтпен бірге жасалатын сенімді кілттер файлы.</translation>
    </message>
    <message>
        <source>--out is required. See --help.</source>
        <translation>--out міндетті. --help қараңыз.</translation>
    </message>
    <message>
        <source>%1 exists already; it is never overwritten.</source>
        <translation>%1 бар; оның үстіне ешқашан жазылмайды.</translation>
    </message>
    <message>
        <source>This desk's own signing key file, certified by the registry at the first sync (default: desk-signing.key beside the journal; a training print uses the training keys).</source>
        <translation>Тізілім алғашқы синхрондау кезінде куәландырған осы жұмыс орнының өз қол қою кілтінің файлы (әдепкі бойынша — журналдың жанындағы desk-signing.key; оқу режимінде басып шығару оқу кілттерін пайдаланады).</translation>
    </message>
    <message>
        <source>The operator recorded in the audit trail, for a journal without operator accounts (default: cli).</source>
        <translation>Аудит журналына жазылатын оператор, операторлардың есептік жазбалары жоқ журнал үшін (әдепкі бойынша: cli).</translation>
    </message>
    <message>
        <source>Sign in as this operator (required once the journal has operator accounts). The password is asked at the terminal, or read from --password-file or IIN_DESK_PASSWORD.</source>
        <translation>Осы оператор ретінде кіру (журналда операторлардың есептік жазбалары болса, міндетті). Құпиясөз терминалда сұралады немесе --password-file не IIN_DESK_PASSWORD арқылы оқылады.</translation>
    </message>
    <message>
        <source>Read the password of --as from the first line of this file (it must be readable by its owner only).</source>
        <translation>--as құпиясөзін осы файлдың бірінші жолынан оқу (файлды тек оның иесі оқи алуы керек).</translation>
    </message>
    <message>
        <source>operator accounts: add, list, disable, reset-password</source>
        <translation>операторлардың есептік жазбалары: add, list, disable, reset-password</translation>
    </message>
    <message>
        <source>Once a journal has operator accounts, its commands need --as LOGIN (password at the terminal, from --password-file or IIN_DESK_PASSWORD).</source>
        <translation>Журналда операторлардың есептік жазбалары болса, оның командаларына --as LOGIN қажет (құпиясөз терминалда, --password-file немесе IIN_DESK_PASSWORD арқылы).</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 үшін жаңа құпиясөз: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Сол құпиясөзді қайта енгізіңіз: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз сәйкес келмейді.</translation>
    </message>
    <message>
        <source>This journal has no operator accounts yet: create the first administrator with "iin-desk-cli operator add LOGIN --role administrator --full-name NAME".</source>
        <translation>Бұл журналда әлі операторлардың есептік жазбалары жоқ: бірінші әкімшіні «iin-desk-cli operator add LOGIN --role administrator --full-name NAME» арқылы жасаңыз.</translation>
    </message>
    <message>
        <source>The account's login.</source>
        <translation>Есептік жазбаның логині.</translation>
    </message>
    <message>
        <source>Creates an operator account. Only an administrator signed in with --as may; the first account of a journal without accounts is an administrator created without a sign-in. The new account's password comes from --new-password-file or is typed twice at the terminal (at least 10 characters with letters and digits). Prints the account as JSON. Exit 0 created, 2 bad input, 4 not signed in as an administrator.</source>
        <translation>Оператордың есептік жазбасын жасайды. Мұны тек --as арқылы кірген әкімші жасай алады; есептік жазбалары жоқ журналдың бірінші есептік жазбасы — жүйеге кірусіз жасалатын әкімші. Жаңа есептік жазбаның құпиясөзі --new-password-file файлынан алынады немесе терминалда екі рет енгізіледі (әріптер мен цифрлары бар кемінде 10 таңба). Есептік жазбаны JSON түрінде шығарады. Шығу коды: 0 жасалды, 2 қате деректер, 4 әкімші ретінде кірмеген.</translation>
    </message>
    <message>
        <source>The operator's surname and given name.</source>
        <translation>Оператордың тегі мен аты.</translation>
    </message>
    <message>
        <source>clerk, officer, supervisor or administrator.</source>
        <translation>clerk, officer, supervisor немесе administrator.</translation>
    </message>
    <message>
        <source>The operator's language at sign-in: kk, ru or en (default kk).</source>
        <translation>Жүйеге кірген кездегі оператордың тілі: kk, ru немесе en (әдепкі бойынша kk).</translation>
    </message>
    <message>
        <source>Read the new account's password from the first line of this file (readable by its owner only).</source>
        <translation>Жаңа есептік жазбаның құпиясөзін осы файлдың бірінші жолынан оқу (файлды тек оның иесі оқи алады).</translation>
    </message>
    <message>
        <source>--role must be clerk, officer, supervisor or administrator.</source>
        <translation>--role мәні clerk, officer, supervisor немесе administrator болуы керек.</translation>
    </message>
    <message>
        <source>--language must be kk, ru or en.</source>
        <translation>--language мәні kk, ru немесе en болуы керек.</translation>
    </message>
    <message>
        <source>The first account of a journal is its administrator: --role administrator.</source>
        <translation>Журналдың бірінші есептік жазбасы — оның әкімшісі: --role administrator.</translation>
    </message>
    <message>
        <source>Lists the operator accounts, one JSON object per line (login, full name, role, language, active). Administrators only.</source>
        <translation>Операторлардың есептік жазбаларын әр жолға бір JSON нысанымен шығарады (логин, аты-жөні, рөлі, тілі, белсенділігі). Тек әкімшілер үшін.</translation>
    </message>
    <message>
        <source>Deactivates an operator account: it can no longer sign in, in the desk or here. The last active administrator cannot be deactivated. Administrators only. Exit 0 done, 1 no such account, 4 not allowed.</source>
        <translation>Оператордың есептік жазбасын өшіреді: ол енді жұмыс орнына да, мұнда да кіре алмайды. Соңғы белсенді әкімшіні өшіруге болмайды. Тек әкімшілер үшін. Шығу коды: 0 орындалды, 1 мұндай есептік жазба жоқ, 4 рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Gives an operator account a new password (from --new-password-file or typed twice at the terminal) and lifts a lockout. Administrators only. Exit 0 done, 1 no such account, 2 weak password, 4 not allowed.</source>
        <translation>Оператордың есептік жазбасына жаңа құпиясөз береді (--new-password-file файлынан немесе терминалда екі рет енгізіледі) және бұғаттауды алады. Тек әкімшілер үшін. Шығу коды: 0 орындалды, 1 мұндай есептік жазба жоқ, 2 әлсіз құпиясөз, 4 рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Read the new password from the first line of this file (readable by its owner only).</source>
        <translation>Жаңа құпиясөзді осы файлдың бірінші жолынан оқу (файлды тек оның иесі оқи алады).</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>%1 операторы жоқ.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli operator add &lt;login&gt; --full-name NAME --role ROLE [--language kk|ru|en] [--new-password-file FILE]
       iin-desk-cli operator list
       iin-desk-cli operator disable &lt;login&gt;
       iin-desk-cli operator reset-password &lt;login&gt; [--new-password-file FILE]
Every action takes --db, and --as LOGIN [--password-file FILE] to sign in as an administrator; --help.</source>
        <translation>Қолданылуы: iin-desk-cli operator add &lt;login&gt; --full-name NAME --role ROLE [--language kk|ru|en] [--new-password-file FILE]
       iin-desk-cli operator list
       iin-desk-cli operator disable &lt;login&gt;
       iin-desk-cli operator reset-password &lt;login&gt; [--new-password-file FILE]
Әр әрекет --db және әкімші ретінде кіру үшін --as LOGIN [--password-file FILE] қабылдайды; --help.</translation>
    </message>
    <message>
        <source>No password: there is no terminal to ask on. Give --password-file or set IIN_DESK_PASSWORD.</source>
        <translation>Құпиясөз жоқ: сұрайтын терминал жоқ. --password-file беріңіз немесе IIN_DESK_PASSWORD орнатыңыз.</translation>
    </message>
    <message>
        <source>--as: this journal has no operator accounts. Name the operator with --operator, or create the first administrator with "iin-desk-cli operator add".</source>
        <translation>--as: бұл журналда операторлардың есептік жазбалары жоқ. Операторды --operator арқылы атаңыз немесе бірінші әкімшіні «iin-desk-cli operator add» арқылы жасаңыз.</translation>
    </message>
    <message>
        <source>This journal has operator accounts: sign in with --as LOGIN (the password is asked at the terminal, or read from --password-file or IIN_DESK_PASSWORD).</source>
        <translation>Бұл журналда операторлардың есептік жазбалары бар: --as LOGIN арқылы кіріңіз (құпиясөз терминалда сұралады немесе --password-file не IIN_DESK_PASSWORD арқылы оқылады).</translation>
    </message>
    <message>
        <source>This journal has operator accounts: --operator cannot name the operator; the audit trail records the login signed in with --as.</source>
        <translation>Бұл журналда операторлардың есептік жазбалары бар: --operator операторды атай алмайды; аудит журналы --as арқылы кірген логинді жазады.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 үшін құпиясөз: </translation>
    </message>
    <message>
        <source>read a passport's machine-readable zone</source>
        <translation>паспорттың машинамен оқылатын аймағын оқу</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes: not the lines of a machine-readable zone.</source>
        <translation>%1 көлемі %2 байттан асады: бұл машинамен оқылатын аймақтың жолдары емес.</translation>
    </message>
    <message>
        <source>Reads the lines of a machine-readable zone (ICAO Doc 9303: TD1, TD2, TD3, MRV-A, MRV-B) and prints its fields as JSON. Exit 0 when valid, 1 when a check digit or another field is wrong, 2 when the lines are not a machine-readable zone.</source>
        <translation>Машинамен оқылатын аймақтың жолдарын (ICAO Doc 9303: TD1, TD2, TD3, MRV-A, MRV-B) оқиды және оның өрістерін JSON түрінде шығарады. Аймақ дұрыс болса, шығу коды 0, бақылау саны немесе басқа өріс қате болса — 1, жолдар машинамен оқылатын аймақ болмаса — 2.</translation>
    </message>
    <message>
        <source>A text file with the zone's lines, or - for standard input.</source>
        <translation>Аймақтың жолдары бар мәтіндік файл немесе стандартты кіріс үшін -.</translation>
    </message>
    <message>
        <source>The day the century of the birth date is decided against (default: today).</source>
        <translation>Туған күнінің ғасыры соған қарай анықталатын күн (әдепкі бойынша — бүгін).</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD.</source>
        <translation>--today параметрі күнді ЖЖЖЖ-АА-КК түрінде қабылдайды.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli mrz &lt;action&gt; [options]
  parse &lt;FILE|-&gt;   read the lines of a machine-readable zone (ICAO Doc 9303)
  read &lt;IMAGE&gt;     find and read the zone on a scanned page (PNG, JPEG, TIFF, PDF)
Each prints one line of JSON; exit 0 valid, 1 a check digit or another field is wrong, 2 not a machine-readable zone. All take --help.</source>
        <translation>Қолданылуы: iin-desk-cli mrz &lt;әрекет&gt; [параметрлер]
  parse &lt;FILE|-&gt;   машинамен оқылатын аймақтың жолдарын оқу (ICAO Doc 9303)
  read &lt;IMAGE&gt;     сканерленген беттен аймақты тауып, оқу (PNG, JPEG, TIFF, PDF)
Әрқайсысы JSON-ның бір жолын шығарады; шығу коды 0 — аймақ дұрыс, 1 — бақылау саны немесе басқа өріс қате, 2 — бұл машинамен оқылатын аймақ емес. Барлығы --help параметрін қабылдайды.</translation>
    </message>
    <message>
        <source>Finds the machine-readable zone on a scanned page (PNG, JPEG, TIFF, or the first page of a PDF; 200-600 dpi, any way round), reads it and prints its fields and lines as JSON. Exit 0 when valid, 1 when a check digit or another field is wrong, 2 when the page has no zone or the file is not an image.</source>
        <translation>Сканерленген беттен (PNG, JPEG, TIFF немесе PDF-тің бірінші беті; 200–600 dpi, кез келген қалыпта) машинамен оқылатын аймақты табады, оны оқиды және өрістері мен жолдарын JSON түрінде шығарады. Шығу коды 0 — аймақ дұрыс, 1 — бақылау саны немесе басқа өріс қате, 2 — бетте аймақ жоқ немесе файл сурет емес.</translation>
    </message>
    <message>
        <source>Lists the scanners SANE finds, or scans pages into one PDF. Exit 0 when listed or written, 2 for wrong options, 3 for a scanner error (the pages scanned before it are still written).</source>
        <translation>SANE тапқан сканерлерді тізеді немесе беттерді бір PDF файлына сканерлейді. Шығу коды: 0 — тізілді немесе жазылды, 2 — параметрлер қате, 3 — сканер қатесі (қатеге дейін сканерленген беттер бәрібір жазылады).</translation>
    </message>
    <message>
        <source>List the scanners: name, vendor, model, type.</source>
        <translation>Сканерлерді тізу: атауы, өндірушісі, моделі, түрі.</translation>
    </message>
    <message>
        <source>With --list: one JSON object.</source>
        <translation>--list бірге: бір JSON нысаны.</translation>
    </message>
    <message>
        <source>The scanner's SANE name (see --list).</source>
        <translation>Сканердің SANE атауы (--list қараңыз).</translation>
    </message>
    <message>
        <source>Scan up to N pages, from the document feeder where the scanner has one; 0: until the feeder is empty (default 1).</source>
        <translation>N бетке дейін сканерлеу, сканерде құжат беру құрылғысы болса, сол арқылы; 0 — беру құрылғысы босағанша (әдепкі 1).</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (the nearest the scanner offers).</source>
        <translation>Ажыратымдылық, дюймдегі нүкте (сканер ұсынатын ең жақыны).</translation>
    </message>
    <message>
        <source>color, gray or lineart (default: the scanner's).</source>
        <translation>color (түсті), gray (сұр) немесе lineart (ақ-қара) (әдепкі: сканердікі).</translation>
    </message>
    <message>
        <source>A backend option as scanimage takes it, e.g. filename=page.pnm; may be repeated.</source>
        <translation>scanimage қабылдайтындай драйвер параметрі, мысалы filename=page.pnm; бірнеше рет берілуі мүмкін.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Жазылатын PDF.</translation>
    </message>
    <message>
        <source>Give --list, or --device NAME and --out FILE.pdf.</source>
        <translation>--list немесе --device АТАУ және --out ФАЙЛ.pdf беріңіз.</translation>
    </message>
    <message>
        <source>--pages takes a number of pages (0: until the feeder is empty).</source>
        <translation>--pages бет санын қабылдайды (0 — беру құрылғысы босағанша).</translation>
    </message>
    <message>
        <source>--dpi takes a resolution in dots per inch, e.g. 300.</source>
        <translation>--dpi дюймдегі нүктемен ажыратымдылықты қабылдайды, мысалы 300.</translation>
    </message>
    <message>
        <source>--mode takes color, gray or lineart.</source>
        <translation>--mode мәні: color, gray немесе lineart.</translation>
    </message>
    <message>
        <source>--set takes OPTION=VALUE, e.g. resolution=300: "%1".</source>
        <translation>--set ПАРАМЕТР=МӘН түрінде беріледі, мысалы resolution=300: «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned before the error were written to %1.</source>
        <translation>
            <numerusform>Қатеге дейін сканерленген %n бет %1 файлына жазылды.</numerusform>
            <numerusform>Қатеге дейін сканерленген %n бет %1 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n бет %1 файлына жазылды.</numerusform>
            <numerusform>%n бет %1 файлына жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>list scanners, scan pages into one PDF</source>
        <translation>сканерлерді тізу, беттерді бір PDF-ке сканерлеу</translation>
    </message>
    <message>
        <source>The scanned page.</source>
        <translation>Сканерленген бет.</translation>
    </message>
    <message>
        <source>Prints the registration certificate of an application in the journal to PDF. Only an application with an IIN has one: the first print moves it to certificate_printed, every later print is a DUPLICATE; each is recorded in the audit trail and consumes one security-paper blank. Exit 0 printed, 1 no such application, no IIN yet or the blank not on hand, 2 bad input, 3 journal or file error.</source>
        <translation>Журналдағы өтініштің тіркеу куәлігін PDF-ке басып шығарады. Куәлік тек ЖСН берілген өтініште болады: алғашқы басу өтінішті certificate_printed мәртебесіне көшіреді, кейінгі әр басу ТЕЛНҰСҚА болып шығады; әр басу аудит журналына жазылады және бір қорғалған бланкті жұмсайды. Шығу коды 0 — басылды, 1 — мұндай өтініш жоқ, ЖСН әлі берілмеген немесе бланк қолда жоқ, 2 — қате кіріс деректері, 3 — журнал немесе файл қатесі.</translation>
    </message>
    <message>
        <source>The serial of the security-paper blank printed on (default: the next one on hand); the print fails when it is not on hand.</source>
        <translation>Басылатын қорғалған бланктің нөмірі (әдепкі: қолдағы келесі бланк); бланк қолда болмаса, басу орындалмайды.</translation>
    </message>
    <message>
        <source>--blank "%1" is not a serial.</source>
        <translation>--blank "%1" бланк нөмірі емес.</translation>
    </message>
    <message>
        <source>security-paper blanks: receive, spoil, balance</source>
        <translation>қорғалған бланктер: қабылдау, бүлінгенін тіркеу, қалдық</translation>
    </message>
    <message>
        <source>--%1 is required. See --help.</source>
        <translation>--%1 міндетті. --help қараңыз.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a serial (a positive number).</source>
        <translation>--%1 «%2» — бланк нөмірі емес (оң сан керек).</translation>
    </message>
    <message>
        <source>Records a range of numbered security-paper blanks received by the office (a supervisor's). Prints the range and the balance as JSON. Exit 0 recorded, 1 the range overlaps one received before, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Бөлім қабылдаған нөмірленген қорғалған бланктер ауқымын тіркейді (жетекшінің ісі). Ауқым мен қалдықты JSON түрінде шығарады. Шығу коды: 0 тіркелді, 1 ауқым бұрын қабылданғанымен қабаттасады, 2 қате енгізу, 3 журнал қатесі, 4 рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The first serial of the range.</source>
        <translation>Ауқымның бірінші нөмірі.</translation>
    </message>
    <message>
        <source>The last serial of the range.</source>
        <translation>Ауқымның соңғы нөмірі.</translation>
    </message>
    <message>
        <source>The series printed on the blanks (optional).</source>
        <translation>Бланктерде басылған серия (міндетті емес).</translation>
    </message>
    <message>
        <source>--last must not be below --first.</source>
        <translation>--last мәні --first мәнінен кем болмауы керек.</translation>
    </message>
    <message>
        <source>Records a spoiled security-paper blank with its reason, countersigned by the signed-in supervisor. Exit 0 recorded, 1 the blank is not on hand, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Бүлінген қорғалған бланкті себебімен тіркейді, жүйеге кірген жетекші қолымен растайды. Шығу коды: 0 тіркелді, 1 бланк қолда жоқ, 2 қате енгізу, 3 журнал қатесі, 4 рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The blank's serial.</source>
        <translation>Бланктің нөмірі.</translation>
    </message>
    <message>
        <source>Why it is spoiled: misprint, jam, damaged or other.</source>
        <translation>Бүліну себебі: misprint (басу ақауы), jam (қағаз кептелуі), damaged (зақымдалған) немесе other (басқа).</translation>
    </message>
    <message>
        <source>--reason must be one of: %1.</source>
        <translation>--reason мына мәндердің бірі болуы керек: %1.</translation>
    </message>
    <message>
        <source>--to goes with --date. See --help.</source>
        <translation>--to тек --date параметрімен бірге беріледі. --help қараңыз.</translation>
    </message>
    <message>
        <source>--date and --to are dates YYYY-MM-DD, --to not before --date.</source>
        <translation>--date пен --to — ЖЖЖЖ-АА-КК форматындағы күндер, --to күні --date күнінен ерте болмауы керек.</translation>
    </message>
    <message>
        <source>Prints a balance of security-paper blanks: begin + received − issued − spoiled − returned = on hand, for the office or one operator (what was handed to them), over the journal's whole life or the days given (local to the desk). Exit 0, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Қорғалған бланктердің қалдығын шығарады: басында + қабылданды − басылды − бүлінді − қайтарылды = қолда; бөлім бойынша немесе бір оператор бойынша (оған берілгені), журналдың бүкіл кезеңіне немесе берілген күндерге (жұмыс орнының жергілікті уақытымен). Шығу коды: 0, 2 қате енгізу, 3 журнал қатесі, 4 рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON шығару.</translation>
    </message>
    <message>
        <source>The operator whose blanks (default: the office's).</source>
        <translation>Бланктері көрсетілетін оператор (әдепкі бойынша — бөлімдікі).</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD).</source>
        <translation>Кезеңнің бірінші күні (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>The last day of the period (default: --date).</source>
        <translation>Кезеңнің соңғы күні (әдепкі бойынша — --date).</translation>
    </message>
    <message>
        <source>Begin:    %1
Received: %2
Issued:   %3
Spoiled:  %4
Returned: %5
On hand:  %6</source>
        <translation>Басында:     %1
Қабылданды:  %2
Басылды:     %3
Бүлінді:     %4
Қайтарылды:  %5
Қолда:       %6</translation>
    </message>
    <message>
        <source>Next blank: %1</source>
        <translation>Келесі бланк: %1</translation>
    </message>
    <message>
        <source>Hands a range of the office's security-paper blanks to an operator's shift (a supervisor's): every serial on hand and held by nobody. Once the office hands out, each operator prints on their own blanks. Prints the hand-out as JSON. Exit 0 handed, 1 a serial not on hand or held by someone, or not an operator who prints, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Бөлімнің қорғалған бланктер ауқымын оператордың ауысымына береді (жетекшінің ісі): әр нөмір қолда болуы және ешкімде болмауы керек. Бөлім бланк бере бастағаннан кейін әр оператор өз бланктеріне басады. Берілгенін JSON түрінде шығарады. Шығу коды: 0 берілді, 1 нөмір қолда жоқ немесе біреуде тұр, не оператордың басуға рұқсаты жоқ, 2 қате енгізу, 3 журнал қатесі, 4 рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The operator who receives the blanks.</source>
        <translation>Бланктерді алатын оператор.</translation>
    </message>
    <message>
        <source>--to is required. See --help.</source>
        <translation>--to міндетті. --help қараңыз.</translation>
    </message>
    <message>
        <source>Takes back the unused blanks an operator holds at the end of a shift (a supervisor's): they are the office's stock again. Prints how many as JSON. Exit 0 returned, 1 the operator holds none, 2 bad input, 3 journal error, 4 not allowed.</source>
        <translation>Ауысым соңында оператордағы пайдаланылмаған бланктерді қайтарып алады (жетекшінің ісі): олар қайтадан бөлімнің қорына түседі. Санын JSON түрінде шығарады. Шығу коды: 0 қайтарылды, 1 операторда бланк жоқ, 2 қате енгізу, 3 журнал қатесі, 4 рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The operator who hands the blanks back.</source>
        <translation>Бланктерді қайтаратын оператор.</translation>
    </message>
    <message>
        <source>--from is required. See --help.</source>
        <translation>--from міндетті. --help қараңыз.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli blanks receive|spoil|balance|hand|return [options]
  receive --first &lt;N&gt; --last &lt;M&gt; [--series &lt;S&gt;]
  spoil --serial &lt;N&gt; --reason misprint|jam|damaged|other
  balance [--json] [--operator &lt;LOGIN&gt;] [--date &lt;D&gt; [--to &lt;D&gt;]]
  hand --first &lt;N&gt; --last &lt;M&gt; --to &lt;LOGIN&gt;
  return --from &lt;LOGIN&gt;
Each takes --help and the journal's options (--db, --as, --password-file).</source>
        <translation>Қолданылуы: iin-desk-cli blanks receive|spoil|balance|hand|return [параметрлер]
  receive --first &lt;N&gt; --last &lt;M&gt; [--series &lt;S&gt;]
  spoil --serial &lt;N&gt; --reason misprint|jam|damaged|other
  balance [--json] [--operator &lt;ЛОГИН&gt;] [--date &lt;КҮН&gt; [--to &lt;КҮН&gt;]]
  hand --first &lt;N&gt; --last &lt;M&gt; --to &lt;ЛОГИН&gt;
  return --from &lt;ЛОГИН&gt;
Әрқайсысы --help және журнал параметрлерін (--db, --as, --password-file) қабылдайды.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli certificate &lt;id|registration-number&gt;|render|verify|keygen [options]
  &lt;id|registration-number&gt; --db &lt;journal&gt; --pdf &lt;out.pdf&gt; [--blank &lt;serial&gt;] [--reason &lt;code&gt;] [--key &lt;key file&gt;] [--training]
  render --json &lt;data.json&gt; --pdf &lt;out.pdf&gt;
  verify &lt;pdf|png&gt; [--trust &lt;trust file&gt;]... [--trust-training]
  keygen --out &lt;key file&gt; [--id &lt;key id&gt;] [--issuer &lt;name&gt;] [--public &lt;trust file&gt;]
Each takes --help.</source>
        <translation>Қолданылуы: iin-desk-cli certificate &lt;id|тіркеу-нөмірі&gt;|render|verify|keygen [параметрлер]
  &lt;id|тіркеу-нөмірі&gt; --db &lt;журнал&gt; --pdf &lt;out.pdf&gt; [--blank &lt;бланк нөмірі&gt;] [--reason &lt;код&gt;] [--key &lt;кілт файлы&gt;] [--training]
  render --json &lt;data.json&gt; --pdf &lt;out.pdf&gt;
  verify &lt;pdf|png&gt; [--trust &lt;сенім файлы&gt;]... [--trust-training]
  keygen --out &lt;кілт файлы&gt; [--id &lt;кілт идентификаторы&gt;] [--issuer &lt;атауы&gt;] [--public &lt;сенім файлы&gt;]
Әрқайсысы --help қабылдайды.</translation>
    </message>
    <message>
        <source>Records the handover of the registration certificate (rules, paragraph 11-1): to the person on an identity document, to the person on an electronic document from the digital documents service, or to a representative on a power of attorney. The application must be in status certificate_printed; it moves to handed_over, recorded in the audit trail. Prints the handover as JSON. Exit 0 recorded, 1 no such application or not in status certificate_printed, 2 bad input, 3 journal error.</source>
        <translation>Тіркеу куәлігінің берілгенін тіркейді (қағидалар, 11-1-тармақ): адамның өзіне жеке басын куәландыратын құжат бойынша, адамның өзіне цифрлық құжаттар сервисіндегі электрондық құжат бойынша немесе өкілге сенімхат бойынша. Өтініш certificate_printed мәртебесінде болуы керек; ол handed_over мәртебесіне ауысады және аудит журналына жазылады. Берілгенін JSON түрінде шығарады. Шығу коды: 0 тіркелді, 1 мұндай өтініш жоқ немесе ол certificate_printed мәртебесінде емес, 2 қате енгізу, 3 журнал қатесі.</translation>
    </message>
    <message>
        <source>Who receives the certificate: applicant (on the identity document), digital (on a document from the digital documents service) or representative (on a power of attorney).</source>
        <translation>Куәлікті кім алады: applicant (жеке басын куәландыратын құжат бойынша), digital (цифрлық құжаттар сервисіндегі құжат бойынша) немесе representative (сенімхат бойынша өкіл).</translation>
    </message>
    <message>
        <source>Type of the identity document presented (the person's, the digital one or the representative's): passport, stateless_travel_document, refugee_travel_document, residence_permit, id_card, other (default: passport).</source>
        <translation>Ұсынылған жеке басын куәландыратын құжаттың түрі (адамның өзінің, цифрлық немесе өкілдің): passport, stateless_travel_document, refugee_travel_document, residence_permit, id_card, other (әдепкі бойынша: passport).</translation>
    </message>
    <message>
        <source>Number of that identity document.</source>
        <translation>Сол жеке басын куәландыратын құжаттың нөмірі.</translation>
    </message>
    <message>
        <source>digital: the reference the digital documents service shows for the document (optional).</source>
        <translation>digital: цифрлық құжаттар сервисі құжат үшін көрсететін сілтеме (міндетті емес).</translation>
    </message>
    <message>
        <source>representative: surname and given name as in the representative's identity document.</source>
        <translation>representative: өкілдің жеке басын куәландыратын құжатындағыдай тегі мен аты.</translation>
    </message>
    <message>
        <source>representative: number of the power of attorney.</source>
        <translation>representative: сенімхаттың нөмірі.</translation>
    </message>
    <message>
        <source>representative: date of the power of attorney (YYYY-MM-DD).</source>
        <translation>representative: сенімхаттың күні (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>representative: the notary or other issuer of the power of attorney.</source>
        <translation>representative: сенімхатты куәландырған нотариус немесе өзге беруші.</translation>
    </message>
    <message>
        <source>representative: the last day the power of attorney is valid (YYYY-MM-DD), if limited.</source>
        <translation>representative: сенімхаттың жарамды соңғы күні (ЖЖЖЖ-АА-КК), егер мерзімі шектелсе.</translation>
    </message>
    <message>
        <source>--recipient must be one of: %1.</source>
        <translation>--recipient мына мәндердің бірі болуы керек: %1.</translation>
    </message>
    <message>
        <source>--document-type "%1" is not known: use passport, stateless_travel_document, refugee_travel_document, residence_permit, id_card or other.</source>
        <translation>--document-type «%1» белгісіз: passport, stateless_travel_document, refugee_travel_document, residence_permit, id_card немесе other қолданыңыз.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a date (YYYY-MM-DD).</source>
        <translation>--%1: «%2» күн емес (ЖЖЖЖ-АА-КК).</translation>
    </message>
    <message>
        <source>Why a certificate printed before is printed again (a DUPLICATE): lost, damaged, spoiled_blank, correction or other; recorded in the audit trail ("unspecified" when not given).</source>
        <translation>Бұрын басылған куәлік неге қайта басылады (ТЕЛНҰСҚА): lost (жоғалған), damaged (зақымдалған), spoiled_blank (алдыңғы басу бланкті бүлдірді), correction (түзету) немесе other (басқа); аудит журналына жазылады (берілмесе — «unspecified»).</translation>
    </message>
    <message>
        <source>Lists what needs a supervisor's attention: applications stuck in the outbox, without an IIN, not printed or not handed over past the thresholds of the desk's settings, blanks running low, clock warnings of the last day. Exit 0 nothing, 1 something needs attention, 2 bad input, 3 journal or file error, 4 not allowed.</source>
        <translation>Бақылаушының назарын қажет ететіндерді тізеді: жұмыс орны баптауларындағы шектерден асып, жіберу кезегінде тұрып қалған, ЖСН қалыптастырылмаған, куәлігі басылмаған немесе берілмеген өтініштер, азайып қалған бланктер, соңғы тәуліктегі сағат туралы ескертулер. Ештеңе болмаса 0, назар аударатын нәрсе болса 1, кіріс деректері қате болса 2, журнал немесе файл қатесі болса 3, рұқсат болмаса 4 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>Write the list for the registry's help desk (CSV, no personal data).</source>
        <translation>Тізімді тізілімнің қолдау қызметі үшін жазу (CSV, дербес деректерсіз).</translation>
    </message>
    <message>
        <source>Judge the thresholds as of this moment (ISO 8601, e.g. the end of a shift: 2026-12-05T18:00+05:00); default now.</source>
        <translation>Шектерді осы сәттегі күй бойынша бағалау (ISO 8601, мысалы, ауысымның соңы: 2026-12-05T18:00+05:00); әдепкісі — қазір.</translation>
    </message>
    <message>
        <source>Threshold: request stuck in the outbox after hours.</source>
        <translation>Шек: сұраныс жіберу кезегінде неше сағаттан кейін тұрып қалды деп саналады.</translation>
    </message>
    <message>
        <source>Threshold: IIN not formed within hours.</source>
        <translation>Шек: ЖСН неше сағат ішінде қалыптастырылмаса.</translation>
    </message>
    <message>
        <source>Threshold: certificate not printed within hours.</source>
        <translation>Шек: куәлік неше сағат ішінде басылмаса.</translation>
    </message>
    <message>
        <source>Threshold: certificate not handed over within days.</source>
        <translation>Шек: куәлік неше күн ішінде берілмесе.</translation>
    </message>
    <message>
        <source>Threshold: fewer blanks on hand than.</source>
        <translation>Шек: қолда бланктер осы саннан аз болса.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a whole number.</source>
        <translation>--%1 «%2» — бүтін сан емес.</translation>
    </message>
    <message>
        <source>--as-of "%1" is not a moment in ISO 8601 (2026-12-05T18:00+05:00).</source>
        <translation>--as-of «%1» — ISO 8601 пішіміндегі уақыт емес (2026-12-05T18:00+05:00).</translation>
    </message>
    <message>
        <source>Nothing has passed its threshold.</source>
        <translation>Шектен асқан ештеңе жоқ.</translation>
    </message>
    <message>
        <source>what needs a supervisor's attention</source>
        <translation>бақылаушының назарын қажет ететіндер</translation>
    </message>
    <message>
        <source>Encrypt the backup to the office's recovery public key in this file: only its private key opens it.</source>
        <translation>Сақтық көшірмені осы файлдағы кеңсенің қалпына келтіру ашық кілтіне шифрлау: оны тек жабық кілт ашады.</translation>
    </message>
    <message>
        <source>The office's recovery private key, for an encrypted backup (backup --encrypt-to).</source>
        <translation>Кеңсенің қалпына келтіру жабық кілті — шифрланған сақтық көшірме үшін (backup --encrypt-to).</translation>
    </message>
    <message>
        <source>%1 is an encrypted backup: give the office's recovery private key with --key.</source>
        <translation>%1 — шифрланған сақтық көшірме: кеңсенің қалпына келтіру жабық кілтін --key арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted backup of the desk (or its header is damaged): restore a plain backup without --key.</source>
        <translation>%1 — жұмыс орнының шифрланған сақтық көшірмесі емес (немесе оның тақырыбы зақымдалған): қарапайым сақтық көшірмені --key-сіз қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>Makes the office's recovery key pair for encrypted backups: the private key (kept away from the desks: it opens every backup) and the public key (given to the desks: backup --encrypt-to).</source>
        <translation>Шифрланған сақтық көшірмелер үшін кеңсенің қалпына келтіру кілттерінің жұбын жасайды: жабық кілт (жұмыс орындарынан алыс сақталады: ол кез келген көшірмені ашады) және ашық кілт (жұмыс орындарына беріледі: backup --encrypt-to).</translation>
    </message>
    <message>
        <source>The private key file to create (mode 0600).</source>
        <translation>Жасалатын жабық кілт файлы (құқықтары 0600).</translation>
    </message>
    <message>
        <source>The public key file to create.</source>
        <translation>Жасалатын ашық кілт файлы.</translation>
    </message>
    <message>
        <source>--out and --public are required.</source>
        <translation>--out және --public қажет.</translation>
    </message>
    <message>
        <source>--out and --public must be two files.</source>
        <translation>--out және --public екі түрлі файл болуы керек.</translation>
    </message>
    <message>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 бұрыннан бар; кілт файлы ешқашан қайта жазылмайды.</translation>
    </message>
    <message>
        <source>The (first) day of the report, YYYY-MM-DD, the desk's local day.</source>
        <translation>Есептің (бірінші) күні, ЖЖЖЖ-АА-КК, жұмыс орнының жергілікті күні.</translation>
    </message>
    <message>
        <source>The last day of a period (default: --date).</source>
        <translation>Кезеңнің соңғы күні (әдепкі бойынша — --date).</translation>
    </message>
    <message>
        <source>Print the report as JSON (the default is a readable text).</source>
        <translation>Есепті JSON түрінде шығару (әдепкі бойынша — оқуға ыңғайлы мәтін).</translation>
    </message>
    <message>
        <source>Write the signed report in Kazakh and Russian to this PDF.</source>
        <translation>Қол қойылған есепті қазақ және орыс тілдерінде осы PDF файлына жазу.</translation>
    </message>
    <message>
        <source>Write the report as CSV (UTF-8 with BOM, semicolons) to this file.</source>
        <translation>Есепті CSV түрінде (BOM белгісі бар UTF-8, нүктелі үтір) осы файлға жазу.</translation>
    </message>
    <message>
        <source>This desk's own signing key file for the PDF (default: desk-signing.key beside the journal; a training desk signs with the training desk key).</source>
        <translation>PDF үшін осы жұмыс орнының өз қол қою кілтінің файлы (әдепкі бойынша — журналдың жанындағы desk-signing.key; оқу жұмыс орны оқу кілтімен қол қояды).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>End-of-shift report: office %1, desk %2, %3, %4 to %5</source>
        <translation>Ауысым соңындағы есеп: бөлімше %1, жұмыс орны %2, %3, %4 — %5</translation>
    </message>
    <message>
        <source>all operators</source>
        <translation>барлық операторлар</translation>
    </message>
    <message>
        <source>  Spoiled blank %1: %2, countersigned by %3</source>
        <translation>  Бүлінген бланк %1: %2, растаған: %3</translation>
    </message>
    <message>
        <source>Exceptions: %1</source>
        <translation>Назар аударуды қажет ететіндер: %1</translation>
    </message>
    <message>
        <source>The end-of-shift report of the desk, or of one operator, for a day or a period (docs/office.md): the applications, the certificates, the blanks and the exceptions. Supervisors and administrators report on anyone; a clerk or an officer on their own work (--operator with their own login). Exit 0 done, 2 bad input, 3 journal or file error, 4 not allowed.</source>
        <translation>Жұмыс орнының немесе бір оператордың бір күнгі немесе кезеңдегі ауысым соңындағы есебі (docs/office.md): өтініштер, куәліктер, бланктер және назар аударуды қажет ететіндер. Супервайзерлер мен әкімшілер кез келген оператор бойынша есеп жасайды; қызметкер немесе полиция қызметкері — тек өз жұмысы бойынша (--operator өз логинімен). Дайын болса 0, кіріс қате болса 2, журнал немесе файл қатесі болса 3, рұқсат етілмесе 4 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>Report on this operator's work only (default: the whole desk).</source>
        <translation>Тек осы оператордың жұмысы бойынша есеп (әдепкі бойынша — бүкіл жұмыс орны).</translation>
    </message>
    <message>
        <source>--date is required. See --help.</source>
        <translation>--date міндетті. --help қараңыз.</translation>
    </message>
    <message>
        <source>--date and --to take a day as YYYY-MM-DD.</source>
        <translation>--date және --to күнді ЖЖЖЖ-АА-КК түрінде қабылдайды.</translation>
    </message>
    <message>
        <source>--to must not be before --date.</source>
        <translation>--to күні --date күнінен бұрын болмауы керек.</translation>
    </message>
    <message>
        <source>Give one of --json, --pdf and --csv.</source>
        <translation>--json, --pdf және --csv параметрлерінің біреуін ғана беріңіз.</translation>
    </message>
    <message>
        <source>Reads the QR code of an end-of-shift report (PDF or image) and checks the desk's signature offline, as a certificate's. Exit 0 when genuine, 1 when not genuine or signed by an unknown key, 2 when no report code can be read.</source>
        <translation>Ауысым соңындағы есептің (PDF немесе сурет) QR кодын оқиды және жұмыс орнының қолтаңбасын куәліктікі сияқты желіге қосылмай тексереді. Түпнұсқа болса 0, түпнұсқа болмаса немесе белгісіз кілтпен қол қойылса 1, есептің коды оқылмаса 2 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The report: a PDF, PNG or JPEG.</source>
        <translation>Есеп: PDF, PNG немесе JPEG файлы.</translation>
    </message>
    <message>
        <source>Accept reports signed by the training desk key (training mode only).</source>
        <translation>Оқу кілтімен қол қойылған есептерді қабылдау (тек оқу режимінде).</translation>
    </message>
    <message>
        <source>No end-of-shift report's code was found in the document.</source>
        <translation>Құжатта ауысым соңындағы есептің коды табылмады.</translation>
    </message>
    <message>
        <source>Usage: iin-desk-cli report shift|verify [options]
  shift --date D [--to D] [--operator LOGIN] [--json | --pdf FILE | --csv FILE]
  verify FILE.pdf [--trust FILE]... [--trust-training]
Each takes --help.</source>
        <translation>Қолданылуы: iin-desk-cli report shift|verify [параметрлер]
  shift --date D [--to D] [--operator LOGIN] [--json | --pdf FILE | --csv FILE]
  verify FILE.pdf [--trust FILE]... [--trust-training]
Әрқайсысы --help қабылдайды.</translation>
    </message>
    <message>
        <source>the end-of-shift report: make it, verify a printed one</source>
        <translation>ауысым соңындағы есеп: жасау, басып шығарылғанын тексеру</translation>
    </message>
    <message>
        <source>Writes a zip for support: versions, the settings with every secret as ***, the queue's state and last errors, the integrity check, the last audit records; no names, document numbers or IINs (a supervisor's or an administrator's). Exit 0 written, 2 bad arguments or --out exists, 3 journal or file error, 4 not allowed.</source>
        <translation>Қолдау қызметіне zip жазады: нұсқалар, әр құпиясы *** болып ауыстырылған баптаулар, кезектің күйі мен соңғы қателері, тұтастық тексеруі, аудит журналының соңғы жазбалары; аты-жөндер, құжаттың нөмірлері мен ЖСН жоқ (супервайзердің немесе әкімшінің ісі). Жазылса 0, аргументтер қате болса немесе --out бар болса 2, журнал немесе файл қатесі болса 3, рұқсат етілмесе 4 кодымен аяқталады.</translation>
    </message>
    <message>
        <source>The zip file to write (new).</source>
        <translation>Жазылатын zip файлы (жаңа).</translation>
    </message>
    <message>
        <source>%1 exists: diagnostics never overwrite a file.</source>
        <translation>%1 бар: диагностика файлды ешқашан қайта жазбайды.</translation>
    </message>
    <message>
        <source>Diagnostics written to %1.</source>
        <translation>Диагностика %1 файлына жазылды.</translation>
    </message>
    <message>
        <source>a bundle for support, free of personal data</source>
        <translation>қолдау қызметіне арналған, дербес деректерсіз жинақ</translation>
    </message>
    <message>
        <source>The journal was upgraded from schema %1 to %2; its backup is %3</source>
        <translation>Журнал %1-схемадан %2-схемаға жаңартылды; оның сақтық көшірмесі: %3</translation>
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
        <translation>Сақтау кезінде шифрланған скандар (docs/at-rest.md):
  scans status [--json]          скан кілті қалай сақталады, қанша скан шифрланған және ашық
  scans encrypt [--recovery-public-key PUB]
                                 бұрынғы нұсқа қалдырған ашық скандарды шифрлау
  scans recover --key RECOVERY_PRIVATE_KEY
                                 скан кілтін осы компьютер үшін қайта сақтау
  scans export --application ID --sha256 DIGEST --out FILE
                                 бір сканды ашық түрде таңдалған файлға жазу</translation>
    </message>
    <message>
        <source>How the journal's scan key is kept, whether the office's recovery key holds a copy of it, and how many scans are encrypted and how many still plain.</source>
        <translation>Журналдың скан кілті қалай сақталады, оның кеңсенің қалпына келтіру кілтімен мөрленген көшірмесі бар ма, қанша скан шифрланған және қаншасы әлі ашық сақталады.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Бір JSON нысанын шығару.</translation>
    </message>
    <message>
        <source>Scan key: %1 (kept by %2, %3)</source>
        <translation>Скан кілті: %1 (сақтаушы: %2, %3)</translation>
    </message>
    <message>
        <source>opens here</source>
        <translation>мұнда ашылады</translation>
    </message>
    <message>
        <source>does not open here</source>
        <translation>мұнда ашылмайды</translation>
    </message>
    <message>
        <source>Recovery copy: %1</source>
        <translation>Қалпына келтіруге арналған көшірме: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Scans: %1 encrypted, %2 plain</source>
        <translation>Скандар: %1 шифрланған, %2 ашық</translation>
    </message>
    <message>
        <source>Encrypts in place every scan still kept in clear (the desk does it when it opens the journal), and keeps a copy of the scan key sealed to the office's recovery public key.</source>
        <translation>Әлі ашық сақталған әрбір сканды орнында шифрлайды (жұмыс орны мұны журналды ашқанда жасайды) және скан кілтінің кеңсенің қалпына келтіру ашық кілтімен мөрленген көшірмесін сақтайды.</translation>
    </message>
    <message>
        <source>Seal a copy of the scan key to the office's recovery public key in this file (backup keygen --public).</source>
        <translation>Скан кілтінің көшірмесін осы файлдағы кеңсенің қалпына келтіру ашық кілтімен мөрлеу (backup keygen --public).</translation>
    </message>
    <message>
        <source>Opens the copy of the scan key sealed to the office's recovery key and keeps the key for this machine again (after a restore on another machine, a new TPM or a lost key file).</source>
        <translation>Кеңсенің қалпына келтіру кілтімен мөрленген скан кілтінің көшірмесін ашады және кілтті осы компьютер үшін қайта сақтайды (басқа компьютерде қалпына келтіргеннен, TPM ауыстырылғаннан немесе кілт файлы жоғалғаннан кейін).</translation>
    </message>
    <message>
        <source>The office's recovery private key (backup keygen --out).</source>
        <translation>Кеңсенің қалпына келтіру жабық кілті (backup keygen --out).</translation>
    </message>
    <message>
        <source>--key is required.</source>
        <translation>--key міндетті.</translation>
    </message>
    <message>
        <source>Writes one scan of an application, decrypted, to a file you choose (the view is recorded). That file is in clear: it is yours to keep safe.</source>
        <translation>Өтініштің бір сканын шифрын ашып, өзіңіз таңдаған файлға жазады (қарау аудит журналына жазылады). Бұл файл шифрланбаған: оның сақталуына өзіңіз жауаптысыз.</translation>
    </message>
    <message>
        <source>The application's id.</source>
        <translation>Өтініштің идентификаторы.</translation>
    </message>
    <message>
        <source>The scan's SHA-256.</source>
        <translation>Сканның SHA-256 мәні.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Жазылатын файл.</translation>
    </message>
    <message>
        <source>--application, --sha256 and --out are required.</source>
        <translation>--application, --sha256 және --out міндетті.</translation>
    </message>
    <message>
        <source>"%1" cannot be written: %2</source>
        <translation>«%1» жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>scans encrypted at rest: status, encrypt, recover</source>
        <translation>сақтау кезінде шифрланған скандар: күйі, шифрлау, кілтті қалпына келтіру</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the journal to a new file while the desk runs. A plain backup (--to alone) holds the database only; an encrypted one (--encrypt-to) also carries the journal's scans and scan key. "backup keygen --out KEY --public PUB" makes the office's recovery key pair for encrypted backups.</source>
        <translation>Жұмыс орны жұмыс істеп тұрғанда журналдың келісілген көшірмесін жаңа файлға жазады. Қарапайым сақтық көшірмеде (тек --to) тек дерекқор болады; шифрланған көшірмеде (--encrypt-to) журналдың скандары мен скан кілті де болады. «backup keygen --out KEY --public PUB» шифрланған сақтық көшірмелер үшін бөлімшенің қалпына келтіру кілттерінің жұбын жасайды.</translation>
    </message>
    <message>
        <source>Puts a backup in the journal's place (which must be free: move the old journal aside first) and moves the registration numbers forward so none is reused. An encrypted backup brings the journal's scans and scan key back too.</source>
        <translation>Сақтық көшірмені журналдың орнына қояды (орын бос болуы керек: алдымен ескі журналды басқа жерге жылжытыңыз) және тіркеу нөмірлерін алға жылжытады, сонда ешбірі қайталанбайды. Шифрланған сақтық көшірме журналдың скандары мен скан кілтін де қайтарады.</translation>
    </message>
    <message>
        <source>The backup carries scans but no scan key: they open only with the original machine's key.</source>
        <translation>Сақтық көшірмеде скандар бар, бірақ скан кілті жоқ: олар тек бастапқы компьютердің кілтімен ашылады.</translation>
    </message>
</context>
<context>
    <name>Complaint</name>
    <message>
        <source>Unknown field "%1" in the complaint.</source>
        <translation>Шағымда белгісіз «%1» өрісі бар.</translation>
    </message>
    <message>
        <source>"subject" must be application, officer or employee.</source>
        <translation>«subject» мәні application, officer немесе employee болуы тиіс.</translation>
    </message>
    <message>
        <source>"application" must be an application id or registration number.</source>
        <translation>«application» өрісінде өтініштің идентификаторы немесе тіркеу нөмірі болуы тиіс.</translation>
    </message>
    <message>
        <source>A complaint about an application must name it in "application".</source>
        <translation>Өтініш бойынша шағымда өтініш «application» өрісінде көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>Name the officer or employee complained of in "subject_person".</source>
        <translation>Шағым берілген қызметкерді «subject_person» өрісінде көрсетіңіз.</translation>
    </message>
    <message>
        <source>"addressee" must be one of: %1.</source>
        <translation>«addressee» мәні мыналардың бірі болуы тиіс: %1.</translation>
    </message>
    <message>
        <source>"received" must be the registration date as YYYY-MM-DD.</source>
        <translation>«received» өрісінде ЖЖЖЖ-АА-КК түріндегі тіркелген күні болуы тиіс.</translation>
    </message>
    <message>
        <source>"channel" must be in_person, post, portal or email.</source>
        <translation>«channel» мәні in_person, post, portal немесе email болуы тиіс.</translation>
    </message>
    <message>
        <source>"complainant" is required.</source>
        <translation>«complainant» өрісі міндетті.</translation>
    </message>
    <message>
        <source>"substance" is required: what the complaint is about.</source>
        <translation>«substance» өрісі міндетті: шағымның мәні.</translation>
    </message>
    <message>
        <source>"act_learned" must be a date as YYYY-MM-DD.</source>
        <translation>«act_learned» мәні ЖЖЖЖ-АА-КК түріндегі күн болуы тиіс.</translation>
    </message>
    <message>
        <source>"%1" must be true or false.</source>
        <translation>«%1» мәні true немесе false болуы тиіс.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Шағымды тіркеу</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>Шағымның &amp;нысанасы:</translation>
    </message>
    <message>
        <source>What the complaint is about</source>
        <translation>Шағымның нысанасы</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>&amp;Өтініш:</translation>
    </message>
    <message>
        <source>Application registration number</source>
        <translation>Өтініштің тіркеу нөмірі</translation>
    </message>
    <message>
        <source>ALM01-02-000017-R</source>
        <translation>ALM01-02-000017-R</translation>
    </message>
    <message>
        <source>P&amp;erson complained of:</source>
        <translation>&amp;Шағым берілген тұлға:</translation>
    </message>
    <message>
        <source>Person complained of</source>
        <translation>Шағым жасалған адам</translation>
    </message>
    <message>
        <source>Addressed &amp;to:</source>
        <translation>Ад&amp;ресат:</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>Тіркелген &amp;күні:</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Arrived &amp;by:</source>
        <translation>Түсу &amp;арнасы:</translation>
    </message>
    <message>
        <source>How the complaint arrived</source>
        <translation>Шағымның түсу арнасы</translation>
    </message>
    <message>
        <source>Co&amp;mplainant:</source>
        <translation>Шағым &amp;беруші:</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Байланыс &amp;деректері:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>Шағымның &amp;мәні:</translation>
    </message>
    <message>
        <source>Substance of the complaint</source>
        <translation>Шағымның мәні</translation>
    </message>
    <message>
        <source>Learned of the act o&amp;n:</source>
        <translation>Акт туралы &amp;хабардар болған күні:</translation>
    </message>
    <message>
        <source>Learned of the act on</source>
        <translation>Акт туралы хабардар болған күні</translation>
    </message>
    <message>
        <source>The act said how to appeal it</source>
        <translation>Актіде шағымдану тәртібі түсіндірілген</translation>
    </message>
    <message>
        <source>The act gave appeal &amp;instructions (3 months to complain; otherwise 6)</source>
        <translation>Актіде шағымдану &amp;тәртібі түсіндірілген (шағым беруге 3 ай; әйтпесе 6 ай)</translation>
    </message>
    <message>
        <source>Lodged with the office whose act it concerns</source>
        <translation>Актісіне шағым жасалған органға берілген</translation>
    </message>
    <message>
        <source>Lodged with the office whose act it concerns: &amp;forward it within 3 working days</source>
        <translation>Актісіне шағым жасалған органға берілген: 3 жұмыс күні ішінде &amp;жіберу</translation>
    </message>
    <message>
        <source>Register or cancel</source>
        <translation>Тіркеу немесе болдырмау</translation>
    </message>
</context>
<context>
    <name>ComplaintLayout</name>
    <message>
        <source>The fonts of the printed documents could not be loaded.</source>
        <translation>Басып шығарылатын құжаттардың қаріптері жүктелмеді.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device (is the file writable?).</source>
        <translation>Құжатты шығыс құрылғысында бейнелеу мүмкін емес (файлға жазуға рұқсат бар ма?).</translation>
    </message>
</context>
<context>
    <name>ComplaintOutcomeDialog</name>
    <message>
        <source>Record an outcome</source>
        <translation>Нәтижені жазу</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Нәтиже:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Нәтиженің күні</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Деректемесі:</translation>
    </message>
    <message>
        <source>Reference of the act or decision</source>
        <translation>Актінің немесе шешімнің деректемесі</translation>
    </message>
    <message>
        <source>Forwarded &amp;to:</source>
        <translation>&amp;Жіберілген орган:</translation>
    </message>
    <message>
        <source>Reviewing body forwarded to</source>
        <translation>Шағым жіберілген, шағымды қарайтын орган</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Шешім:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>&amp;Working days added:</source>
        <translation>Қосылған &amp;жұмыс күндері:</translation>
    </message>
    <message>
        <source>Working days added</source>
        <translation>Қосылған жұмыс күндері</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Ұзарту себебі</translation>
    </message>
    <message>
        <source>Record or cancel</source>
        <translation>Жазу немесе болдырмау</translation>
    </message>
</context>
<context>
    <name>ComplaintRegister</name>
    <message>
        <source>Reading the complaint</source>
        <translation>Шағымды оқу</translation>
    </message>
    <message>
        <source>Saving the complaint</source>
        <translation>Шағымды сақтау</translation>
    </message>
    <message>
        <source>The complaint has no registration date.</source>
        <translation>Шағымның тіркелген күні жоқ.</translation>
    </message>
    <message>
        <source>The registration date %1 is in the future.</source>
        <translation>Тіркелген күні (%1) әлі келген жоқ.</translation>
    </message>
    <message>
        <source>The complainant cannot have learned of the act after the complaint was registered.</source>
        <translation>Шағым беруші акт туралы шағым тіркелгеннен кейін біле алмайды.</translation>
    </message>
    <message>
        <source>A complaint about an application must name the application.</source>
        <translation>Өтініш бойынша шағымда өтініш көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>There is no application %1 in the journal.</source>
        <translation>Журналда %1 идентификаторлы өтініш жоқ.</translation>
    </message>
    <message>
        <source>There is no complaint %1 in the register.</source>
        <translation>Тізілімде %1 идентификаторлы шағым жоқ.</translation>
    </message>
    <message>
        <source>The outcome needs its date.</source>
        <translation>Нәтиженің күні көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>The date %1 is before the complaint was registered (%2).</source>
        <translation>%1 күні шағым тіркелген күннен (%2) бұрын.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>%1 күні әлі келген жоқ.</translation>
    </message>
    <message>
        <source>The complaint is already finished (%1): nothing more can be recorded.</source>
        <translation>Шағым бойынша іс аяқталған (%1): бұдан әрі ештеңе жазуға болмайды.</translation>
    </message>
    <message>
        <source>A favourable act that keeps the complaint from being forwarded can only be recorded before it is forwarded; record the decision instead.</source>
        <translation>Шағымды жібермеуге негіз болатын қолайлы актіні шағым жіберілгенге дейін ғана жазуға болады; оның орнына шешімді жазыңыз.</translation>
    </message>
    <message>
        <source>The 3 working days ended on %1: after them the complaint must be forwarded; record the reviewing body's decision instead.</source>
        <translation>3 жұмыс күні %1 аяқталды: одан кейін шағым жіберілуі тиіс; оның орнына шағымды қарайтын органның шешімін жазыңыз.</translation>
    </message>
    <message>
        <source>This complaint was lodged directly with its reviewing body: it is not forwarded.</source>
        <translation>Бұл шағым тікелей шағымды қарайтын органға берілген: ол жіберілмейді.</translation>
    </message>
    <message>
        <source>The complaint was already forwarded.</source>
        <translation>Шағым бұрын жіберілген.</translation>
    </message>
    <message>
        <source>Say whether the complaint was satisfied or refused.</source>
        <translation>Шағымның қанағаттандырылғанын немесе оны қанағаттандырудан бас тартылғанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The decision needs its reference (number of the act).</source>
        <translation>Шешімнің деректемесі (актінің нөмірі) көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>The complaint goes to the reviewing body with the case file: record its forwarding first.</source>
        <translation>Шағым іс материалдарымен бірге шағымды қарайтын органға жіберіледі: алдымен оның жіберілгенін жазыңыз.</translation>
    </message>
    <message>
        <source>The decision cannot be dated before the forwarding (%1).</source>
        <translation>Шешімнің күні шағым жіберілген күннен (%1) бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>The review term of this addressee cannot be extended.</source>
        <translation>Бұл адресаттың қарау мерзімі ұзартылмайды.</translation>
    </message>
    <message>
        <source>The review term may be extended by %1 working days in all; %2 already used.</source>
        <translation>Қарау мерзімін барлығы %1 жұмыс күніне дейін ұзартуға болады; оның %2 күні пайдаланылды.</translation>
    </message>
    <message>
        <source>An extension needs its reason.</source>
        <translation>Ұзарту үшін себебін көрсету керек.</translation>
    </message>
    <message>
        <source>The review term ended on %1: it can no longer be extended.</source>
        <translation>Қарау мерзімі %1 аяқталды: оны енді ұзартуға болмайды.</translation>
    </message>
    <message>
        <source>The complaint changed meanwhile; open it again.</source>
        <translation>Осы уақыт ішінде шағым өзгерді; оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Reading the complaints</source>
        <translation>Шағымдарды оқу</translation>
    </message>
    <message>
        <source>A complaint about a State Corporation employee is addressed to the head of the State Corporation or to the authorized body for informatization (rules, paragraph 20).</source>
        <translation>Мемлекеттік корпорация қызметкерінің үстінен берілетін шағым Мемлекеттік корпорацияның басшысына немесе ақпараттандыру саласындағы уәкілетті органға жіберіледі (Қағидалардың 20-тармағы).</translation>
    </message>
</context>
<context>
    <name>ComplaintTerms</name>
    <message numerus="yes">
        <source>The complaint was filed after %1, more than %n month(s) after the complainant learned of the act (APC art. 92): a warning, not a ground to refuse it.</source>
        <translation>
            <numerusform>Шағым %1 күнінен кейін, шағым беруші акт туралы білген күннен бастап %n айдан астам уақыт өткен соң берілді (ӘРПК 92-бабы): бұл — ескерту, шағымды қабылдамауға негіз емес.</numerusform>
            <numerusform>Шағым %1 күнінен кейін, шағым беруші акт туралы білген күннен бастап %n айдан астам уақыт өткен соң берілді (ӘРПК 92-бабы): бұл — ескерту, шағымды қабылдамауға негіз емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar data for %1 is unconfirmed: check the due dates against the published decrees.</source>
        <translation>%1 жылғы күнтізбе деректері расталмаған: мерзімдердің аяқталу күндерін жарияланған қаулылармен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The calendar has no data for %1: the due dates count only the law's fixed holidays.</source>
        <translation>Күнтізбеде %1 жылға деректер жоқ: мерзімдер заңдағы тұрақты мерекелерді ғана ескеріп есептеледі.</translation>
    </message>
</context>
<context>
    <name>ComplaintTexts</name>
    <message>
        <source>A decision or (in)action on an application</source>
        <translation>Өтініш бойынша шешім, әрекет (әрекетсіздік)</translation>
    </message>
    <message>
        <source>An officer of the service provider</source>
        <translation>Көрсетілетін қызметті берушінің лауазымды адамы</translation>
    </message>
    <message>
        <source>A State Corporation employee</source>
        <translation>Мемлекеттік корпорацияның қызметкері</translation>
    </message>
    <message>
        <source>The service provider (5 working days)</source>
        <translation>Көрсетілетін қызметті беруші (5 жұмыс күні)</translation>
    </message>
    <message>
        <source>The quality-control authority (15 working days, up to 10 more)</source>
        <translation>Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган (15 жұмыс күні, тағы 10 күнге дейін ұзартылуы мүмкін)</translation>
    </message>
    <message>
        <source>The head of the State Corporation (5 working days)</source>
        <translation>Мемлекеттік корпорацияның басшысы (5 жұмыс күні)</translation>
    </message>
    <message>
        <source>The authorized body for informatization (15 working days, up to 10 more)</source>
        <translation>Ақпараттандыру саласындағы уәкілетті орган (15 жұмыс күні, тағы 10 күнге дейін ұзартылуы мүмкін)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Жеке өзі келіп</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Пошта арқылы</translation>
    </message>
    <message>
        <source>Through the e-government portal</source>
        <translation>«Электрондық үкімет» порталы арқылы</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Электрондық пошта арқылы</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>satisfied by a favourable act</source>
        <translation>қолайлы актімен қанағаттандырылды</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <source>decided: satisfied</source>
        <translation>шешім қабылданды: қанағаттандырылды</translation>
    </message>
    <message>
        <source>decided: refused</source>
        <translation>шешім қабылданды: қанағаттандырудан бас тартылды</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>жіберу</translation>
    </message>
    <message>
        <source>review</source>
        <translation>қарау</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>шешім қабылданды</translation>
    </message>
    <message>
        <source>review term extended</source>
        <translation>қарау мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>due dates recomputed after a calendar change</source>
        <translation>күнтізбе өзгергеннен кейін мерзімдер қайта есептелді</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE: %1 was due %2, %n working day(s) ago</source>
        <translation>
            <numerusform>МЕРЗІМІ ӨТКЕН: %1 — мерзімі %2 аяқталды, %n жұмыс күні бұрын</numerusform>
            <numerusform>МЕРЗІМІ ӨТКЕН: %1 — мерзімі %2 аяқталды, %n жұмыс күні бұрын</numerusform>
        </translation>
    </message>
    <message>
        <source>DUE TODAY: %1 by %2</source>
        <translation>МЕРЗІМІ БҮГІН: %1 — %2 дейін</translation>
    </message>
    <message numerus="yes">
        <source>Due soon: %1 by %2, %n working day(s) left</source>
        <translation>
            <numerusform>Мерзімі жақындады: %1 — %2 дейін, %n жұмыс күні қалды</numerusform>
            <numerusform>Мерзімі жақындады: %1 — %2 дейін, %n жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 due %2, %n working day(s) left</source>
        <translation>
            <numerusform>%1 — %2 дейін, %n жұмыс күні қалды</numerusform>
            <numerusform>%1 — %2 дейін, %n жұмыс күні қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 met on %2 (due %3)</source>
        <translation>%1 — %2 орындалды (мерзімі %3)</translation>
    </message>
    <message>
        <source>%1 done late on %2 (due %3)</source>
        <translation>%1 — %2 кешігіп орындалды (мерзімі %3)</translation>
    </message>
    <message>
        <source>no open term</source>
        <translation>ағымдағы мерзім жоқ</translation>
    </message>
    <message>
        <source>deemed refused (no decision in time)</source>
        <translation>бас тарту деп саналады (шешім мерзімінде қабылданбады)</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>%1 идентификаторлы өтініш</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>№ %1 шағым</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Түсу тәсілі</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Шағымның нысанасы</translation>
    </message>
    <message>
        <source>Person complained of</source>
        <translation>Шағым жасалған адам</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Шағым беруші</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс деректері</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Шағымның мәні</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message numerus="yes">
        <source>Term: %1 (%n working day(s))</source>
        <translation>
            <numerusform>Мерзім: %1 (%n жұмыс күні)</numerusform>
            <numerusform>Мерзім: %1 (%n жұмыс күні)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deemed refusal</source>
        <translation>Бас тарту деп саналады</translation>
    </message>
    <message>
        <source>No decision by the review term: the complainant may treat it as a refusal (APC art. 100 p.5).</source>
        <translation>Қарау мерзімінде шешім қабылданбады: шағым беруші мұны бас тарту деп санауға құқылы (ӘРПК 100-бабының 5-тармағы).</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Шағымдану мерзімі</translation>
    </message>
    <message>
        <source>filed after the last day to complain, %1</source>
        <translation>шағымдану мерзімі өткеннен кейін берілді, соңғы күні — %1</translation>
    </message>
    <message>
        <source>in time (last day %1)</source>
        <translation>мерзімінде (соңғы күні — %1)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>%1 on %2 by %3</source>
        <translation>%1 — %2, оператор %3</translation>
    </message>
    <message numerus="yes">
        <source>+%n working day(s)</source>
        <translation>
            <numerusform>+%n жұмыс күні</numerusform>
            <numerusform>+%n жұмыс күні</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Show which complaints</source>
        <translation>Қандай шағымдарды көрсету</translation>
    </message>
    <message>
        <source>Number of complaints shown</source>
        <translation>Көрсетілген шағымдар саны</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Шағымның нысанасы</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Келесі мерзім</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Complaint &amp;details (opening one is recorded in the audit trail):</source>
        <translation>Шағым туралы &amp;мәліметтер (ашу аудит журналына жазылады):</translation>
    </message>
    <message>
        <source>Complaint details</source>
        <translation>Шағым туралы мәліметтер</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>Шағымды тіркеу</translation>
    </message>
    <message>
        <source>&amp;Register a complaint…</source>
        <translation>Шағымды &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Open the selected complaint</source>
        <translation>Таңдалған шағымды ашу</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Record an outcome</source>
        <translation>Нәтижені жазу</translation>
    </message>
    <message>
        <source>Record an &amp;outcome…</source>
        <translation>&amp;Нәтижені жазу…</translation>
    </message>
    <message>
        <source>Export the summary to PDF</source>
        <translation>Қорытындыны PDF-ке шығару</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>PDF-ке &amp;шығару…</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Тізімді жаңарту</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Reading the time of the last backup</source>
        <translation>Соңғы сақтық көшірменің уақытын оқу</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Counting the applications per day</source>
        <translation>Күн сайынғы өтініштерді санау</translation>
    </message>
    <message>
        <source>Counting the outbox's entries by age</source>
        <translation>Жіберу кезегіндегі сұрау салуларды күту уақыты бойынша санау</translation>
    </message>
    <message>
        <source>Counting the certificates not handed over</source>
        <translation>Берілмеген куәліктерді санау</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database "%1" cannot be read: %2</source>
        <translation>«%1» дерекқорын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation>SQLite дерекқоры емес</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>"%1" is not a database file.</source>
        <translation>«%1» дерекқор файлы емес.</translation>
    </message>
    <message>
        <source>The database "%1" is read-only: the desk needs to write to it.</source>
        <translation>«%1» дерекқоры тек оқуға арналған: жұмыс орны оған жаза алуы тиіс.</translation>
    </message>
    <message>
        <source>The folder "%1" cannot be created.</source>
        <translation>«%1» қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Дерекқорды тексеру</translation>
    </message>
    <message>
        <source>This SQLite build cannot enforce foreign keys.</source>
        <translation>SQLite-тің бұл жинағы сыртқы кілттердің (foreign keys) тұтастығын қамтамасыз ете алмайды.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Транзакцияны бастау</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>The database file "%1" cannot be created.</source>
        <translation>«%1» дерекқор файлын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The journal "%1" must be upgraded from schema %2 to %3, and a backup of it is made first. The backup failed, so nothing was changed. %4 Make the folder "%5" writable for this user and free some disk space there, then start the program again.</source>
        <translation>«%1» журналын %2-схемадан %3-схемаға жаңарту қажет, ал алдымен оның сақтық көшірмесі жасалады. Сақтық көшірме жасалмады, сондықтан ештеңе өзгертілген жоқ. %4 «%5» қалтасына осы пайдаланушының жазуына рұқсат беріңіз және ондағы дискіде орын босатыңыз, содан кейін бағдарламаны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The journal "%1" was written by a newer version of IIN Desk: its schema is %2, and this program knows schemas up to %3. The file was left unchanged. Install the newer version again, or restore the backup made before it was upgraded.</source>
        <translation>«%1» журналын ЖСН жұмыс орнының жаңарақ нұсқасы жазған: оның схемасы — %2, ал бұл бағдарлама %3-схемаға дейінгілерді ғана біледі. Файл өзгеріссіз қалдырылды. Жаңарақ нұсқаны қайта орнатыңыз немесе жаңартудың алдында жасалған сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The journal "%1" was written by a newer version of IIN Desk: its schema is %2, and this program, version %3, knows schemas up to %4. The file was left unchanged. Install the newer version again, or restore the backup made before it was upgraded.</source>
        <translation>«%1» журналын ЖСН жұмыс орнының жаңарақ нұсқасы жазған: оның схемасы — %2, ал бұл бағдарлама (нұсқасы %3) %4-схемаға дейінгілерді ғана біледі. Файл өзгеріссіз қалдырылды. Жаңарақ нұсқаны қайта орнатыңыз немесе жаңартудың алдында жасалған сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
</context>
<context>
    <name>DeskCredentials</name>
    <message>
        <source>Cannot read the desks file %1: %2</source>
        <translation>%1 жұмыс орындары файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Desks file %1, line %2: expected "desk-id sha256-hex"</source>
        <translation>%1 жұмыс орындары файлы, %2-жол: «desk-id sha256-hex» түріндегі жол күтіледі</translation>
    </message>
    <message>
        <source>A desk id is 1 to 64 letters, digits, '.', '_' or '-'.</source>
        <translation>Жұмыс орнының идентификаторы 1–64 таңбадан тұрады: латын әріптері, цифрлар, «.», «_» немесе «-».</translation>
    </message>
    <message>
        <source>No desk "%1".</source>
        <translation>«%1» жұмыс орны жоқ.</translation>
    </message>
</context>
<context>
    <name>DeskKeyCertificate</name>
    <message>
        <source>The certification of a desk key is malformed.</source>
        <translation>Жұмыс орны кілтінің куәландырылуы қате құрылған.</translation>
    </message>
</context>
<context>
    <name>DeskKeyStore</name>
    <message>
        <source>Saving the desk key's certification</source>
        <translation>Жұмыс орны кілтінің куәландырылуын сақтау</translation>
    </message>
    <message>
        <source>Reading the desk key's certification</source>
        <translation>Жұмыс орны кілтінің куәландырылуын оқу</translation>
    </message>
</context>
<context>
    <name>DeskKeys</name>
    <message>
        <source>Registry database: %1</source>
        <translation>Тізілімнің дерекқоры: %1</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>Desk credential: enter the desk identifier and the token issued for this desk by the registry.</source>
        <translation>Жұмыс орнының тіркелгі деректері: жұмыс орнының идентификаторын және тізілім осы жұмыс орнына берген токенді енгізіңіз.</translation>
    </message>
    <message>
        <source>Office code: use 2 to 8 capital Latin letters or digits, e.g. ALM01.</source>
        <translation>Бөлімшенің коды: 2–8 бас латын әрпін немесе цифрды пайдаланыңыз, мысалы ALM01.</translation>
    </message>
    <message>
        <source>Desk code: use 1 to 4 capital Latin letters or digits, e.g. 02.</source>
        <translation>Жұмыс орнының коды: 1–4 бас латын әрпін немесе цифрды пайдаланыңыз, мысалы 02.</translation>
    </message>
    <message>
        <source>Lock after idle: choose between 1 and 240 minutes.</source>
        <translation>Әрекетсіздіктен кейін бұғаттау: 1-ден 240 минутқа дейінгі мәнді таңдаңыз.</translation>
    </message>
    <message>
        <source>Default language: choose Kazakh, Russian or English.</source>
        <translation>Әдепкі тіл: қазақ, орыс немесе ағылшын тілін таңдаңыз.</translation>
    </message>
    <message>
        <source>Registry's TLS certificate: choose a readable PEM file holding a certificate, or leave it empty.</source>
        <translation>Тізілімнің TLS сертификаты: сертификаты бар оқылатын PEM файлын таңдаңыз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Registry address: enter an address starting with https://, or leave it empty for the training registry.</source>
        <translation>Тізілімнің мекенжайы: https:// деп басталатын мекенжайды енгізіңіз немесе оқу тізілімі үшін өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Registry address: http:// would send the desk credential and the applicants' data unencrypted over the network. Use https:// (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>Тізілімнің мекенжайы: http:// жұмыс орнының тіркелгі деректері мен өтініш берушілердің деректерін желі арқылы шифрланбаған күйде жіберер еді. https:// пайдаланыңыз (http:// тек осы компьютер үшін қабылданады: localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be made private to this user.</source>
        <translation>%1 баптаулар файлына тек осы пайдаланушы қол жеткізетін етіп орнату мүмкін емес.</translation>
    </message>
    <message>
        <source>The settings could not be written to %1 (disk full or read-only?): nothing was changed.</source>
        <translation>Баптауларды %1 файлына жазу мүмкін болмады (диск толы ма, әлде тек оқуға арналған ба?): ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Passport reader's speed: choose between 300 and 921600 baud (most readers use 9600).</source>
        <translation>Паспорт оқу құрылғысының жылдамдығы: 300-ден 921600 бодқа дейін таңдаңыз (көп құрылғы 9600 пайдаланады).</translation>
    </message>
    <message>
        <source>Passport reader's data bits, parity and stop bits: choose from the lists (most readers use 8, none, 1).</source>
        <translation>Паспорт оқу құрылғысының деректер биттері, жұптығы және тоқтату биттері: тізімнен таңдаңыз (көп құрылғы 8, жоқ, 1 пайдаланады).</translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Журналды оқу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>The diagnostics archive could not be made.</source>
        <translation>Диагностика мұрағатын жасау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>DocumentJsonReader</name>
    <message>
        <source>The field "%1" is required.</source>
        <translation>«%1» өрісін толтыру міндетті.</translation>
    </message>
    <message>
        <source>The field "%1" must be a string.</source>
        <translation>«%1» өрісі мәтін жолы болуы тиіс.</translation>
    </message>
    <message>
        <source>The field "%1" must be a date written YYYY-MM-DD.</source>
        <translation>«%1» өрісі ЖЖЖЖ-АА-КК түрінде жазылған күн болуы тиіс.</translation>
    </message>
    <message>
        <source>The field "%1" must be a date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>«%1» өрісі YYYY-MM-DDTHH:MM түрінде жазылған күн мен уақыт болуы тиіс.</translation>
    </message>
    <message>
        <source>The field "%1" must be true or false.</source>
        <translation>«%1» өрісі true немесе false болуы тиіс.</translation>
    </message>
    <message>
        <source>The field "%1" must be a whole number.</source>
        <translation>«%1» өрісі бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>The field "%1" must be an object.</source>
        <translation>«%1» өрісі объект болуы тиіс.</translation>
    </message>
    <message>
        <source>The field "%1" names an unknown document type.</source>
        <translation>«%1» өрісінде құжаттың белгісіз түрі көрсетілген.</translation>
    </message>
    <message>
        <source>The field "%1" must be a non-empty list.</source>
        <translation>«%1» өрісі бос емес тізім болуы тиіс.</translation>
    </message>
    <message>
        <source>The field "%1" (or its Russian twin "ru") is required.</source>
        <translation>«%1» өрісін (немесе оның орысша баламасы «ru» өрісін) толтыру міндетті.</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <source>Painting documents needs a graphical application object.</source>
        <translation>Құжаттарды бейнелеу үшін графикалық қолданба объектісі қажет.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 файлын жазу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Reading the application</source>
        <translation>Өтінішті оқу</translation>
    </message>
    <message>
        <source>There is no application %1 in the journal.</source>
        <translation>Журналда %1 идентификаторлы өтініш жоқ.</translation>
    </message>
    <message>
        <source>The stored application %1 cannot be read.</source>
        <translation>Сақталған %1 өтінішін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Issuing a certificate number</source>
        <translation>Куәлік нөмірін беру</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Аудит журналын оқу</translation>
    </message>
    <message>
        <source>Application %1 is "%2": it has no IIN yet, so there is no certificate to print.</source>
        <translation>%1 өтініш «%2» мәртебесінде: оған әлі ЖСН берілмеген, сондықтан басып шығаратын куәлік жоқ.</translation>
    </message>
    <message>
        <source>Application %1 is "%2": it was neither accepted nor refused at the counter, so there is no receipt to print.</source>
        <translation>%1 өтініш «%2» мәртебесінде: ол қабылдау кезінде қабылданбаған да, одан бас тартылмаған да, сондықтан басып шығаратын қолхат жоқ.</translation>
    </message>
    <message>
        <source>Application %1 changed while the receipt was being prepared; print it again.</source>
        <translation>Қолхат дайындалып жатқанда %1 өтініші өзгерді; қолхатты қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Application %1 has no attestation from the registry (its IIN came from a registry that does not sign, or before it did): a real certificate cannot be signed.</source>
        <translation>%1 өтінішінде тізілімнің растауы жоқ (оның ЖСН-і қол қоймайтын тізілімнен немесе тізілім қол қоя бастағанға дейін келген): нақты куәлікке қол қою мүмкін емес.</translation>
    </message>
    <message>
        <source>The desk key "%1" is not certified by the registry yet: sync with the registry first.</source>
        <translation>«%1» жұмыс орны кілтін тізілім әлі куәландырған жоқ: алдымен тізіліммен синхрондаңыз.</translation>
    </message>
    <message>
        <source>The desk key "%1" is certified for %2 to %3 only: make a new desk key and sync.</source>
        <translation>«%1» жұмыс орны кілті тек %2 мен %3 аралығына куәландырылған: жұмыс орнының жаңа кілтін жасап, синхрондаңыз.</translation>
    </message>
    <message>
        <source>A real certificate is signed with this desk's own key, which the registry certifies at the desk's first sync; none was given.</source>
        <translation>Нақты куәлікке осы жұмыс орнының өз кілтімен қол қойылады, оны тізілім жұмыс орнының алғашқы синхрондауы кезінде куәландырады; кілт берілмеді.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft has no valid identifier.</source>
        <translation>Жобаның дұрыс идентификаторы жоқ.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created; check the disk and its permissions.</source>
        <translation>%1 жобалар қалтасын жасау мүмкін емес; дискіні және оған қатынау құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>The draft cannot be saved to %1: %2</source>
        <translation>Жобаны %1 қалтасына сақтау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The draft %1 cannot be read.</source>
        <translation>%1 жобасын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The draft cannot be removed: %1</source>
        <translation>Жобаны жою мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unfinished applications</source>
        <translation>Аяқталмаған өтініштер</translation>
    </message>
    <message>
        <source>Unfinished applications summary</source>
        <translation>Аяқталмаған өтініштер туралы жиынтық</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Жалғастыру</translation>
    </message>
    <message>
        <source>Resume the selected application</source>
        <translation>Таңдалған өтінішті толтыруды жалғастыру</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>Ж&amp;ою…</translation>
    </message>
    <message>
        <source>Discard the selected application</source>
        <translation>Таңдалған өтінішті жою</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Кейінірек</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
</context>
<context>
    <name>EncryptedBackup</name>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>Шифрлау кітапханасын іске қосу мүмкін емес.</translation>
    </message>
    <message>
        <source>The data key cannot be sealed to the recovery key.</source>
        <translation>Деректер кілтін қалпына келтіру кілтімен мөрлеу мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot write the encrypted data: %1</source>
        <translation>Шифрланған деректерді жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>This is not an encrypted backup of the desk.</source>
        <translation>Бұл жұмыс орнының шифрланған сақтық көшірмесі емес.</translation>
    </message>
    <message>
        <source>The file ends inside its header: it was cut short.</source>
        <translation>Файл тақырыбының ішінде үзіледі: ол қысқартылған.</translation>
    </message>
    <message>
        <source>The backup is in format version %1; this desk reads version %2. Restore it with a newer version of the desk.</source>
        <translation>Сақтық көшірме %1 нұсқалы пішімде; бұл жұмыс орны %2 нұсқасын оқиды. Оны жұмыс орнының жаңарақ нұсқасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The backup uses encryption algorithm %1, which this desk does not know.</source>
        <translation>Сақтық көшірме осы жұмыс орнына белгісіз %1 шифрлау алгоритмін пайдаланады.</translation>
    </message>
    <message>
        <source>The backup was made for another recovery key: %1 (the key given is %2).</source>
        <translation>Сақтық көшірме басқа қалпына келтіру кілтіне жасалған: %1 (көрсетілген кілт — %2).</translation>
    </message>
    <message>
        <source>The file was changed or damaged: its sealed key does not open.</source>
        <translation>Файл өзгертілген немесе зақымдалған: оның мөрленген кілті ашылмайды.</translation>
    </message>
    <message>
        <source>"%1" already exists: choose a new file for the backup.</source>
        <translation>«%1» бұрыннан бар: сақтық көшірме үшін жаңа файл таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself.</source>
        <translation>Сақтық көшірмені дерекқордың өзінің үстіне жазуға болмайды.</translation>
    </message>
    <message>
        <source>Cannot make a private folder for the backup's copy: %1</source>
        <translation>Журнал көшірмесі үшін жабық қалта жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The backup file "%1" cannot be created: %2</source>
        <translation>«%1» сақтық көшірме файлын жасау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The backup file "%1" cannot be written: %2</source>
        <translation>«%1» сақтық көшірме файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>%1 сақтық көшірме файлы жоқ.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Cannot make a private folder to decrypt the backup in: %1</source>
        <translation>Сақтық көшірмені шифрдан шығару үшін жабық қалта жасау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 already exists: move the old journal's scans and scan key aside first; the restore never overwrites them.</source>
        <translation>%1 бұрыннан бар: алдымен ескі журналдың скандары мен скан кілтін басқа жерге жылжытыңыз; қалпына келтіру оларды ешқашан қайта жазбайды.</translation>
    </message>
    <message>
        <source>Cannot move the scans to %1.</source>
        <translation>Скандарды %1 ішіне жылжыту мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot move the scan key's file to %1.</source>
        <translation>Скан кілтінің файлын %1 орнына жылжыту мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>FileSync</name>
    <message>
        <source>Cannot open %1 to sync it: %2.</source>
        <translation>%1 дискіге жазу үшін ашылмайды: %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>%1 дискіге жазылмайды: %2.</translation>
    </message>
</context>
<context>
    <name>FindApplication</name>
    <message>
        <source>"%1" names more than one application; give its registration number.</source>
        <translation>«%1» бірнеше өтінішке сәйкес келеді; өтініштің тіркеу нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no application "%1" in the journal. Give its registration number, IIN or id.</source>
        <translation>Журналда «%1» өтініші жоқ. Өтініштің тіркеу нөмірін, ЖСН-ін немесе идентификаторын көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Representative's document number (document_number) is empty: type the number of the identity document the representative presented.</source>
        <translation>Өкіл құжатының нөмірі (document_number) толтырылмаған: өкіл көрсеткен жеке басын куәландыратын құжаттың нөмірін теріңіз.</translation>
    </message>
    <message>
        <source>Document number (document_number) is empty: type the number of the document shown from the digital documents service.</source>
        <translation>Құжаттың нөмірі (document_number) толтырылмаған: цифрлық құжаттар сервисінен көрсетілген құжаттың нөмірін теріңіз.</translation>
    </message>
    <message>
        <source>Identity document number (document_number) is empty: type the number of the identity document the person presented.</source>
        <translation>Жеке басын куәландыратын құжаттың нөмірі (document_number) толтырылмаған: адам көрсеткен жеке басын куәландыратын құжаттың нөмірін теріңіз.</translation>
    </message>
    <message>
        <source>Document number (document_number) is longer than %1 characters: type the number as printed on the document.</source>
        <translation>Құжаттың нөмірі (document_number) %1 таңбадан ұзын: нөмірді құжатта басылғандай етіп теріңіз.</translation>
    </message>
    <message>
        <source>Reference of the digital document (digital_reference) is longer than %1 characters: type the code the service shows, or leave it empty.</source>
        <translation>Цифрлық құжаттың деректемесі (digital_reference) %1 таңбадан ұзын: сервис көрсететін кодты теріңіз немесе өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Representative's name (representative_name) is empty: type the surname and given name as in the representative's identity document.</source>
        <translation>Өкілдің аты-жөні (representative_name) толтырылмаған: тегі мен атын өкілдің жеке басын куәландыратын құжатындағыдай етіп теріңіз.</translation>
    </message>
    <message>
        <source>Representative's name (representative_name) is longer than %1 characters: type the name as in the identity document.</source>
        <translation>Өкілдің аты-жөні (representative_name) %1 таңбадан ұзын: аты-жөнін жеке басын куәландыратын құжаттағыдай етіп теріңіз.</translation>
    </message>
    <message>
        <source>Power of attorney number (power_of_attorney.number) is empty: type the number of the document that states the representative's powers.</source>
        <translation>Сенімхаттың нөмірі (power_of_attorney.number) толтырылмаған: өкілдің өкілеттігін растайтын құжаттың нөмірін теріңіз.</translation>
    </message>
    <message>
        <source>Date of the power of attorney (power_of_attorney.date) is missing: type the date it was issued.</source>
        <translation>Сенімхаттың берілген күні (power_of_attorney.date) көрсетілмеген: оның берілген күнін теріңіз.</translation>
    </message>
    <message>
        <source>Date of the power of attorney (power_of_attorney.date) is after today: check the date on the document.</source>
        <translation>Сенімхаттың берілген күні (power_of_attorney.date) бүгінгі күннен кейін: құжаттағы күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>Issued by (power_of_attorney.issued_by) is empty: type the notary or other issuer of the power of attorney.</source>
        <translation>Сенімхатты кім бергені (power_of_attorney.issued_by) көрсетілмеген: сенімхатты берген нотариусты немесе өзге тұлғаны көрсетіңіз.</translation>
    </message>
    <message>
        <source>Power of attorney valid until (power_of_attorney.valid_until) is before its date: check the dates on the document.</source>
        <translation>Сенімхаттың жарамдылық мерзімі (power_of_attorney.valid_until) оның берілген күнінен бұрын: құжаттағы күндерді тексеріңіз.</translation>
    </message>
    <message>
        <source>The power of attorney expired on %1 (power_of_attorney.valid_until): the certificate cannot be handed over on it; ask for a valid one.</source>
        <translation>Сенімхаттың мерзімі %1 аяқталған (power_of_attorney.valid_until): ол бойынша куәлікті беруге болмайды; жарамды сенімхат сұраңыз.</translation>
    </message>
    <message>
        <source>Representative's name (representative_name) is given, but the certificate is not handed to a representative: choose the representative or clear the name.</source>
        <translation>Өкілдің аты-жөні (representative_name) көрсетілген, бірақ куәлік өкілге берілмейді: өкілге беруді таңдаңыз немесе аты-жөнін өшіріңіз.</translation>
    </message>
    <message>
        <source>A power of attorney (power_of_attorney) is given, but the certificate is not handed to a representative: choose the representative or clear it.</source>
        <translation>Сенімхат (power_of_attorney) көрсетілген, бірақ куәлік өкілге берілмейді: өкілге беруді таңдаңыз немесе сенімхат туралы деректерді өшіріңіз.</translation>
    </message>
    <message>
        <source>Reference of the digital document (digital_reference) is given, but no document from the digital documents service was shown: choose that way or clear the reference.</source>
        <translation>Цифрлық құжаттың деректемесі (digital_reference) көрсетілген, бірақ цифрлық құжаттар сервисінен құжат көрсетілмеген: осы тәсілді таңдаңыз немесе деректемені өшіріңіз.</translation>
    </message>
    <message>
        <source>Saving the handover</source>
        <translation>Куәлікті беру туралы мәліметтерді сақтау</translation>
    </message>
    <message>
        <source>Reading the handover</source>
        <translation>Куәлікті беру туралы мәліметтерді оқу</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the registration certificate</source>
        <translation>Тіркеу куәлігін беру</translation>
    </message>
    <message>
        <source>Paragraph 11-1 of the rules: the certificate is handed over on the person's identity document, on an electronic document from the digital documents service, or to a representative acting on a document that states the representative's powers.</source>
        <translation>Қағидалардың 11-1-тармағы: куәлік адамның жеке басын куәландыратын құжатын не цифрлық құжаттар сервисінен алынған электрондық құжатты көрсеткен кезде не өкілдің өкілеттіктері көрсетілген құжат негізінде әрекет ететін өкілге беріледі.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Кімге берілді</translation>
    </message>
    <message>
        <source>To the &amp;person, on the identity document presented</source>
        <translation>&amp;Адамның өзіне, көрсетілген жеке басын куәландыратын құжат бойынша</translation>
    </message>
    <message>
        <source>To the person, on the identity document presented</source>
        <translation>Адамның өзіне, көрсетілген жеке басын куәландыратын құжат бойынша</translation>
    </message>
    <message>
        <source>To the person, on an electronic document from the &amp;digital documents service</source>
        <translation>Адамның өзіне, &amp;цифрлық құжаттар сервисіндегі электрондық құжат бойынша</translation>
    </message>
    <message>
        <source>To the person, on an electronic document from the digital documents service</source>
        <translation>Адамның өзіне, цифрлық құжаттар сервисіндегі электрондық құжат бойынша</translation>
    </message>
    <message>
        <source>To a &amp;representative, on a power of attorney</source>
        <translation>&amp;Өкілге, сенімхат бойынша</translation>
    </message>
    <message>
        <source>To a representative, on a power of attorney</source>
        <translation>Өкілге, сенімхат бойынша</translation>
    </message>
    <message>
        <source>Representative's na&amp;me:</source>
        <translation>Өкілдің аты-&amp;жөні:</translation>
    </message>
    <message>
        <source>Representative's name</source>
        <translation>Өкілдің аты-жөні</translation>
    </message>
    <message>
        <source>Surname and given name as in the representative's identity document</source>
        <translation>Өкілдің жеке басын куәландыратын құжатындағыдай тегі мен аты</translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation>Құжаттың &amp;түрі:</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Құжаттың түрі</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>Құжаттың &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжаттың нөмірі</translation>
    </message>
    <message>
        <source>Re&amp;ference shown by the service (if any):</source>
        <translation>Сервис көрсеткен &amp;деректеме (бар болса):</translation>
    </message>
    <message>
        <source>Reference shown by the digital documents service</source>
        <translation>Цифрлық құжаттар сервисі көрсеткен деректеме</translation>
    </message>
    <message>
        <source>Power of &amp;attorney number:</source>
        <translation>&amp;Сенімхаттың нөмірі:</translation>
    </message>
    <message>
        <source>Power of attorney number</source>
        <translation>Сенімхаттың нөмірі</translation>
    </message>
    <message>
        <source>Dat&amp;e of the power of attorney:</source>
        <translation>Сенімхаттың &amp;берілген күні:</translation>
    </message>
    <message>
        <source>Date of the power of attorney</source>
        <translation>Сенімхаттың берілген күні</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Кім берген:</translation>
    </message>
    <message>
        <source>Power of attorney issued by</source>
        <translation>Сенімхатты кім берген</translation>
    </message>
    <message>
        <source>The notary or other issuer of the power of attorney</source>
        <translation>Сенімхатты берген нотариус немесе өзге тұлға</translation>
    </message>
    <message>
        <source>&amp;Valid until (if limited):</source>
        <translation>Жарамдылық &amp;мерзімі (шектелген болса):</translation>
    </message>
    <message>
        <source>Power of attorney valid until</source>
        <translation>Сенімхаттың жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Document on file</source>
        <translation>Істегі құжат</translation>
    </message>
    <message>
        <source>The number presented is not the number on file</source>
        <translation>Көрсетілген нөмір істегі нөмірмен сәйкес келмейді</translation>
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
    <name>IntakeForm</name>
    <message>
        <source>Intake form</source>
        <translation>Өтінішті қабылдау нысаны</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>Өтініш нысаны</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Өтініш беру арнасы:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Өтініш беру арнасы</translation>
    </message>
    <message>
        <source>Date of submission:</source>
        <translation>Өтініш берілген күні:</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Өтініш берілген күні</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <source>&amp;Surname (Cyrillic):</source>
        <translation>Те&amp;гі (кириллицамен):</translation>
    </message>
    <message>
        <source>Surname (Cyrillic)</source>
        <translation>Тегі (кириллицамен)</translation>
    </message>
    <message>
        <source>Given name (Cyrillic):</source>
        <translation>Аты (кириллицамен):</translation>
    </message>
    <message>
        <source>Given name (Cyrillic)</source>
        <translation>Аты (кириллицамен)</translation>
    </message>
    <message>
        <source>Patronymic, if any (Cyrillic):</source>
        <translation>Әкесінің аты, бар болса (кириллицамен):</translation>
    </message>
    <message>
        <source>Patronymic, if any (Cyrillic)</source>
        <translation>Әкесінің аты, бар болса (кириллицамен)</translation>
    </message>
    <message>
        <source>Surname in Lat&amp;in letters:</source>
        <translation>Тегі (&amp;латын әріптерімен):</translation>
    </message>
    <message>
        <source>Surname in Latin letters</source>
        <translation>Тегі (латын әріптерімен)</translation>
    </message>
    <message>
        <source>Given name in Latin letters:</source>
        <translation>Аты (латын әріптерімен):</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Аты (латын әріптерімен)</translation>
    </message>
    <message>
        <source>Patronymic, if any, in Latin letters:</source>
        <translation>Әкесінің аты, бар болса (латын әріптерімен):</translation>
    </message>
    <message>
        <source>Patronymic, if any, in Latin letters</source>
        <translation>Әкесінің аты, бар болса (латын әріптерімен)</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Т&amp;уған күні:</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Place of birth:</source>
        <translation>Туған жері:</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>&amp;Citizenship:</source>
        <translation>А&amp;заматтығы:</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation>Құжаттың түрі:</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Құжаттың түрі</translation>
    </message>
    <message>
        <source>Document n&amp;umber:</source>
        <translation>Құжаттың &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжаттың нөмірі</translation>
    </message>
    <message>
        <source>Issuing state:</source>
        <translation>Құжатты берген мемлекет:</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Құжатты берген мемлекет</translation>
    </message>
    <message>
        <source>Issuing authority:</source>
        <translation>Құжатты берген орган:</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation>Құжатты берген орган</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>Берілген күні:</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Valid until (empty if unlimited):</source>
        <translation>Жарамдылық мерзімі (мерзімсіз болса, бос):</translation>
    </message>
    <message>
        <source>Valid until (empty if unlimited)</source>
        <translation>Жарамдылық мерзімі (мерзімсіз болса, бос)</translation>
    </message>
    <message>
        <source>The document gives the surname, given name, patronymic and place of birth in Cyrillic or Latin letters</source>
        <translation>Құжатта тегі, аты, әкесінің аты және туған жері кирилл немесе латын әріптерімен көрсетілген</translation>
    </message>
    <message>
        <source>Shown from the digital documents service</source>
        <translation>Цифрлық құжаттар сервисінен көрсетілді</translation>
    </message>
    <message>
        <source>Stay and contacts</source>
        <translation>Болу туралы және байланыс деректері</translation>
    </message>
    <message>
        <source>Address of sta&amp;y:</source>
        <translation>&amp;Болатын мекенжайы:</translation>
    </message>
    <message>
        <source>Address of stay</source>
        <translation>Болатын мекенжайы</translation>
    </message>
    <message>
        <source>Purpose of stay:</source>
        <translation>Болу мақсаты:</translation>
    </message>
    <message>
        <source>Purpose of stay</source>
        <translation>Болу мақсаты</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электрондық пошта:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>C&amp;onsent to the collection and processing of personal data given</source>
        <translation>&amp;Дербес деректерді жинауға және өңдеуге келісім берілді</translation>
    </message>
    <message>
        <source>Consent to the collection and processing of personal data given</source>
        <translation>Дербес деректерді жинауға және өңдеуге келісім берілді</translation>
    </message>
    <message>
        <source>Applies through a r&amp;epresentative</source>
        <translation>Өкіл арқылы &amp;жүгінеді</translation>
    </message>
    <message>
        <source>Applies through a representative</source>
        <translation>Өкіл арқылы жүгінеді</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Representative's surname:</source>
        <translation>Өкілдің тегі:</translation>
    </message>
    <message>
        <source>Representative's surname</source>
        <translation>Өкілдің тегі</translation>
    </message>
    <message>
        <source>Representative's given name:</source>
        <translation>Өкілдің аты:</translation>
    </message>
    <message>
        <source>Representative's given name</source>
        <translation>Өкілдің аты</translation>
    </message>
    <message>
        <source>Representative's patronymic, if any:</source>
        <translation>Өкілдің әкесінің аты (бар болса):</translation>
    </message>
    <message>
        <source>Representative's patronymic, if any</source>
        <translation>Өкілдің әкесінің аты (бар болса)</translation>
    </message>
    <message>
        <source>Representative's IIN, if any:</source>
        <translation>Өкілдің ЖСН-і (бар болса):</translation>
    </message>
    <message>
        <source>Representative's IIN, if any</source>
        <translation>Өкілдің ЖСН-і (бар болса)</translation>
    </message>
    <message>
        <source>Representative's identity document:</source>
        <translation>Өкілдің жеке басын куәландыратын құжаты:</translation>
    </message>
    <message>
        <source>Representative's identity document</source>
        <translation>Өкілдің жеке басын куәландыратын құжаты</translation>
    </message>
    <message>
        <source>Representative's document number:</source>
        <translation>Өкіл құжатының нөмірі:</translation>
    </message>
    <message>
        <source>Representative's document number</source>
        <translation>Өкіл құжатының нөмірі</translation>
    </message>
    <message>
        <source>Issuing state of the representative's document:</source>
        <translation>Өкіл құжатын берген мемлекет:</translation>
    </message>
    <message>
        <source>Issuing state of the representative's document</source>
        <translation>Өкіл құжатын берген мемлекет</translation>
    </message>
    <message>
        <source>Date of issue of the representative's document:</source>
        <translation>Өкіл құжатының берілген күні:</translation>
    </message>
    <message>
        <source>Date of issue of the representative's document</source>
        <translation>Өкіл құжатының берілген күні</translation>
    </message>
    <message>
        <source>The power of attorney is notarized</source>
        <translation>Сенімхат нотариалды куәландырылған</translation>
    </message>
    <message>
        <source>Power of attorney number:</source>
        <translation>Сенімхаттың нөмірі:</translation>
    </message>
    <message>
        <source>Power of attorney number</source>
        <translation>Сенімхаттың нөмірі</translation>
    </message>
    <message>
        <source>Power of attorney date:</source>
        <translation>Сенімхаттың берілген күні:</translation>
    </message>
    <message>
        <source>Power of attorney date</source>
        <translation>Сенімхаттың берілген күні</translation>
    </message>
    <message>
        <source>Power of attorney valid until (empty if unlimited):</source>
        <translation>Сенімхаттың жарамдылық мерзімі (мерзімсіз болса, бос):</translation>
    </message>
    <message>
        <source>Power of attorney valid until (empty if unlimited)</source>
        <translation>Сенімхаттың жарамдылық мерзімі (мерзімсіз болса, бос)</translation>
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
        <translation>2-қосымша: қылмыстық-атқару жүйесі мекемесінің өтініші</translation>
    </message>
    <message>
        <source>Institution where the sentence is served:</source>
        <translation>Жазасын өтеп жатқан мекеме:</translation>
    </message>
    <message>
        <source>Institution where the sentence is served</source>
        <translation>Жазасын өтеп жатқан мекеме</translation>
    </message>
    <message>
        <source>Head of the institution:</source>
        <translation>Мекеме басшысы:</translation>
    </message>
    <message>
        <source>Head of the institution</source>
        <translation>Мекеме басшысы</translation>
    </message>
    <message>
        <source>Representative of the institution:</source>
        <translation>Мекеме өкілі:</translation>
    </message>
    <message>
        <source>Representative of the institution</source>
        <translation>Мекеме өкілі</translation>
    </message>
    <message>
        <source>Court that passed the sentence:</source>
        <translation>Үкім шығарған сот:</translation>
    </message>
    <message>
        <source>Court that passed the sentence</source>
        <translation>Үкім шығарған сот</translation>
    </message>
    <message>
        <source>Date of the verdict:</source>
        <translation>Үкім шығарылған күні:</translation>
    </message>
    <message>
        <source>Date of the verdict</source>
        <translation>Үкім шығарылған күні</translation>
    </message>
    <message>
        <source>The application is certified by the head of the institution</source>
        <translation>Өтінішті мекеме басшысы куәландырған</translation>
    </message>
    <message>
        <source>Attachments (scans)</source>
        <translation>Қоса берілген құжаттар (скан-көшірмелер)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Қоса берілген құжаттар</translation>
    </message>
    <message>
        <source>Kind of document:</source>
        <translation>Қоса берілетін құжат:</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Қоса берілетін құжат</translation>
    </message>
    <message>
        <source>Duly certified copy</source>
        <translation>Тиісінше куәландырылған көшірме</translation>
    </message>
    <message>
        <source>Electronic copy that fully reproduces the original</source>
        <translation>Түпнұсқаны толық көрсететін электрондық көшірме</translation>
    </message>
    <message>
        <source>Attach sca&amp;n…</source>
        <translation>Сканды &amp;қосу…</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>Сканды қосу</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Құжатты алып тастау</translation>
    </message>
    <message>
        <source>Preview of the selected attachment</source>
        <translation>Таңдалған құжатты алдын ала қарау</translation>
    </message>
    <message>
        <source>Checklist (Annex 3, row 8)</source>
        <translation>Бақылау тізімі (3-қосымша, 8-жол)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Бақылау тізімі</translation>
    </message>
    <message>
        <source>Checklist summary</source>
        <translation>Бақылау тізімінің қорытындысы</translation>
    </message>
    <message>
        <source>Rule set applied</source>
        <translation>Қолданылған қағидалар редакциясы</translation>
    </message>
    <message>
        <source>Problem with the current field</source>
        <translation>Ағымдағы өріс бойынша ескерту</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Discard the application</source>
        <translation>Өтінішті жою</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Жобаны &amp;сақтау</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Ті&amp;ркеу</translation>
    </message>
    <message>
        <source>Register the application</source>
        <translation>Өтінішті тіркеу</translation>
    </message>
    <message>
        <source>Sc&amp;an…</source>
        <translation>Ск&amp;анерлеу…</translation>
    </message>
    <message>
        <source>Scan pages from a scanner</source>
        <translation>Беттерді сканерден сканерлеу</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Saving the application</source>
        <translation>Өтінішті сақтау</translation>
    </message>
    <message>
        <source>Saving the status</source>
        <translation>Мәртебені сақтау</translation>
    </message>
    <message>
        <source>Issuing a registration number</source>
        <translation>Тіркеу нөмірін беру</translation>
    </message>
    <message>
        <source>The file "%1" does not match the SHA-256 given for it.</source>
        <translation>«%1» файлы ол үшін көрсетілген SHA-256 хэш мәніне сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Saving the attachments</source>
        <translation>Қоса берілген құжаттарды сақтау</translation>
    </message>
    <message>
        <source>There is no application %1 in the journal.</source>
        <translation>Журналда %1 идентификаторлы өтініш жоқ.</translation>
    </message>
    <message>
        <source>Application %1 is "%2", no longer a draft: it cannot be edited.</source>
        <translation>%1 идентификаторлы өтініштің мәртебесі — «%2», ол енді жоба (draft) емес: оны өңдеуге болмайды.</translation>
    </message>
    <message>
        <source>Reading the application</source>
        <translation>Өтінішті оқу</translation>
    </message>
    <message>
        <source>Application %1 has an unknown status "%2".</source>
        <translation>%1 идентификаторлы өтініштің мәртебесі белгісіз: «%2».</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Журналды оқу</translation>
    </message>
    <message>
        <source>Searching the journal</source>
        <translation>Журналдан іздеу</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Қайталанатын өтініштерді іздеу</translation>
    </message>
    <message>
        <source>Application %1 moves to "handed_over" only when the handover is recorded: who received the certificate and on what document. Record the handover instead.</source>
        <translation>%1 өтініш «handed_over» мәртебесіне куәлікті беру жазылғанда ғана ауысады: куәлікті кім алғаны және қандай құжат бойынша алғаны көрсетіледі. Оның орнына беруді жазыңыз.</translation>
    </message>
    <message>
        <source>Application %1 is in status "%2": a certificate is handed over only in status "%3". Print the certificate first; a certificate already handed over is not handed over again.</source>
        <translation>%1 өтініш «%2» мәртебесінде: куәлік тек «%3» мәртебесінде беріледі. Алдымен куәлікті басып шығарыңыз; бұрын берілген куәлік қайта берілмейді.</translation>
    </message>
    <message>
        <source>Reading the scan</source>
        <translation>Сканерленген көшірмені оқу</translation>
    </message>
    <message>
        <source>Application %1 has no such scan.</source>
        <translation>%1 өтінішінде мұндай сканерленген көшірме жоқ.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal of applications</source>
        <translation>Өтініштер журналы</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Журналдан іздеу</translation>
    </message>
    <message>
        <source>IIN, registration number, document number or name</source>
        <translation>ЖСН, тіркеу нөмірі, құжаттың нөмірі немесе аты-жөні</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Registered f&amp;rom:</source>
        <translation>Тіркеу кезеңінің &amp;басы:</translation>
    </message>
    <message>
        <source>Registered from</source>
        <translation>Тіркеу кезеңінің басы</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;соңы:</translation>
    </message>
    <message>
        <source>Registered to</source>
        <translation>Тіркеу кезеңінің соңы</translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation>&amp;Сұрыптау:</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Сұрыптау</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>&amp;Open the application</source>
        <translation>Өтінішті &amp;ашу</translation>
    </message>
</context>
<context>
    <name>ListNeedsAttention</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Kind code</source>
        <translation>Түрінің коды</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Қашаннан бері</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2.</source>
        <translation>Тізімді %1 файлына жазу мүмкін болмады: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n stuck in the outbox past %1 h</source>
        <translation>
            <numerusform>%n өтініш жіберу кезегінде %1 сағаттан астам тұр</numerusform>
            <numerusform>%n өтініш жіберу кезегінде %1 сағаттан астам тұр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an IIN past %1 h</source>
        <translation>
            <numerusform>%n өтініш %1 сағаттан астам ЖСН-сіз</numerusform>
            <numerusform>%n өтініш %1 сағаттан астам ЖСН-сіз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not printed past %1 h</source>
        <translation>
            <numerusform>%n куәлік %1 сағаттан астам басылмаған</numerusform>
            <numerusform>%n куәлік %1 сағаттан астам басылмаған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not handed over past %1 days</source>
        <translation>
            <numerusform>%n куәлік %1 күннен астам берілмеген</numerusform>
            <numerusform>%n куәлік %1 күннен астам берілмеген</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: %1.</source>
        <translation>Назар аударуды қажет етеді: %1.</translation>
    </message>
    <message>
        <source>Blanks on hand: fewer than %1.</source>
        <translation>Қолдағы бланктер: %1-ден аз.</translation>
    </message>
    <message>
        <source>The desk's clock differed from the registry's in the last day.</source>
        <translation>Соңғы тәулікте жұмыс орнының сағаты тізілімнің сағатынан өзгеше болды.</translation>
    </message>
    <message>
        <source>See Supervision &gt; Needs attention (Ctrl+Shift+A).</source>
        <translation>«Бақылау &gt; Назар аударуды қажет етеді» мәзірін қараңыз (Ctrl+Shift+A).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Жұмыс орны құлыпталған</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлпын а&amp;шу</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <source>Sign in as &amp;another operator</source>
        <translation>&amp;Басқа оператор ретінде кіру</translation>
    </message>
    <message>
        <source>Sign in as another operator</source>
        <translation>Басқа оператор ретінде кіру</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — IIN Desk</source>
        <translation>Жүйеге кіру — ЖСН жұмыс орны</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <source>Sign in to the desk with your login and password.</source>
        <translation>Жұмыс орнына кіру үшін логиніңіз бен құпиясөзіңізді енгізіңіз.</translation>
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
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
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
    <message>
        <source>Training mode</source>
        <translation>Оқу режимі</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Жұмыс</translation>
    </message>
    <message>
        <source>Open applications</source>
        <translation>Ашық өтініштер</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Өтініш</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>Жұмыс орнын &amp;құлыптау</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Жүйеден шығу</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>&amp;Операторлар…</translation>
    </message>
    <message>
        <source>Desk &amp;settings…</source>
        <translation>Жұмыс орнының &amp;баптаулары…</translation>
    </message>
    <message>
        <source>&amp;New intake (Annex 1)</source>
        <translation>&amp;Жаңа өтініш (1-қосымша)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;Annex 2 intake (penitentiary institution)</source>
        <translation>2-қосымша бойынша жаңа &amp;өтініш (қылмыстық-атқару жүйесінің мекемесі)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Unfinished applications…</source>
        <translation>&amp;Аяқталмаған өтініштер…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Close the application (the draft is kept)</source>
        <translation>Өтінішті жа&amp;бу (жобасы сақталады)</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Толық экран</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>&amp;Status bar</source>
        <translation>&amp;Күй жолағы</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About IIN Desk</source>
        <translation>ЖСН жұмыс орны &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Бақылау</translation>
    </message>
    <message>
        <source>Record &amp;handover of a certificate…</source>
        <translation>Куәліктің берілгенін &amp;тіркеу…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Journal of applications</source>
        <translation>Өтініштер &amp;журналы</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Куәлікті басып шығару…</translation>
    </message>
    <message>
        <source>Print the registration certificate of an application (preview first)</source>
        <translation>Өтініштің тіркеу куәлігін басып шығару (алдымен алдын ала қарау)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Complaints…</source>
        <translation>&amp;Шағымдар…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Working-day calendar…</source>
        <translation>&amp;Жұмыс күндерінің күнтізбесі…</translation>
    </message>
    <message>
        <source>Security-paper &amp;blanks…</source>
        <translation>Қорғалған &amp;бланктер…</translation>
    </message>
    <message>
        <source>Needs &amp;attention…</source>
        <translation>&amp;Назар аударуды қажет етеді…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>Бақылау &amp;тақтасы…</translation>
    </message>
    <message>
        <source>&amp;End-of-shift report…</source>
        <translation>Ауысым соңындағы &amp;есеп…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics for support…</source>
        <translation>Қолдау қызметіне &amp;диагностика…</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Дерекқорды жаңарту</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Дерекқор схемасының нұсқасын оқу</translation>
    </message>
    <message>
        <source>The database was written by a newer version of IIN Desk (schema %1; this version knows up to %2). Update the program.</source>
        <translation>Дерекқорды ЖСН жұмыс орнының неғұрлым жаңа нұсқасы жазған (дерекқор схемасы — %1, ал бұл нұсқа %2 схемасына дейін ғана қолдайды). Бағдарламаны жаңартыңыз.</translation>
    </message>
</context>
<context>
    <name>MrzInputDialog</name>
    <message>
        <source>Read passport</source>
        <translation>Паспортты оқу</translation>
    </message>
    <message>
        <source>Put the passport on the reader, or type or paste the lines of its machine-readable zone (the two or three lines of letters, digits and &lt;&lt;&lt; at the bottom of the data page). Any keyboard layout will do.</source>
        <translation>Паспортты оқу құрылғысына қойыңыз немесе оның машинамен оқылатын аймағының жолдарын (деректер бетінің төменгі жағындағы әріптер, сандар және &lt;&lt;&lt; белгілерінен тұратын екі не үш жол) теріңіз не қойыңыз. Пернетақтаның кез келген тілі жарайды.</translation>
    </message>
    <message>
        <source>How to read a passport</source>
        <translation>Паспортты қалай оқу керек</translation>
    </message>
    <message>
        <source>Machine-readable zone</source>
        <translation>Машинамен оқылатын аймақ</translation>
    </message>
    <message>
        <source>The lines of the machine-readable zone, as a reader types them or pasted</source>
        <translation>Машинамен оқылатын аймақтың оқу құрылғысы терген немесе қойылған жолдары</translation>
    </message>
    <message>
        <source>Passport reader</source>
        <translation>Паспорт оқу құрылғысы</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Не оқылды</translation>
    </message>
    <message>
        <source>&amp;Fill the form</source>
        <translation>Нысанды &amp;толтыру</translation>
    </message>
    <message>
        <source>Fill the form</source>
        <translation>Нысанды толтыру</translation>
    </message>
    <message>
        <source>Fill &amp;anyway</source>
        <translation>Бәрібір т&amp;олтыру</translation>
    </message>
    <message>
        <source>Fill the form despite the problems</source>
        <translation>Ақауларға қарамастан нысанды толтыру</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>MrzPageImage</name>
    <message>
        <source>%1 is not a readable image: PNG, JPEG, TIFF or PDF expected.</source>
        <translation>%1 — оқылатын сурет емес: PNG, JPEG, TIFF немесе PDF күтіледі.</translation>
    </message>
</context>
<context>
    <name>MrzParser</name>
    <message>
        <source>Line %1, position %2 (%3): "%4" is not allowed there.</source>
        <translation>%1-жол, %2-позиция (%3): мұнда «%4» таңбасына рұқсат етілмейді.</translation>
    </message>
    <message>
        <source>%1: "%2" is no country or organisation code of ICAO Doc 9303.</source>
        <translation>%1: «%2» — ICAO Doc 9303 бойынша мемлекеттің немесе ұйымның коды емес.</translation>
    </message>
    <message>
        <source>The document number has no check digit: its check position holds "&lt;" but the optional data does not continue it.</source>
        <translation>Құжат нөмірінің бақылау саны жоқ: бақылау санының орнында «&lt;» тұр, бірақ қосымша деректерде нөмірдің жалғасы жоқ.</translation>
    </message>
    <message>
        <source>The check digit of the document number does not match (%1 in the zone, %2 computed).</source>
        <translation>Құжат нөмірінің бақылау саны сәйкес келмейді (аймақта %1, есептелгені %2).</translation>
    </message>
    <message>
        <source>The check digit of the date of birth does not match (%1 in the zone, %2 computed).</source>
        <translation>Туған күнінің бақылау саны сәйкес келмейді (аймақта %1, есептелгені %2).</translation>
    </message>
    <message>
        <source>The check digit of the expiry date does not match (%1 in the zone, %2 computed).</source>
        <translation>Жарамдылық мерзімінің бақылау саны сәйкес келмейді (аймақта %1, есептелгені %2).</translation>
    </message>
    <message>
        <source>The check digit of the personal number does not match (%1 in the zone, %2 computed).</source>
        <translation>Жеке нөмірдің бақылау саны сәйкес келмейді (аймақта %1, есептелгені %2).</translation>
    </message>
    <message>
        <source>The composite check digit does not match (%1 in the zone, %2 computed): a character of the zone was misread.</source>
        <translation>Жиынтық бақылау саны сәйкес келмейді (аймақта %1, есептелгені %2): аймақтың бір таңбасы қате оқылған.</translation>
    </message>
    <message>
        <source>The date of birth "%1" is not a date (YYMMDD), or the zone leaves part of it unknown.</source>
        <translation>«%1» туған күні жарамды күн емес (ЖЖААКК) немесе аймақта оның бір бөлігі белгісіз.</translation>
    </message>
    <message>
        <source>The expiry date "%1" is not a date (YYMMDD).</source>
        <translation>«%1» жарамдылық мерзімі жарамды күн емес (ЖЖААКК).</translation>
    </message>
    <message>
        <source>The sex is M, F, X or "&lt;" in a machine-readable zone; it holds "%1".</source>
        <translation>Машинамен оқылатын аймақта жынысы M, F, X немесе «&lt;» болады; мұнда «%1» тұр.</translation>
    </message>
    <message numerus="yes">
        <source>This is not a machine-readable zone: one is 2 lines of 44 or 36 characters or 3 lines of 30, starting with a letter; read %n line(s) (lengths: %1).</source>
        <translation>
            <numerusform>Бұл машинамен оқылатын аймақ емес: ол 44 немесе 36 таңбадан тұратын 2 жол не 30 таңбадан тұратын 3 жол және әріптен басталады; %n жол оқылды (ұзындықтары: %1).</numerusform>
            <numerusform>Бұл машинамен оқылатын аймақ емес: ол 44 немесе 36 таңбадан тұратын 2 жол не 30 таңбадан тұратын 3 жол және әріптен басталады; %n жол оқылды (ұзындықтары: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>document code</source>
        <translation>құжат коды</translation>
    </message>
    <message>
        <source>issuing state</source>
        <translation>құжатты берген мемлекет</translation>
    </message>
    <message>
        <source>names</source>
        <translation>тегі мен аты</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>құжаттың нөмірі</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>азаматтығы</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>туған күні</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>жынысы</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>жеке нөмір</translation>
    </message>
    <message>
        <source>optional data</source>
        <translation>қосымша деректер</translation>
    </message>
    <message>
        <source>composite check digit</source>
        <translation>жиынтық бақылау саны</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>аймақ</translation>
    </message>
</context>
<context>
    <name>MrzReader</name>
    <message>
        <source>The OCR-B font needed to read the MRZ could not be loaded.</source>
        <translation>Машинамен оқылатын аймақты оқуға қажет OCR-B қарпі жүктелмеді.</translation>
    </message>
    <message>
        <source>No machine-readable zone was found on the page.</source>
        <translation>Бетте машинамен оқылатын аймақ табылмады.</translation>
    </message>
</context>
<context>
    <name>MrzToApplication</name>
    <message>
        <source>Identity document, machine-readable zone</source>
        <translation>Жеке басын куәландыратын құжат, машинамен оқылатын аймақ</translation>
    </message>
    <message>
        <source>%1 (%2) differs from the document's machine-readable zone, which reads %3: check the document and correct one of them.</source>
        <translation>%1 (%2) құжаттың машинамен оқылатын аймағынан өзгеше, онда %3 жазылған: құжатты тексеріп, біреуін түзетіңіз.</translation>
    </message>
    <message>
        <source>Surname in Latin letters</source>
        <translation>Латын әріптерімен тегі</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>Латын әріптерімен аты</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Құжатты берген мемлекет</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Қолданылу мерзімі</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
</context>
<context>
    <name>NewFile</name>
    <message>
        <source>%1 exists already; it is never overwritten. Choose another name, or move the old file away if it is really no longer needed.</source>
        <translation>%1 бар; оның үстіне ешқашан жазылмайды. Басқа атау таңдаңыз немесе ескі файл шынымен қажет болмаса, оны басқа жерге жылжытыңыз.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 файлын жасау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлына жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>OfficeException</name>
    <message>
        <source>Request stuck in the outbox</source>
        <translation>Сұраныс жіберу кезегінде тұрып қалды</translation>
    </message>
    <message>
        <source>IIN not formed in time</source>
        <translation>ЖСН уақытында қалыптастырылмады</translation>
    </message>
    <message>
        <source>IIN formed, certificate not printed</source>
        <translation>ЖСН қалыптастырылды, куәлік басылмады</translation>
    </message>
    <message>
        <source>Certificate printed, not handed over</source>
        <translation>Куәлік басылды, берілмеді</translation>
    </message>
    <message>
        <source>Certificate reprinted</source>
        <translation>Куәлік қайта басылды</translation>
    </message>
    <message>
        <source>The desk's clock was wrong</source>
        <translation>Жұмыс орнының сағаты қате болды</translation>
    </message>
    <message>
        <source>Few blanks on hand</source>
        <translation>Қолда бланктер аз</translation>
    </message>
</context>
<context>
    <name>OfficeExceptions</name>
    <message>
        <source>Reading the exceptions</source>
        <translation>Ерекше жағдайларды оқу</translation>
    </message>
</context>
<context>
    <name>OfficeThresholds</name>
    <message>
        <source>%1: give a whole number from %2 to %3.</source>
        <translation>%1: %2-ден %3-ке дейінгі бүтін санды енгізіңіз.</translation>
    </message>
    <message>
        <source>Request stuck in the outbox after (hours)</source>
        <translation>Сұраныс жіберу кезегінде тұрып қалды деп саналатын уақыт (сағат)</translation>
    </message>
    <message>
        <source>IIN not formed within (hours)</source>
        <translation>ЖСН қалыптастырылмаған уақыт (сағат)</translation>
    </message>
    <message>
        <source>Certificate not printed within (hours)</source>
        <translation>Куәлік басылмаған уақыт (сағат)</translation>
    </message>
    <message>
        <source>Certificate not handed over within (days)</source>
        <translation>Куәлік берілмеген уақыт (күн)</translation>
    </message>
    <message>
        <source>Blanks on hand fewer than</source>
        <translation>Қолдағы бланктер осы саннан аз</translation>
    </message>
</context>
<context>
    <name>OperatorDirectory</name>
    <message>
        <source>Login: use 3 to 32 Latin letters, digits, dots, hyphens or underscores, starting with a letter.</source>
        <translation>Логин: әріптен басталатын 3–32 таңба пайдаланыңыз: латын әріптері, цифрлар, нүктелер, дефистер немесе астын сызу таңбалары.</translation>
    </message>
    <message>
        <source>Full name: enter the operator's surname and given name.</source>
        <translation>Аты-жөні: оператордың тегі мен атын енгізіңіз.</translation>
    </message>
    <message>
        <source>Login: an operator with the login %1 already exists.</source>
        <translation>Логин: %1 логинді оператор бұрыннан бар.</translation>
    </message>
    <message>
        <source>The login or the password is wrong. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Логин немесе құпиясөз қате. Пернетақта орналасуын және Caps Lock пернесін тексеріп, әрекетті қайталаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: the account is locked. Try again in %n minute(s) or ask the administrator.</source>
        <translation>
            <numerusform>Сәтсіз әрекеттер тым көп: есептік жазба бұғатталды. %n минуттан кейін қайталап көріңіз немесе әкімшіге хабарласыңыз.</numerusform>
            <numerusform>Сәтсіз әрекеттер тым көп: есептік жазба бұғатталды. %n минуттан кейін қайталап көріңіз немесе әкімшіге хабарласыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is deactivated. Ask the administrator.</source>
        <translation>Бұл есептік жазбаның белсенділігі тоқтатылған. Әкімшіге хабарласыңыз.</translation>
    </message>
    <message>
        <source>This is the last active administrator: create another administrator first.</source>
        <translation>Бұл — соңғы белсенді әкімші: алдымен басқа әкімшінің есептік жазбасын құрыңыз.</translation>
    </message>
    <message>
        <source>There is no operator %1.</source>
        <translation>%1 операторы жоқ.</translation>
    </message>
    <message>
        <source>The language %1 is not supported.</source>
        <translation>%1 тіліне қолдау көрсетілмейді.</translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation>Операторлардың есептік жазбалары</translation>
    </message>
    <message>
        <source>Only an active administrator can manage accounts.</source>
        <translation>Есептік жазбаларды тек белсенді әкімші басқара алады.</translation>
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
        <translation>Оператордың есептік жазбасы</translation>
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
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Тілі:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Құпия&amp;сөз:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Repeat the pass&amp;word:</source>
        <translation>Құпиясөзді &amp;қайталау:</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Құпиясөзді қайталау</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Құпиясөздің беріктігі</translation>
    </message>
</context>
<context>
    <name>OperatorFileImport</name>
    <message>
        <source>The operator accounts of an earlier version in "%1" cannot be imported: %2. Repair or move the file, then start the desk again.</source>
        <translation>Бағдарламаның бұрынғы нұсқасының «%1» файлындағы операторлардың есептік жазбаларын импорттау мүмкін емес: %2. Файлды түзетіңіз немесе басқа орынға жылжытыңыз, содан кейін жұмыс орнын қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>Importing operators</source>
        <translation>Операторларды импорттау</translation>
    </message>
</context>
<context>
    <name>OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Операторлар</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Role of the selected operator</source>
        <translation>Таңдалған оператордың рөлі</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>Рөлді &amp;өзгерту</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <source>&amp;New operator…</source>
        <translation>&amp;Жаңа оператор…</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Жаңа оператор</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Құпиясөзді &amp;қайта орнату…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Құпиясөзді қайта орнату</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Белсенділігін &amp;тоқтату</translation>
    </message>
    <message>
        <source>Deactivate or activate</source>
        <translation>Белсенділігін тоқтату немесе белсендіру</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Queuing the request to the registry</source>
        <translation>Тізілімге жіберілетін сұрауды кезекке қою</translation>
    </message>
    <message>
        <source>Reading the queue</source>
        <translation>Кезекті оқу</translation>
    </message>
    <message>
        <source>Updating the queue</source>
        <translation>Кезекті жаңарту</translation>
    </message>
    <message>
        <source>There is no queue entry %1.</source>
        <translation>Кезекте %1 идентификаторлы жазба жоқ.</translation>
    </message>
    <message>
        <source>Queue entry %1 is "%2", not in flight: its answer was already recorded or it was never sent.</source>
        <translation>%1 идентификаторлы кезек жазбасының күйі — «%2», ол жауап күтіп тұрған жоқ: оның жауабы бұрын жазылған немесе ол мүлде жіберілмеген.</translation>
    </message>
    <message>
        <source>The registry's answer is for another request (key %1, not %2).</source>
        <translation>Тізілімнің жауабы басқа сұрауға берілген (жауаптағы кілт — %1, ал күтілгені — %2).</translation>
    </message>
    <message>
        <source>Saving the registry's answer</source>
        <translation>Тізілімнің жауабын сақтау</translation>
    </message>
    <message>
        <source>Saving the failed attempt</source>
        <translation>Сәтсіз жіберу талпынысын сақтау</translation>
    </message>
    <message>
        <source>Resuming the queue</source>
        <translation>Кезекті жалғастыру</translation>
    </message>
    <message>
        <source>The registry's answer is not a wait for this request.</source>
        <translation>Тізілімнің жауабы осы сұрауды күту туралы емес.</translation>
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
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <source>What is being printed</source>
        <translation>Басып шығарылатын құжат</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>The pages as they will be printed; Ctrl+Plus and Ctrl+Minus zoom</source>
        <translation>Басып шығарылатын түріндегі беттер; Ctrl+Плюс және Ctrl+Минус масштабты өзгертеді</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>Print on the desk's printer</source>
        <translation>Жұмыс орнының принтерінде басып шығару</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Алдын ала қарауды жабу</translation>
    </message>
    <message>
        <source>Security-paper &amp;blank no.:</source>
        <translation>Қорғалған &amp;бланк нөмірі:</translation>
    </message>
    <message>
        <source>Serial of the security-paper blank</source>
        <translation>Қорғалған бланктің нөмірі</translation>
    </message>
    <message>
        <source>The serial printed on the blank in the printer; the next one on hand is proposed</source>
        <translation>Принтердегі бланкте басылған нөмір; қолдағы келесі бланк ұсынылады</translation>
    </message>
    <message>
        <source>&amp;Reason for the duplicate:</source>
        <translation>Телнұсқаның &amp;себебі:</translation>
    </message>
    <message>
        <source>Reason for the duplicate</source>
        <translation>Телнұсқаның себебі</translation>
    </message>
    <message>
        <source>Why the certificate is printed again; required before a duplicate is printed</source>
        <translation>Куәлік неге қайта басылады; телнұсқаны басар алдында міндетті</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The data do not fit in a QR code.</source>
        <translation>Деректер QR кодқа сыймайды.</translation>
    </message>
</context>
<context>
    <name>QrReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image this program can read.</source>
        <translation>%1 файлы PDF құжаты да, бағдарлама оқи алатын сурет те емес.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Уақытша қалта жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot rasterize the PDF %1 (is pdftoppm from poppler-utils installed?).</source>
        <translation>%1 PDF файлын растрлық кескінге айналдыру мүмкін емес (poppler-utils құрамындағы pdftoppm орнатылған ба?).</translation>
    </message>
</context>
<context>
    <name>ReceiptLayout</name>
    <message>
        <source>The fonts of the printed documents could not be loaded.</source>
        <translation>Басып шығарылатын құжаттардың қаріптері жүктелмеді.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device (is the file writable?).</source>
        <translation>Құжатты шығыс құрылғысында бейнелеу мүмкін емес (файлға жазуға рұқсат бар ма?).</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>Шифрлау кітапханасын іске қосу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>RecoveryPublicKey</name>
    <message>
        <source>A recovery public key is %1 bytes long.</source>
        <translation>Қалпына келтірудің ашық кілтінің ұзындығы %1 байт.</translation>
    </message>
</context>
<context>
    <name>RegisterApplication</name>
    <message>
        <source>The scan "%1" is no longer at %2. Attach it again, then register.</source>
        <translation>«%1» сканері енді %2 жерінде жоқ. Оны қайта тіркеп, содан кейін тіркеңіз.</translation>
    </message>
    <message>
        <source>The scan "%1" at %2 cannot be read. Attach it again, then register.</source>
        <translation>%2 жеріндегі «%1» сканерін оқу мүмкін емес. Оны қайта тіркеп, содан кейін тіркеңіз.</translation>
    </message>
    <message>
        <source>The scan "%1" at %2 has changed since it was attached. Attach it again, then register.</source>
        <translation>%2 жеріндегі «%1» сканері тіркелгеннен кейін өзгерген. Оны қайта тіркеп, содан кейін тіркеңіз.</translation>
    </message>
</context>
<context>
    <name>RegistrationNumber</name>
    <message>
        <source>The office code "%1" must be 2 to 8 capital Latin letters or digits.</source>
        <translation>«%1» бөлімше коды 2–8 бас латын әрпінен немесе цифрдан тұруы тиіс.</translation>
    </message>
    <message>
        <source>The desk code "%1" must be 1 to 4 capital Latin letters or digits.</source>
        <translation>«%1» жұмыс орнының коды 1–4 бас латын әрпінен немесе цифрдан тұруы тиіс.</translation>
    </message>
</context>
<context>
    <name>RegistryAnswer</name>
    <message>
        <source>The registry's answer is malformed: %1</source>
        <translation>Тізілімнің жауабы қате құрылған: %1</translation>
    </message>
</context>
<context>
    <name>RegistryAttestation</name>
    <message>
        <source>The IIN, the names or the dates cannot be signed as they are.</source>
        <translation>ЖСН-ге, аты-жөніне немесе күндерге олар қазіргі түрінде қол қою мүмкін емес.</translation>
    </message>
    <message>
        <source>The registry's attestation is malformed.</source>
        <translation>Тізілімнің растауы қате құрылған.</translation>
    </message>
</context>
<context>
    <name>RegistryConnection</name>
    <message>
        <source>The registry address "%1" is not an http:// or https:// address.</source>
        <translation>«%1» тізілім мекенжайы http:// немесе https:// мекенжайы емес.</translation>
    </message>
    <message>
        <source>The desk credential is missing or not in the form "&lt;desk-id&gt;:&lt;secret&gt;" that the registry issued.</source>
        <translation>Жұмыс орнының тіркелгі деректері көрсетілмеген немесе тізілім берген «&lt;desk-id&gt;:&lt;secret&gt;» түрінде емес.</translation>
    </message>
    <message>
        <source>Cannot read the registry's certificate file %1: %2.</source>
        <translation>Тізілім сертификатының %1 файлын оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>%1 файлында PEM сертификаты жоқ.</translation>
    </message>
    <message>
        <source>Registry address: "%1" would send the desk credential and the applicants' data unencrypted over the network. Use https:// (http:// is accepted only for this computer: localhost, 127.0.0.1, ::1).</source>
        <translation>Тізілімнің мекенжайы: «%1» жұмыс орнының тіркелгі деректері мен өтініш берушілердің деректерін желі арқылы шифрланбаған күйде жіберер еді. https:// пайдаланыңыз (http:// тек осы компьютер үшін қабылданады: localhost, 127.0.0.1, ::1).</translation>
    </message>
</context>
<context>
    <name>RegistryRequest</name>
    <message>
        <source>Field "%1": %2</source>
        <translation>«%1» өрісі: %2</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>белгісіз өріс</translation>
    </message>
    <message>
        <source>required</source>
        <translation>міндетті, бірақ көрсетілмеген</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>мәтін жолы болуы тиіс</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 таңбадан ұзын</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>басқару таңбалары бар</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>объект болуы тиіс</translation>
    </message>
    <message>
        <source>must be a lowercase UUID (8-4-4-4-12)</source>
        <translation>кіші әріптермен жазылған UUID болуы тиіс (8-4-4-4-12)</translation>
    </message>
    <message>
        <source>must be "return" or "refuse"</source>
        <translation>«return» немесе «refuse» болуы тиіс</translation>
    </message>
    <message>
        <source>a surname is required in Cyrillic or Latin letters</source>
        <translation>тегі кирилл немесе латын әріптерімен көрсетілуі тиіс</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК түріндегі күн болуы тиіс</translation>
    </message>
    <message>
        <source>must be "male" or "female"</source>
        <translation>«male» немесе «female» болуы тиіс</translation>
    </message>
    <message>
        <source>must be a known ISO 3166-1 alpha-3 code or XXA</source>
        <translation>белгілі ISO 3166-1 alpha-3 коды немесе XXA болуы тиіс</translation>
    </message>
    <message>
        <source>unknown document type</source>
        <translation>құжаттың белгісіз түрі</translation>
    </message>
    <message>
        <source>must be a known ISO 3166-1 alpha-3 code</source>
        <translation>белгілі ISO 3166-1 alpha-3 коды болуы тиіс</translation>
    </message>
</context>
<context>
    <name>RegistryStore</name>
    <message>
        <source>Registry database: %1</source>
        <translation>Тізілім дерекқоры: %1</translation>
    </message>
    <message>
        <source>bad connection parameter "%1"</source>
        <translation>«%1» қосылым параметрі қате</translation>
    </message>
    <message>
        <source>the database is at schema version %1; this program knows up to %2</source>
        <translation>дерекқор схемасының нұсқасы %1; бұл бағдарлама %2 нұсқасына дейін біледі</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 құру мүмкін емес</translation>
    </message>
    <message>
        <source>a password in --postgres is refused (the command line is visible to every local user): put it in a file readable by the registry's account alone and name it with --postgres-password-file, or use libpq's PGPASSFILE or ~/.pgpass</source>
        <translation>--postgres ішіндегі құпиясөз қабылданбайды (пәрмен жолын әрбір жергілікті пайдаланушы көреді): оны тек тізілімнің есептік жазбасы оқи алатын файлға жазып, --postgres-password-file арқылы көрсетіңіз немесе libpq-тің PGPASSFILE не ~/.pgpass файлын пайдаланыңыз</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>бұл бағдарлама</translation>
    </message>
    <message>
        <source>this program (version %1)</source>
        <translation>бұл бағдарлама (нұсқасы %1)</translation>
    </message>
    <message>
        <source>Registry database: it is at schema version %1, written by a newer iin-registryd; %2 knows schemas up to %3. Nothing was changed. Start the newer iin-registryd again, or restore the backup made before its upgrade (docs/upgrades.md).</source>
        <translation>Тізілімнің дерекқоры: оның схемасы — %1, оны iin-registryd-нің жаңарақ нұсқасы жазған; %2 %3-схемаға дейінгілерді ғана біледі. Ештеңе өзгертілген жоқ. Жаңарақ iin-registryd-ні қайта іске қосыңыз немесе жаңартудың алдында жасалған сақтық көшірмеден қалпына келтіріңіз (docs/upgrades.md).</translation>
    </message>
    <message>
        <source>Registry database: it must be upgraded from schema %1 to %2, and a backup of it is made first. The backup failed, so nothing was changed. %3 Make the folder "%4" writable for the registry's account and free some disk space there, then start again.</source>
        <translation>Тізілімнің дерекқоры: оны %1-схемадан %2-схемаға жаңарту қажет, ал алдымен оның сақтық көшірмесі жасалады. Сақтық көшірме жасалмады, сондықтан ештеңе өзгертілген жоқ. %3 «%4» қалтасына тізілімнің есептік жазбасының жазуына рұқсат беріңіз және ондағы дискіде орын босатыңыз, содан кейін қайта іске қосыңыз.</translation>
    </message>
</context>
<context>
    <name>ReprintReasonLabels</name>
    <message>
        <source>Lost by the applicant</source>
        <translation>Өтініш беруші жоғалтқан</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Зақымдалған</translation>
    </message>
    <message>
        <source>The print before spoiled its blank</source>
        <translation>Алдыңғы басу бланкті бүлдірді</translation>
    </message>
    <message>
        <source>A correction</source>
        <translation>Түзету</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The number of registration numbers to skip must be at least 1.</source>
        <translation>Өткізіп жіберілетін тіркеу нөмірлерінің саны кемінде 1 болуы тиіс.</translation>
    </message>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>%1 сақтық көшірме файлы жоқ.</translation>
    </message>
    <message>
        <source>%1 already exists: move the old journal (and its -wal and -shm files) aside first; the restore never overwrites it.</source>
        <translation>%1 бұрыннан бар: алдымен ескі журналды (және оның -wal және -shm файлдарын) басқа орынға жылжытыңыз; қалпына келтіру оны ешқашан қайта жазбайды.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 файлын %2 орнына көшіру мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot move the registration numbers forward: %1</source>
        <translation>Тіркеу нөмірлерін алға жылжыту мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The backup's audit trail does not verify at record %1: %2</source>
        <translation>Сақтық көшірменің аудит журналы %1-жазбада тексеруден өтпейді: %2</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 файлын %2 орнына жылжыту мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot move the certificate numbers forward: %1</source>
        <translation>Куәлік нөмірлерін алға жылжыту мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The prepared copy %1 could not be written completely (is the disk full?); it is left in place with its -wal file.</source>
        <translation>Дайындалған %1 көшірмесі толық жазылмады (диск толып қалған жоқ па?); ол -wal файлымен бірге орнында қалдырылды.</translation>
    </message>
</context>
<context>
    <name>RestoredScanKey</name>
    <message>
        <source>The backup carries no scan key.</source>
        <translation>Сақтық көшірмеде скан кілті жоқ.</translation>
    </message>
    <message>
        <source>The scans were restored, but their key %1 is sealed to another recovery key (%2): run "iin-desk-cli scans recover --key" with that key.</source>
        <translation>Скандар қалпына келтірілді, бірақ олардың %1 кілті басқа қалпына келтіру кілтіне мөрленген (%2): сол кілтпен «iin-desk-cli scans recover --key» орындаңыз.</translation>
    </message>
    <message>
        <source>The scans were restored, but their key %1 has no copy sealed to the office's recovery key: they open only with the original machine's key.</source>
        <translation>Скандар қалпына келтірілді, бірақ олардың %1 кілтінің бөлімшенің қалпына келтіру кілтіне мөрленген көшірмесі жоқ: олар тек бастапқы компьютердің кілтімен ашылады.</translation>
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
<context>
    <name>RuleSet</name>
    <message>
        <source>unknown key</source>
        <translation>белгісіз кілт</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>міндетті кілт жоқ</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>бос емес мәтін жолы күтіледі</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>объект күтіледі</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true немесе false күтіледі</translation>
    </message>
    <message>
        <source>expected a non-empty list</source>
        <translation>бос емес тізім күтіледі</translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation>белгісіз мән</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, '_' and '.'</source>
        <translation>кіші латын әріптерін, цифрларды, «_» және «.» таңбаларын пайдаланыңыз</translation>
    </message>
    <message>
        <source>use missing_document or warning</source>
        <translation>missing_document немесе warning пайдаланыңыз</translation>
    </message>
    <message>
        <source>unknown attachment kind</source>
        <translation>қоса берілген құжаттың белгісіз түрі</translation>
    </message>
    <message>
        <source>name an attachment or the signature</source>
        <translation>қоса берілген құжатты (attachment) немесе қолтаңбаны (signature) көрсетіңіз</translation>
    </message>
    <message>
        <source>certified, electronic and notarized qualify an attachment</source>
        <translation>certified, electronic және notarized белгілері тек қоса берілген құжатқа (attachment) қолданылады</translation>
    </message>
    <message>
        <source>no such qualifier in satisfied_by</source>
        <translation>satisfied_by ішінде мұндай белгі жоқ</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>дұрыс JSON емес (%1-байт): %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON объектісі күтіледі</translation>
    </message>
    <message>
        <source>this program reads version %1</source>
        <translation>бұл бағдарлама %1 нұсқасын оқиды</translation>
    </message>
    <message>
        <source>use letters, digits, '.', '_' and '-'</source>
        <translation>латын әріптерін, цифрларды, «.», «_» және «-» таңбаларын пайдаланыңыз</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК түріндегі күн күтіледі</translation>
    </message>
    <message>
        <source>"%1" is used twice</source>
        <translation>«%1» екі рет қолданылған</translation>
    </message>
    <message>
        <source>Cannot read the rule file %1: %2.</source>
        <translation>%1 қағидалар файлын оқу мүмкін емес: %2.</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>%1 байттан үлкен</translation>
    </message>
    <message>
        <source>The rule file %1 is malformed: %2%3.</source>
        <translation>%1 қағидалар файлы қате құрылған: %2%3.</translation>
    </message>
    <message>
        <source>The rule file %1 is malformed: edition: "%2" does not match the file name.</source>
        <translation>%1 қағидалар файлы қате құрылған: edition: «%2» файл атауына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>There is no rule edition "%1"; known editions: %2.</source>
        <translation>«%1» қағидалар редакциясы жоқ; белгілі редакциялар: %2.</translation>
    </message>
    <message>
        <source>No rule edition is in force on %1; the earliest takes effect on %2.</source>
        <translation>%1 күні қолданыстағы қағидалар редакциясы жоқ; ең ерте редакция %2 күні күшіне енеді.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Scan</source>
        <translation>Сканерлеу</translation>
    </message>
    <message>
        <source>Scan documents</source>
        <translation>Құжаттарды сканерлеу</translation>
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
        <translation>Қайта &amp;іздеу</translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation>Сканерлерді қайта іздеу</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Ажыратымдылық:</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Ажыратымдылық</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Беттер:</translation>
    </message>
    <message>
        <source>&amp;One page from the glass</source>
        <translation>Әйнектен &amp;бір бет</translation>
    </message>
    <message>
        <source>All pages in the &amp;feeder</source>
        <translation>Беру құрылғысындағы &amp;барлық беттер</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>Сканер&amp;леу</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Тоқтату</translation>
    </message>
    <message>
        <source>Stop the scan</source>
        <translation>Сканерлеуді тоқтату</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Сканерлеу барысы</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>Сканерленген беттер</translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>Солға &amp;бұру</translation>
    </message>
    <message>
        <source>Rotate the selected page to the left</source>
        <translation>Таңдалған бетті солға бұру</translation>
    </message>
    <message>
        <source>Rotate r&amp;ight</source>
        <translation>Оңға б&amp;ұру</translation>
    </message>
    <message>
        <source>Rotate the selected page to the right</source>
        <translation>Таңдалған бетті оңға бұру</translation>
    </message>
    <message>
        <source>&amp;Remove page</source>
        <translation>Бетті ал&amp;ып тастау</translation>
    </message>
    <message>
        <source>Remove the selected page</source>
        <translation>Таңдалған бетті алып тастау</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>Attach the pages as one PDF</source>
        <translation>Беттерді бір PDF ретінде қосу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>ScanPdf</name>
    <message>
        <source>There are no scanned pages.</source>
        <translation>Сканерленген беттер жоқ.</translation>
    </message>
    <message>
        <source>A scanned page cannot be stored as JPEG: %1</source>
        <translation>Сканерленген бетті JPEG ретінде сақтау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The PDF %1 cannot be written: %2</source>
        <translation>%1 PDF файлын жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>ScannerErrors</name>
    <message>
        <source>The document feeder is jammed. Clear the paper path and scan again; the pages scanned so far are kept.</source>
        <translation>Құжат беру құрылғысында қағаз кептеліп қалды. Қағаз жолын тазалап, қайта сканерлеңіз; осы уақытқа дейін сканерленген беттер сақталады.</translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the pages in the feeder and scan again.</source>
        <translation>Құжат беру құрылғысы бос. Беттерді беру құрылғысына салып, қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>The scanner's cover is open. Close it and scan again.</source>
        <translation>Сканердің қақпағы ашық. Оны жауып, қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>The scanner is busy (another program may be using it). Wait a moment and scan again.</source>
        <translation>Сканер бос емес (оны басқа бағдарлама пайдаланып жатқан болуы мүмкін). Сәл күтіп, қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>The scanner stopped answering (is it switched on and connected?). Check the cable and scan again.</source>
        <translation>Сканер жауап беруді тоқтатты (ол қосулы және жалғанған ба?). Кабельді тексеріп, қайта сканерлеңіз.</translation>
    </message>
    <message>
        <source>Not enough memory for this scan. Choose a lower resolution.</source>
        <translation>Бұл сканерлеуге жад жетпейді. Төменірек ажыратымдылықты таңдаңыз.</translation>
    </message>
    <message>
        <source>This user may not use the scanner. Ask the administrator to give the desk's account access to scanners.</source>
        <translation>Бұл пайдаланушы сканерді пайдалана алмайды. Әкімшіден жұмыс орнының тіркелгісіне сканерлерге қол жеткізу құқығын беруін сұраңыз.</translation>
    </message>
    <message>
        <source>The scanner is not connected any more or its name changed. Refresh the list of scanners.</source>
        <translation>Сканер енді жалғанбаған немесе оның атауы өзгерген. Сканерлер тізімін жаңартыңыз.</translation>
    </message>
    <message>
        <source>The scanner refused the settings of this scan.</source>
        <translation>Сканер осы сканерлеудің баптауларын қабылдамады.</translation>
    </message>
    <message>
        <source>The scanner cannot do this.</source>
        <translation>Сканер мұны істей алмайды.</translation>
    </message>
    <message>
        <source>The scanner reported an error (%1).</source>
        <translation>Сканер қате туралы хабарлады (%1).</translation>
    </message>
    <message>
        <source>Scanners cannot be used on this computer: %1</source>
        <translation>Бұл компьютерде сканерлерді пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The scan was cancelled; the pages scanned before are kept.</source>
        <translation>Сканерлеу тоқтатылды; бұрын сканерленген беттер сақталды.</translation>
    </message>
    <message>
        <source>This scanner has no document feeder. Scan the pages one by one from the glass.</source>
        <translation>Бұл сканерде құжат беру құрылғысы жоқ. Беттерді әйнектен бір-бірден сканерлеңіз.</translation>
    </message>
    <message>
        <source>The scanner has no option "%1".</source>
        <translation>Сканерде «%1» параметрі жоқ.</translation>
    </message>
    <message>
        <source>The scanner's option "%1" cannot be set in its present mode.</source>
        <translation>Сканердің «%1» параметрін қазіргі режимде орнату мүмкін емес.</translation>
    </message>
    <message>
        <source>The scanner's option "%1" does not take "%2".</source>
        <translation>Сканердің «%1» параметрі «%2» мәнін қабылдамайды.</translation>
    </message>
    <message>
        <source>The scanner's option "%1" does not take "%2"; it takes %3.</source>
        <translation>Сканердің «%1» параметрі «%2» мәнін қабылдамайды; қабылдайтын мәндері: %3.</translation>
    </message>
    <message>
        <source>The scanner sent an image the desk cannot read.</source>
        <translation>Сканер жұмыс орны оқи алмайтын кескін жіберді.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1: the file %2 does not exist.</source>
        <translation>%1: %2 файлы жоқ.</translation>
    </message>
    <message>
        <source>%1: the file %2 can be read by other users; make it the owner's alone (chmod 600 %2) and issue a new secret if others may have read it.</source>
        <translation>%1: %2 файлын басқа пайдаланушылар оқи алады; оған тек иесі қол жеткізетін етіңіз (chmod 600 %2), ал басқалар оқып қойған болуы мүмкін болса, жаңа құпия беріңіз.</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3.</source>
        <translation>%1: %2 оқылмайды: %3.</translation>
    </message>
    <message>
        <source>%1: the file %2 is empty.</source>
        <translation>%1: %2 файлы бос.</translation>
    </message>
</context>
<context>
    <name>SecretStream</name>
    <message>
        <source>Cannot write the encrypted data: %1</source>
        <translation>Шифрланған деректерді жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>Шифрлау кітапханасын іске қосу мүмкін емес.</translation>
    </message>
    <message>
        <source>The file ends before its last part: it was cut short (copied incompletely or damaged).</source>
        <translation>Файл соңғы бөлігіне жетпей үзіледі: ол қысқартылған (толық көшірілмеген немесе зақымдалған).</translation>
    </message>
    <message>
        <source>The file was changed or damaged: part %1 fails its check.</source>
        <translation>Файл өзгертілген немесе зақымдалған: %1-бөлік тексерістен өтпейді.</translation>
    </message>
    <message>
        <source>Cannot write the decrypted data: %1</source>
        <translation>Шифрдан шығарылған деректерді жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The file has bytes after its last part: it was changed.</source>
        <translation>Файлда соңғы бөліктен кейін байттар бар: ол өзгертілген.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Desk settings</source>
        <translation>Жұмыс орнының баптаулары</translation>
    </message>
    <message>
        <source>Registry &amp;address (empty: training registry):</source>
        <translation>&amp;Тізілім мекенжайы (бос — оқу тізілімі):</translation>
    </message>
    <message>
        <source>Registry address (empty: training registry)</source>
        <translation>Тізілім мекенжайы (бос — оқу тізілімі)</translation>
    </message>
    <message>
        <source>Desk &amp;identifier:</source>
        <translation>Жұмыс орнының &amp;идентификаторы:</translation>
    </message>
    <message>
        <source>Desk identifier</source>
        <translation>Жұмыс орнының идентификаторы</translation>
    </message>
    <message>
        <source>Desk &amp;token:</source>
        <translation>Жұмыс орнының т&amp;окені:</translation>
    </message>
    <message>
        <source>Desk token</source>
        <translation>Жұмыс орнының токені</translation>
    </message>
    <message>
        <source>&amp;Show the token</source>
        <translation>Токенді &amp;көрсету</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Токенді көрсету</translation>
    </message>
    <message>
        <source>&amp;Office code:</source>
        <translation>&amp;Бөлімшенің коды:</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Бөлімшенің коды</translation>
    </message>
    <message>
        <source>D&amp;esk code:</source>
        <translation>&amp;Жұмыс орнының коды:</translation>
    </message>
    <message>
        <source>Desk code</source>
        <translation>Жұмыс орнының коды</translation>
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
        <translation>Әрекетсіздіктен кейін құлыптау (&amp;минут):</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Әрекетсіздіктен кейін құлыптау (минут)</translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation>&amp;Әдепкі тіл:</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Әдепкі тіл</translation>
    </message>
    <message>
        <source>Office name in &amp;Kazakh:</source>
        <translation>Бөлімшенің &amp;қазақ тіліндегі атауы:</translation>
    </message>
    <message>
        <source>Office name in Kazakh</source>
        <translation>Бөлімшенің қазақ тіліндегі атауы</translation>
    </message>
    <message>
        <source>Printed as the issuing office on certificates and receipts</source>
        <translation>Куәліктер мен қолхаттарда оларды берген бөлімше ретінде басып шығарылады</translation>
    </message>
    <message>
        <source>Office name in &amp;Russian:</source>
        <translation>Бөлімшенің &amp;орыс тіліндегі атауы:</translation>
    </message>
    <message>
        <source>Office name in Russian</source>
        <translation>Бөлімшенің орыс тіліндегі атауы</translation>
    </message>
    <message>
        <source>Registry's TLS certi&amp;ficate (PEM file):</source>
        <translation>Тізілімнің TLS &amp;сертификаты (PEM файлы):</translation>
    </message>
    <message>
        <source>Registry's TLS certificate file</source>
        <translation>Тізілімнің TLS сертификатының файлы</translation>
    </message>
    <message>
        <source>The registry's certificate or its private certificate authority, when the system does not trust it; may be empty</source>
        <translation>Жүйе оған сенбейтін жағдайда тізілімнің сертификаты немесе оның жеке куәландырушы орталығы; бос қалдыруға болады</translation>
    </message>
    <message>
        <source>Desk's own si&amp;gning key file:</source>
        <translation>Жұмыс орнының өз қол қою &amp;кілтінің файлы:</translation>
    </message>
    <message>
        <source>Desk's own signing key file</source>
        <translation>Жұмыс орнының өз қол қою кілтінің файлы</translation>
    </message>
    <message>
        <source>This desk's own key, made and certified by the registry at the first sync; empty: beside the journal</source>
        <translation>Осы жұмыс орнының өз кілті, алғашқы синхрондау кезінде жасалып, тізілім куәландырады; бос — журналдың жанында</translation>
    </message>
    <message>
        <source>Passport reader's port (empty: &amp;none):</source>
        <translation>Паспорт оқу құрылғысының порты (бос — &amp;жоқ):</translation>
    </message>
    <message>
        <source>Passport reader's port</source>
        <translation>Паспорт оқу құрылғысының порты</translation>
    </message>
    <message>
        <source>The serial or virtual COM port of a passport reader; empty when the reader types like a keyboard or there is none</source>
        <translation>Паспорт оқу құрылғысының сериялық немесе виртуалды порты; құрылғы пернетақта сияқты терсе немесе ол жоқ болса, бос қалдырыңыз</translation>
    </message>
    <message>
        <source>Reader's speed (&amp;baud):</source>
        <translation>Құрылғы жылдамдығы (&amp;бод):</translation>
    </message>
    <message>
        <source>Reader's speed (baud)</source>
        <translation>Құрылғы жылдамдығы (бод)</translation>
    </message>
    <message>
        <source>Reader's &amp;data bits:</source>
        <translation>Құрылғының &amp;деректер биттері:</translation>
    </message>
    <message>
        <source>Reader's data bits</source>
        <translation>Құрылғының деректер биттері</translation>
    </message>
    <message>
        <source>Reader's parit&amp;y:</source>
        <translation>Құрылғының &amp;жұптығы:</translation>
    </message>
    <message>
        <source>Reader's parity</source>
        <translation>Құрылғының жұптығы</translation>
    </message>
    <message>
        <source>Reader's stop bits (1, 1.5 or 2):</source>
        <translation>Құрылғының тоқтату биттері (1, 1,5 немесе 2):</translation>
    </message>
    <message>
        <source>Reader's stop bits</source>
        <translation>Құрылғының тоқтату биттері</translation>
    </message>
    <message>
        <source>&amp;Hold DTR and RTS asserted for the reader (most readers send nothing without them)</source>
        <translation>Құрылғы үшін DTR және RTS сигналдарын &amp;қосулы ұстау (көп құрылғы оларсыз ештеңе жібермейді)</translation>
    </message>
    <message>
        <source>Hold DTR and RTS asserted for the reader</source>
        <translation>Құрылғы үшін DTR және RTS сигналдарын қосулы ұстау</translation>
    </message>
    <message>
        <source>Back&amp;up folder (USB stick first):</source>
        <translation>&amp;Сақтық көшірмелер қалтасы (алдымен USB жинақтауыш):</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>Where the end-of-day backups go when no USB stick prepared for backups is mounted (a stick with the desk's backup folder on it goes first); may be empty</source>
        <translation>Көшірмелер үшін дайындалған USB жинақтауыш қосылмаған кезде күн соңындағы сақтық көшірмелер жазылатын орын (жұмыс орнының көшірмелер қалтасы бар жинақтауыштың басымдығы бар); бос болуы мүмкін</translation>
    </message>
    <message>
        <source>Reco&amp;very public key file:</source>
        <translation>Қалпына келтірудің ашық &amp;кілті файлы:</translation>
    </message>
    <message>
        <source>Recovery public key file</source>
        <translation>Қалпына келтірудің ашық кілті файлы</translation>
    </message>
    <message>
        <source>The office's recovery public key, made by the supervisor: the backups are encrypted to it; empty: the desk makes no backup of its own</source>
        <translation>Басшы жасаған кеңсенің қалпына келтіру ашық кілті: сақтық көшірмелер соған шифрланады; бос болса, жұмыс орны өз көшірмелерін жасамайды</translation>
    </message>
    <message>
        <source>Backups to keep (ne&amp;west):</source>
        <translation>Сақталатын ең &amp;жаңа көшірмелер саны:</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Сақталатын көшірмелер саны</translation>
    </message>
    <message>
        <source>End-of-day backup time (&amp;24 h):</source>
        <translation>Күн соңындағы көшірме уақыты (&amp;24 сағ):</translation>
    </message>
    <message>
        <source>End-of-day backup time</source>
        <translation>Күн соңындағы сақтық көшірме уақыты</translation>
    </message>
    <message>
        <source>Last good backup:</source>
        <translation>Соңғы сәтті көшірме:</translation>
    </message>
    <message>
        <source>Last good backup</source>
        <translation>Соңғы сәтті сақтық көшірме</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Шекті мәндер</translation>
    </message>
    <message>
        <source>When an application or the stock of blanks needs a supervisor: the end-of-shift report lists what passed these</source>
        <translation>Өтініш немесе бланктер қоры қашан супервайзердің назарын қажет етеді: ауысым соңындағы есеп осы мәндерден асқандарды көрсетеді</translation>
    </message>
    <message>
        <source>Request stuck in the &amp;outbox after (hours):</source>
        <translation>Сұрау салу жіберу &amp;кезегінде тұрып қалды (сағаттан кейін):</translation>
    </message>
    <message>
        <source>Request stuck in the outbox after (hours)</source>
        <translation>Сұрау салу жіберу кезегінде тұрып қалды (сағаттан кейін)</translation>
    </message>
    <message>
        <source>IIN not formed &amp;within (hours):</source>
        <translation>ЖСН мына уақытта қалыптастырылмаса (&amp;сағат):</translation>
    </message>
    <message>
        <source>IIN not formed within (hours)</source>
        <translation>ЖСН мына уақытта қалыптастырылмаса (сағат)</translation>
    </message>
    <message>
        <source>Certificate not printed wi&amp;thin (hours):</source>
        <translation>Куәлік мына уақытта басып шығарылмаса (са&amp;ғат):</translation>
    </message>
    <message>
        <source>Certificate not printed within (hours)</source>
        <translation>Куәлік мына уақытта басып шығарылмаса (сағат)</translation>
    </message>
    <message>
        <source>Certificate not handed over within (da&amp;ys):</source>
        <translation>Куәлік мына уақытта берілмесе (&amp;күн):</translation>
    </message>
    <message>
        <source>Certificate not handed over within (days)</source>
        <translation>Куәлік мына уақытта берілмесе (күн)</translation>
    </message>
    <message>
        <source>Blanks on hand fe&amp;wer than:</source>
        <translation>Қолдағы бланктер &amp;мынадан аз болса:</translation>
    </message>
    <message>
        <source>Blanks on hand fewer than</source>
        <translation>Қолдағы бланктер мынадан аз болса</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Баптау беттері</translation>
    </message>
    <message>
        <source>Desk and registry</source>
        <translation>Жұмыс орны және тізілім</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервтік көшірмелер</translation>
    </message>
</context>
<context>
    <name>ShiftReport</name>
    <message>
        <source>Reading the end-of-shift report</source>
        <translation>Ауысым соңындағы есепті оқу</translation>
    </message>
    <message>
        <source>The period is not valid: give a first day and a last day not before it.</source>
        <translation>Кезең дұрыс емес: бірінші күнді және одан бұрын емес соңғы күнді беріңіз.</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>End-of-shift report</source>
        <translation>Ауысым соңындағы есеп</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Есептің бірінші күні</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Есептің соңғы күні</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <source>Operator reported on</source>
        <translation>Есеп жасалатын оператор</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Есепті көрсету</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Есеп оқылуда…</translation>
    </message>
    <message>
        <source>What the report covers</source>
        <translation>Есеп неге қатысты</translation>
    </message>
    <message>
        <source>Counts of the report</source>
        <translation>Есептің сандары</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Назар аударуды қажет етеді:</translation>
    </message>
    <message>
        <source>Exceptions of the report</source>
        <translation>Есептегі назар аударуды қажет ететіндер</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Қашаннан бері</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>&amp;PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the signed report as PDF</source>
        <translation>Қол қойылған есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;CSV ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the report as CSV for a spreadsheet</source>
        <translation>Есепті электрондық кесте үшін CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>Басып &amp;шығару</translation>
    </message>
    <message>
        <source>Print the signed report</source>
        <translation>Қол қойылған есепті басып шығару</translation>
    </message>
</context>
<context>
    <name>ShiftReportLabels</name>
    <message>
        <source>Label</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Countersigned by</source>
        <translation>Растаған</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Қашаннан бері</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Қабылданған өтініштер</translation>
    </message>
    <message>
        <source>Refused at intake</source>
        <translation>Қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>Sent to the registry</source>
        <translation>Тізілімге жіберілді</translation>
    </message>
    <message>
        <source>IIN formed</source>
        <translation>ЖСН қалыптастырылды</translation>
    </message>
    <message>
        <source>IIN existing (the person already had one)</source>
        <translation>ЖСН бұрыннан бар (адамда бұрын болған)</translation>
    </message>
    <message>
        <source>IIN refused by the registry</source>
        <translation>Тізілім ЖСН қалыптастырудан бас тартты</translation>
    </message>
    <message>
        <source>Waiting for the registry's officer (now)</source>
        <translation>Тізілім қызметкерінің шешімін күтуде (қазір)</translation>
    </message>
    <message>
        <source>IIN assigned</source>
        <translation>ЖСН берілді</translation>
    </message>
    <message>
        <source>Certificates printed</source>
        <translation>Басып шығарылған куәліктер</translation>
    </message>
    <message>
        <source>Certificates reprinted (duplicates)</source>
        <translation>Басып шығарылған телнұсқалар</translation>
    </message>
    <message>
        <source>Certificates handed over</source>
        <translation>Берілген куәліктер</translation>
    </message>
    <message>
        <source>Blanks at the beginning</source>
        <translation>Басындағы бланктер</translation>
    </message>
    <message>
        <source>Blanks received</source>
        <translation>Алынған бланктер</translation>
    </message>
    <message>
        <source>Blanks used for certificates</source>
        <translation>Куәліктерге жұмсалған бланктер</translation>
    </message>
    <message>
        <source>Blanks spoiled</source>
        <translation>Бүлінген бланктер</translation>
    </message>
    <message>
        <source>Blanks handed back to the office</source>
        <translation>Бөлімшеге қайтарылған бланктер</translation>
    </message>
    <message>
        <source>Blanks on hand</source>
        <translation>Қолдағы бланктер</translation>
    </message>
</context>
<context>
    <name>ShiftReportLayout</name>
    <message>
        <source>The fonts of the printed documents could not be loaded.</source>
        <translation>Басып шығарылатын құжаттардың қаріптері жүктелмеді.</translation>
    </message>
    <message>
        <source>Cannot paint on the output device (is the file writable?).</source>
        <translation>Құжатты шығыс құрылғысында бейнелеу мүмкін емес (файлға жазуға рұқсат бар ма?).</translation>
    </message>
</context>
<context>
    <name>ShiftReportPayload</name>
    <message>
        <source>The code is not an end-of-shift report's signed payload (or it was altered).</source>
        <translation>Бұл код ауысым соңындағы есептің қол қойылған деректері емес (немесе ол өзгертілген).</translation>
    </message>
    <message>
        <source>The office, desk or operator holds a character a signed report cannot carry (| or a control character).</source>
        <translation>Бөлімшеде, жұмыс орнында немесе операторда қол қойылған есепке жазуға болмайтын таңба бар (| немесе басқару таңбасы).</translation>
    </message>
    <message>
        <source>A training report is signed with the training desk key.</source>
        <translation>Оқу есебіне оқу кілтімен қол қойылады.</translation>
    </message>
    <message>
        <source>A real report is signed with the desk's own key, not a training key.</source>
        <translation>Нақты есепке оқу кілтімен емес, жұмыс орнының өз кілтімен қол қойылады.</translation>
    </message>
</context>
<context>
    <name>ShiftReportVerifier</name>
    <message>
        <source>The report was signed by the desk key "%1", which no registry of this trust store certified.</source>
        <translation>Есепке «%1» жұмыс орны кілтімен қол қойылған, оны осы сенім қоймасындағы бірде-бір тізілім куәландырмаған.</translation>
    </message>
    <message>
        <source>The desk's signature does not match the report's figures: they were altered or forged.</source>
        <translation>Жұмыс орнының қолтаңбасы есептің сандарына сәйкес келмейді: олар өзгертілген немесе жалған.</translation>
    </message>
    <message>
        <source>The desk key "%1" was revoked by the registry: reports it signed prove nothing.</source>
        <translation>«%1» жұмыс орны кілтін тізілім кері қайтарып алған: ол қол қойған есептер ештеңені дәлелдемейді.</translation>
    </message>
    <message>
        <source>A real desk key signed a report marked as training.</source>
        <translation>Оқу деп белгіленген есепке жұмыс орнының нақты кілтімен қол қойылған.</translation>
    </message>
    <message>
        <source>The training desk key signed a report not marked as training.</source>
        <translation>Оқу деп белгіленбеген есепке оқу кілтімен қол қойылған.</translation>
    </message>
    <message>
        <source>The desk key "%1" was not in service on the day the report was made.</source>
        <translation>«%1» жұмыс орны кілті есеп жасалған күні қолданыста болмаған.</translation>
    </message>
    <message>
        <source>A training report: it was made in training mode and proves nothing.</source>
        <translation>Оқу есебі: ол оқу режимінде жасалған және ештеңені дәлелдемейді.</translation>
    </message>
    <message>
        <source>A genuine training report (training keys are trusted here).</source>
        <translation>Түпнұсқа оқу есебі (мұнда оқу кілттеріне сенім білдіріледі).</translation>
    </message>
    <message>
        <source>Genuine: signed by desk %1.</source>
        <translation>Түпнұсқа: %1 жұмыс орны қол қойған.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Криптографиялық кітапхана іске қосылмады.</translation>
    </message>
    <message>
        <source>A key id is 1 to 16 letters, digits, dots, dashes or underscores.</source>
        <translation>Кілт идентификаторы 1–16 таңбадан тұрады: латын әріптері, цифрлар, нүкте, дефис немесе астын сызу белгісі.</translation>
    </message>
    <message>
        <source>Key ids starting with TRAINING are reserved for the training key.</source>
        <translation>TRAINING сөзінен басталатын кілт идентификаторлары оқу кілтіне ғана арналған.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>%1 кілт файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The key file %1 may be read by other users: allow only its owner (chmod 600).</source>
        <translation>%1 кілт файлын басқа пайдаланушылар оқи алады: оқуға тек файл иесіне рұқсат беріңіз (chmod 600).</translation>
    </message>
    <message>
        <source>The file %1 is not an IIN Desk signing key.</source>
        <translation>%1 файлы ЖСН жұмыс орнының қол қою кілті емес.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: its public key does not match.</source>
        <translation>%1 кілт файлы бүлінген: ондағы ашық кілт сәйкес келмейді.</translation>
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
        <translation>%1: диск толып қалды. Ештеңе сақталған жоқ; дискіде орын босатып, әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>%1: the database file is read-only. Nothing was saved.</source>
        <translation>%1: дерекқор файлы тек оқуға арналған. Ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <source>%1: the database is locked by another program. Nothing was saved; try again in a moment.</source>
        <translation>%1: дерекқорды басқа бағдарлама бұғаттап тұр. Ештеңе сақталған жоқ; сәлден соң әрекетті қайталаңыз.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: дерекқор файлы бүлінген (%2).</translation>
    </message>
    <message>
        <source>%1: the database file cannot be read or written (%2).</source>
        <translation>%1: дерекқор файлын оқу немесе оған жазу мүмкін емес (%2).</translation>
    </message>
    <message>
        <source>The database "%1" is damaged and was not opened (%2). It was left untouched: restore the latest backup (see the store documentation).</source>
        <translation>«%1» дерекқоры бүлінген және ашылмады (%2). Ол өзгеріссіз қалдырылды: ең соңғы сақтық көшірмеден қалпына келтіріңіз (деректер қоймасының құжаттамасын қараңыз).</translation>
    </message>
</context>
<context>
    <name>TrainingRegistry</name>
    <message>
        <source>Cannot write the training registry's credential file %1.</source>
        <translation>Оқу тізілімінің тіркелгі деректері файлын (%1) жазу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>The key "%1" is not a valid Ed25519 public key.</source>
        <translation>«%1» кілті дұрыс Ed25519 ашық кілті емес.</translation>
    </message>
    <message>
        <source>The key id "%1" names two different keys.</source>
        <translation>«%1» кілт идентификаторы екі түрлі кілтке берілген.</translation>
    </message>
    <message>
        <source>Cannot read the trust file %1: %2</source>
        <translation>%1 сенімді кілттер файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a trust file: it needs a "keys" list.</source>
        <translation>%1 файлы сенімді кілттер файлы емес: онда «keys» тізімі болуы тиіс.</translation>
    </message>
    <message>
        <source>The desk key "%1" is not certified by a registry key of this trust file.</source>
        <translation>«%1» жұмыс орны кілтін осы сенімді кілттер файлындағы тізілім кілті куәландырмаған.</translation>
    </message>
    <message>
        <source>The file %1 lists a revoked desk key without a valid key id.</source>
        <translation>%1 файлында кері қайтарып алынған жұмыс орны кілті дұрыс кілт идентификаторынсыз көрсетілген.</translation>
    </message>
</context>
<context>
    <name>UpgradeBackup</name>
    <message>
        <source>The folder cannot be created.</source>
        <translation>Қалтаны жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Another program is upgrading it.</source>
        <translation>Оны басқа бағдарлама жаңартып жатыр.</translation>
    </message>
    <message>
        <source>The folder is not writable.</source>
        <translation>Қалтаға жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>The backup before the upgrade cannot be written in the folder "%1": %2</source>
        <translation>Жаңарту алдындағы сақтық көшірмені «%1» қалтасына жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>the copy fails its integrity check</source>
        <translation>көшірме тұтастық тексеруінен өтпейді</translation>
    </message>
    <message>
        <source>the copy does not hold schema %1</source>
        <translation>көшірмеде %1-схема жоқ</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>қалтаны жасау мүмкін емес</translation>
    </message>
    <message>
        <source>the file "%1" cannot be created</source>
        <translation>«%1» файлын жасау мүмкін емес</translation>
    </message>
    <message>
        <source>the copy cannot be read back</source>
        <translation>көшірмені қайта оқу мүмкін емес</translation>
    </message>
</context>
<context>
    <name>iin::DocumentJobs</name>
    <message>
        <source>No printer was given for the document.</source>
        <translation>Құжат үшін принтер көрсетілмеген.</translation>
    </message>
    <message>
        <source>The printer did not accept the document: check that it is switched on, connected and has paper.</source>
        <translation>Принтер құжатты қабылдамады: оның қосулы екенін, жалғанғанын және қағаз барын тексеріңіз.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>iin::EditCalendar</name>
    <message>
        <source>The calendar is saved, but the complaints' due dates were not updated: %1 Run "refresh due dates" again.</source>
        <translation>Күнтізбе сақталды, бірақ шағымдардың мерзімдері жаңартылмады: %1 «Мерзімдерді жаңарту» әрекетін қайта орындаңыз.</translation>
    </message>
</context>
<context>
    <name>iin::RegisterComplaint</name>
    <message>
        <source>There is no application "%1" in the journal: give its registration number (or id).</source>
        <translation>Журналда «%1» өтініші жоқ: өтініштің тіркеу нөмірін (немесе идентификаторын) көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>iin::RegistryClient</name>
    <message>
        <source>The registry did not answer in time; the request may or may not have been processed. Ask by key before sending again.</source>
        <translation>Тізілім уақытында жауап бермеді; сұрау өңделген болуы да, өңделмеген болуы да мүмкін. Қайта жібермес бұрын тізілімнен сұрау кілті бойынша нәтижесін сұраңыз.</translation>
    </message>
    <message>
        <source>The registry's answer is larger than the limit.</source>
        <translation>Тізілім жауабының көлемі рұқсат етілген шектен асады.</translation>
    </message>
    <message>
        <source>The registry's TLS certificate was not accepted: %1</source>
        <translation>Тізілімнің TLS сертификаты қабылданбады: %1</translation>
    </message>
    <message>
        <source>No answer from the registry: %1</source>
        <translation>Тізілімнен жауап жоқ: %1</translation>
    </message>
    <message>
        <source>The registry answered with a redirect, which the protocol does not allow.</source>
        <translation>Тізілім қайта бағыттаумен (redirect) жауап берді, ал хаттама бұған рұқсат етпейді.</translation>
    </message>
    <message>
        <source>The registry answered HTTP %1 without a protocol error.</source>
        <translation>Тізілім HTTP %1 кодымен жауап берді, бірақ хаттамада көзделген қате сипаттамасын бермеді.</translation>
    </message>
    <message>
        <source>The registry's answer is not a JSON object.</source>
        <translation>Тізілімнің жауабы JSON объектісі емес.</translation>
    </message>
    <message>
        <source>The registry's answer does not fit the application: %1. Tell the supervisor; do not hand out this IIN.</source>
        <translation>Тізілімнің жауабы өтінішке сәйкес келмейді: %1. Жетекшіге хабарлаңыз; бұл ЖСН-ді бермеңіз.</translation>
    </message>
    <message>
        <source>it answers another request</source>
        <translation>жауап басқа сұрауға берілген</translation>
    </message>
    <message>
        <source>no IIN</source>
        <translation>жауапта ЖСН жоқ</translation>
    </message>
    <message>
        <source>the IIN is not valid</source>
        <translation>ЖСН дұрыс емес</translation>
    </message>
    <message>
        <source>the IIN's birth date is not the applicant's</source>
        <translation>ЖСН-нен анықталған туған күні арыз иесінің туған күнімен сәйкес келмейді</translation>
    </message>
    <message>
        <source>the IIN's sex digit is not the applicant's</source>
        <translation>ЖСН-нен анықталған жынысы арыз иесінің жынысына сәйкес келмейді</translation>
    </message>
    <message>
        <source>The registry's batch answer is malformed.</source>
        <translation>Тізілімнің топтамалық сұрауға берген жауабы қате құрылған.</translation>
    </message>
    <message>
        <source>The registry did not accept this desk's credential. Check the desk credential in Settings.</source>
        <translation>Тізілім осы жұмыс орнының тіркелгі деректерін қабылдамады. Баптаулардағы жұмыс орнының тіркелгі деректерін тексеріңіз.</translation>
    </message>
    <message>
        <source>This desk is disabled at the registry. Ask the registry's administrator to enable it.</source>
        <translation>Бұл жұмыс орны тізілімде өшірілген. Тізілім әкімшісінен оны қосуды сұраңыз.</translation>
    </message>
    <message>
        <source>The registry does not understand this desk's requests (%1). Check the registry address in Settings.</source>
        <translation>Тізілім осы жұмыс орнының сұрауларын түсінбейді (%1). Баптаулардағы тізілім мекенжайын тексеріңіз.</translation>
    </message>
    <message>
        <source>The request is larger than the registry accepts.</source>
        <translation>Сұрау тізілім қабылдайтын көлемнен үлкен.</translation>
    </message>
    <message>
        <source>The registry holds another application under this request's key. Tell the supervisor.</source>
        <translation>Тізілімде осы сұраудың кілтімен басқа өтініш тұр. Жетекшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The registry has no free IIN left for this birth date. Tell the supervisor.</source>
        <translation>Тізілімде осы туған күнге бос ЖСН қалмады. Жетекшіге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The registry is temporarily unavailable; the desk will try again.</source>
        <translation>Тізілім уақытша қолжетімсіз; жұмыс орны қайтадан әрекет етеді.</translation>
    </message>
    <message>
        <source>The registry failed with an internal error; the desk will try again.</source>
        <translation>Тізілімде ішкі қате болды; жұмыс орны қайтадан әрекет етеді.</translation>
    </message>
    <message>
        <source>The registry refused the request (%1): %2</source>
        <translation>Тізілім сұрауды қабылдамады (%1): %2</translation>
    </message>
    <message>
        <source>the registry's attestation names another person</source>
        <translation>тізілімнің растауы басқа адамды көрсетеді</translation>
    </message>
    <message>
        <source>The registry's certification of the desk key is malformed.</source>
        <translation>Тізілімнің жұмыс орны кілтін куәландыруы қате құрылған.</translation>
    </message>
    <message>
        <source>The request reached the registry too slowly; the desk will try again.</source>
        <translation>Сұрау тізілімге тым баяу жетті; жұмыс орны қайтадан әрекет етеді.</translation>
    </message>
</context>
<context>
    <name>iin::SerialMrzReader</name>
    <message>
        <source>The passport reader's port %1 does not exist: check the cable and the port in the desk settings.</source>
        <translation>Паспорт оқу құрылғысының %1 порты жоқ: кабельді және жұмыс орны баптауларындағы портты тексеріңіз.</translation>
    </message>
    <message>
        <source>The passport reader's port %1 is in use by another program or not open to this user.</source>
        <translation>Паспорт оқу құрылғысының %1 портын басқа бағдарлама пайдаланып жатыр немесе ол осы пайдаланушыға ашық емес.</translation>
    </message>
    <message>
        <source>The passport reader on %1 was disconnected.</source>
        <translation>%1 портындағы паспорт оқу құрылғысы ажыратылды.</translation>
    </message>
    <message>
        <source>The passport reader on %1 does not answer: %2</source>
        <translation>%1 портындағы паспорт оқу құрылғысы жауап бермейді: %2</translation>
    </message>
</context>
<context>
    <name>iin::SyncWorker</name>
    <message>
        <source>The stored application cannot be read.</source>
        <translation>Сақталған өтінішті оқу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>iin::server::RegistryHttpServer</name>
    <message>
        <source>Cannot read the TLS certificate or key.</source>
        <translation>TLS сертификатын немесе кілтін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not valid PEM.</source>
        <translation>TLS сертификаты немесе кілті дұрыс PEM пішімінде емес.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2 мекенжайында байланыс күту мүмкін емес: %3</translation>
    </message>
</context>
<context>
    <name>iin::ui::AgeBandsModel</name>
    <message>
        <source>Requests</source>
        <translation>Сұрау салулар</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Куәліктер</translation>
    </message>
    <message>
        <source>under %1 h</source>
        <translation>%1 сағ. дейін</translation>
    </message>
    <message>
        <source>over %1 h</source>
        <translation>%1 сағ. астам</translation>
    </message>
    <message>
        <source>%1–%2 h</source>
        <translation>%1–%2 сағ.</translation>
    </message>
    <message>
        <source>over %1 days</source>
        <translation>&gt; %1 күн</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 күн</translation>
    </message>
    <message>
        <source>Not answered by the registry, waiting %1</source>
        <translation>Тізілім жауап бермеген, күту уақыты: %1</translation>
    </message>
    <message>
        <source>Printed, not handed over, waiting %1</source>
        <translation>Басып шығарылған, берілмеген, күту уақыты: %1</translation>
    </message>
</context>
<context>
    <name>iin::ui::ApplicationComplaintsWidget</name>
    <message>
        <source>The complaints cannot be read: %1</source>
        <translation>Шағымдарды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Complaints about this application</source>
        <translation>Осы өтініш бойынша шағымдар</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресаты</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>No complaints about this application.</source>
        <translation>Осы өтініш бойынша шағымдар жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) about this application</source>
        <translation>
            <numerusform>Осы өтініш бойынша %n шағым</numerusform>
            <numerusform>Осы өтініш бойынша %n шағым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OVERDUE</source>
        <translation>
            <numerusform>%n МЕРЗІМІ ӨТКЕН</numerusform>
            <numerusform>%n МЕРЗІМІ ӨТКЕН</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iin::ui::ApplicationView</name>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>created</source>
        <translation>жасалды</translation>
    </message>
    <message>
        <source>refused at intake</source>
        <translation>қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>мәртебесі өзгертілді</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>қаралды</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>басып шығарылды</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспортталды</translation>
    </message>
    <message>
        <source>The journal is not available on this desk.</source>
        <translation>Бұл жұмыс орнында журнал қолжетімсіз.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>%1 өтініші</translation>
    </message>
    <message>
        <source>The application cannot be read: %1</source>
        <translation>Өтінішті оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The application was not cancelled: %1</source>
        <translation>Өтініштің күші жойылмады: %1</translation>
    </message>
    <message>
        <source>The scan cannot be shown: %1</source>
        <translation>Сканды көрсету мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Reading the application…</source>
        <translation>Өтініш оқылуда…</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Өтініш беру арнасы</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Annex 2 (penitentiary institution)</source>
        <translation>2-қосымша (қылмыстық-атқару жүйесінің мекемесі)</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>1-қосымша</translation>
    </message>
    <message>
        <source>Date of submission</source>
        <translation>Өтініш берілген күні</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Тіркелген уақыты</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Тіркеген қызметкер</translation>
    </message>
    <message>
        <source>Office and desk</source>
        <translation>Бөлімше және жұмыс орны</translation>
    </message>
    <message>
        <source>Rule edition</source>
        <translation>Қағидалар редакциясы</translation>
    </message>
    <message>
        <source>Request to the registry</source>
        <translation>Тізілімге жіберілетін сұрау</translation>
    </message>
    <message>
        <source>Last error of the registry link</source>
        <translation>Тізіліммен байланыстың соңғы қатесі</translation>
    </message>
    <message>
        <source>Missing at intake</source>
        <translation>Қабылдау кезінде жетіспеген құжаттар</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Арыз иесі</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Аты-жөні (кириллицамен)</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Аты-жөні (латын әріптерімен)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Туған жері</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Жеке басын куәландыратын құжат</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>Құжатты берген мемлекет</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Құжатты берген орган</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Data in Cyrillic or Latin letters</source>
        <translation>Деректер кирилл немесе латын әріптерімен берілген</translation>
    </message>
    <message>
        <source>Shown from the digital documents service</source>
        <translation>Цифрлық құжаттар сервисінен көрсетілді</translation>
    </message>
    <message>
        <source>Stay and contacts</source>
        <translation>Болу туралы және байланыс деректері</translation>
    </message>
    <message>
        <source>Address of stay</source>
        <translation>Болатын мекенжайы</translation>
    </message>
    <message>
        <source>Purpose of stay</source>
        <translation>Болу мақсаты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электрондық пошта</translation>
    </message>
    <message>
        <source>Consent to the processing of personal data</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкіл</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>Сенімхат</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>%2 күнгі № %1</translation>
    </message>
    <message>
        <source>notarized</source>
        <translation>нотариалды куәландырылған</translation>
    </message>
    <message>
        <source>Notary</source>
        <translation>Нотариус</translation>
    </message>
    <message>
        <source>Annex 2</source>
        <translation>2-қосымша</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Head of the institution</source>
        <translation>Мекеме басшысы</translation>
    </message>
    <message>
        <source>Representative of the institution</source>
        <translation>Мекеме өкілі</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Date of the verdict</source>
        <translation>Үкім шығарылған күні</translation>
    </message>
    <message>
        <source>Certified by the head</source>
        <translation>Мекеме басшысы куәландырған</translation>
    </message>
    <message>
        <source>duly certified</source>
        <translation>тиісінше куәландырылған</translation>
    </message>
    <message>
        <source>electronic copy</source>
        <translation>электрондық көшірме</translation>
    </message>
    <message>
        <source>paper only, no scan</source>
        <translation>тек қағаз түрінде, скан жоқ</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Қоса берілген құжаттар (%1)</translation>
    </message>
    <message>
        <source>No attachments.</source>
        <translation>Қоса берілген құжаттар жоқ.</translation>
    </message>
    <message>
        <source>Only the paper was seen: there is no scan.</source>
        <translation>Тек қағаз нұсқасы көрсетілді: скан жоқ.</translation>
    </message>
    <message>
        <source>%1: no preview for this kind of file.</source>
        <translation>%1: мұндай файл түрін алдын ала қарау мүмкін емес.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>белгісіз түр</translation>
    </message>
    <message>
        <source>The scan cannot be shown: it is not a readable image.</source>
        <translation>Сканды көрсету мүмкін емес: ол оқылатын сурет емес.</translation>
    </message>
    <message>
        <source>Reading the scan…</source>
        <translation>Скан оқылуда…</translation>
    </message>
    <message>
        <source>Print the r&amp;eceipt of refusal</source>
        <translation>Қабылдаудан бас тарту туралы &amp;қолхатты басып шығару</translation>
    </message>
    <message>
        <source>Print the r&amp;eceipt</source>
        <translation>&amp;Қолхатты басып шығару</translation>
    </message>
    <message>
        <source>Type the reason for the cancellation: it is recorded with the application.</source>
        <translation>Күшін жою себебін теріңіз: ол өтініште жазылып қалады.</translation>
    </message>
    <message>
        <source>Cancel the application</source>
        <translation>Өтініштің күшін жою</translation>
    </message>
    <message>
        <source>Cancel the application %1? Its request to the registry is withdrawn; this cannot be undone.

Reason: %2</source>
        <translation>%1 өтінішінің күшін жою керек пе? Оның тізілімге жіберілетін сұрауы кері қайтарылады; бұл әрекетті болдырмау мүмкін емес.

Себебі: %2</translation>
    </message>
    <message>
        <source>The application is cancelled.</source>
        <translation>Өтініштің күші жойылды.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>Бұрынғы мәртебе</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>Жаңа мәртебе</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толық мәліметтер</translation>
    </message>
    <message>
        <source>Close the view (Escape)</source>
        <translation>Көріністі жабу (Esc)</translation>
    </message>
    <message>
        <source>Read the application again (F5)</source>
        <translation>Өтінішті қайта оқу (F5)</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>жіберілуін күтуде</translation>
    </message>
    <message>
        <source>sent, waiting for the answer</source>
        <translation>жіберілді, жауап күтілуде</translation>
    </message>
    <message>
        <source>answered: the IIN is formed</source>
        <translation>жауап алынды: ЖСН қалыптастырылды</translation>
    </message>
    <message>
        <source>answered: refused</source>
        <translation>жауап алынды: бас тартылды</translation>
    </message>
    <message>
        <source>not sent: the application was cancelled</source>
        <translation>жіберілмеді: өтініштің күші жойылды</translation>
    </message>
    <message>
        <source>waiting for the registry's decision (review %1): the person may already have an IIN, and an officer of the registry decides. The desk asks again by itself.</source>
        <translation>тізілімнің шешімін күтуде (қарау № %1): адамның ЖСН-і бұрыннан болуы мүмкін, оны тізілімнің қызметкері шешеді. Жұмыс орны өзі қайта сұрайды.</translation>
    </message>
</context>
<context>
    <name>iin::ui::AttentionWindow</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n сағат</numerusform>
            <numerusform>%n сағат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything that needs attention</source>
        <translation>Назар аударуды қажет ететіннің бәрі</translation>
    </message>
    <message>
        <source>Thresholds: outbox %1 h, IIN %2 h, printing %3 h, handover %4 days, blanks %5 (Settings, administrator).</source>
        <translation>Шектер: жіберу кезегі %1 сағ, ЖСН %2 сағ, басып шығару %3 сағ, беру %4 күн, бланктер %5 (баптауларды әкімші өзгертеді).</translation>
    </message>
    <message>
        <source>Nothing has passed its threshold.</source>
        <translation>Шектен асқан ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list for the registry's help desk</source>
        <translation>Тізімді тізілімнің қолдау қызметі үшін шығару</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Кестелер (*.csv)</translation>
    </message>
    <message>
        <source>The list is saved as %1 (recorded in the audit trail).</source>
        <translation>Тізім %1 ретінде сақталды (аудит журналына жазылды).</translation>
    </message>
</context>
<context>
    <name>iin::ui::BlanksDialog</name>
    <message>
        <source>Misprint</source>
        <translation>Басу ақауы</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Қағаз кептелуі</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Зақымдалған</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Blanks %1–%2 were recorded as received.</source>
        <translation>%1–%2 бланктері қабылданды деп тіркелді.</translation>
    </message>
    <message>
        <source>Blank %1 was recorded as spoiled.</source>
        <translation>%1 бланкі бүлінген деп тіркелді.</translation>
    </message>
    <message>
        <source>Received %1, printed on %2, spoiled %3: %4 on hand.</source>
        <translation>Қабылданды %1, басылды %2, бүлінді %3: қолда %4.</translation>
    </message>
    <message>
        <source>Next blank: %1.</source>
        <translation>Келесі бланк: %1.</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Қолында</translation>
    </message>
    <message>
        <source>Printed on today</source>
        <translation>Бүгін басылды</translation>
    </message>
    <message>
        <source>Spoiled today</source>
        <translation>Бүгін бүлінді</translation>
    </message>
    <message>
        <source>Choose the clerk: an active operator who may print certificates.</source>
        <translation>Қызметкерді таңдаңыз: куәліктерді басып шығаруға рұқсаты бар белсенді оператор.</translation>
    </message>
    <message numerus="yes">
        <source>Blanks %1–%2 (%n blank(s)) were handed to %3.</source>
        <translation>
            <numerusform>%1–%2 бланктері (%n бланк) %3 операторына берілді.</numerusform>
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused blank(s) were taken back from %1.</source>
        <translation>
            <numerusform>%1 операторынан пайдаланылмаған %n бланк қайтарып алынды.</numerusform>
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>iin::ui::BlanksOnHandModel</name>
    <message>
        <source>Blanks</source>
        <translation>Бланктер</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Қолда бар</translation>
    </message>
    <message>
        <source>Reorder below</source>
        <translation>Ең аз қор</translation>
    </message>
</context>
<context>
    <name>iin::ui::CalendarDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message numerus="yes">
        <source>The calendar for %1 is saved in the journal. %n unfinished complaint(s) got new due dates.</source>
        <translation>
            <numerusform>%1 жылғы күнтізбе журналда сақталды. Аяқталмаған %n шағымның мерзімдері жаңартылды.</numerusform>
            <numerusform>%1 жылғы күнтізбе журналда сақталды. Аяқталмаған %n шағымның мерзімдері жаңартылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unconfirmed (one source, an announcement or an estimate)</source>
        <translation>Расталмаған (бір дереккөз, хабарландыру немесе болжам)</translation>
    </message>
    <message>
        <source>Verified (checked against the published acts)</source>
        <translation>Тексерілген (жарияланған актілермен салыстырылған)</translation>
    </message>
    <message>
        <source>%1: edited at this desk and kept in the journal.</source>
        <translation>%1: деректер осы жұмыс орнында өзгертілген және журналда сақталады.</translation>
    </message>
    <message>
        <source>%1: the data shipped with the program.</source>
        <translation>%1: бағдарламамен бірге берілген деректер.</translation>
    </message>
    <message>
        <source>%1: no data yet; only the law's fixed holidays are counted. Enter the year's transfers and Kurban Ait.</source>
        <translation>%1: деректер әлі жоқ; заңда белгіленген тұрақты мерекелер ғана ескеріледі. Осы жылғы ауыстыруларды және Құрбан айттың күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>Working day: a date as dd.mm.yyyy.</source>
        <translation>Жұмыс күні: кк.аа.жжжж түріндегі күн.</translation>
    </message>
    <message>
        <source>Day off: a date as dd.mm.yyyy.</source>
        <translation>Демалыс күні: кк.аа.жжжж түріндегі күн.</translation>
    </message>
    <message>
        <source>Working day: give the weekend day that becomes a working day, and the day off it moves to.</source>
        <translation>Жұмыс күні: жұмыс күніне айналатын демалыс күнін және демалыс ауыстырылатын күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Decree: give the act and its number.</source>
        <translation>Қаулы: актіні және оның нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The transfer is added; save to put it in force.</source>
        <translation>Ауыстыру қосылды; күшіне енуі үшін сақтаңыз.</translation>
    </message>
    <message>
        <source>First day of Kurban ait: a date as dd.mm.yyyy.</source>
        <translation>Құрбан айттың бірінші күні: кк.аа.жжжж түріндегі күн.</translation>
    </message>
</context>
<context>
    <name>iin::ui::ComplaintDeadlinesModel</name>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтіп кеткен</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Мерзімі бүгін</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <source>%1–%2 working days</source>
        <translation>%1–%2 жұмыс күні</translation>
    </message>
</context>
<context>
    <name>iin::ui::ComplaintDialog</name>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>A&amp;pplication:</source>
        <translation>&amp;Өтініш:</translation>
    </message>
    <message>
        <source>A&amp;pplication (if any):</source>
        <translation>&amp;Өтініш (бар болса):</translation>
    </message>
    <message>
        <source>Registering the complaint…</source>
        <translation>Шағым тіркелуде…</translation>
    </message>
    <message>
        <source>Application: give the registration number of the application complained of.</source>
        <translation>Өтініш: шағым жасалған өтініштің тіркеу нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Person complained of: give the name of the officer or employee.</source>
        <translation>Шағым жасалған адам: лауазымды адамның немесе қызметкердің аты-жөнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Registered on: type the date as dd.mm.yyyy, e.g. %1.</source>
        <translation>Тіркелген күні: күнді кк.аа.жжжж түрінде теріңіз, мысалы, %1.</translation>
    </message>
    <message>
        <source>Registered on: the date is in the future.</source>
        <translation>Тіркелген күні: бұл күн әлі келген жоқ.</translation>
    </message>
    <message>
        <source>Complainant: give who complains.</source>
        <translation>Шағым беруші: шағымды кім беретінін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Substance: say what the complaint is about.</source>
        <translation>Шағымның мәні: шағым не туралы екенін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Learned of the act on: a date as dd.mm.yyyy, not after the registration, or leave it empty.</source>
        <translation>Акт туралы білген күні: кк.аа.жжжж түріндегі, тіркелген күннен кеш емес күнді енгізіңіз немесе өрісті бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>iin::ui::ComplaintOutcomeDialog</name>
    <message>
        <source>Complaint %1 of %2 · %3 · %4</source>
        <translation>№ %1 шағым, %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Satisfied by a favourable act within 3 working days (not forwarded)</source>
        <translation>3 жұмыс күні ішінде қолайлы актімен қанағаттандырылды (жіберілмейді)</translation>
    </message>
    <message>
        <source>Forwarded with the case file to the reviewing body</source>
        <translation>Іс материалдарымен бірге шағымды қарайтын органға жіберілді</translation>
    </message>
    <message>
        <source>Decided by the reviewing body</source>
        <translation>Шағымды қарайтын орган шешім қабылдады</translation>
    </message>
    <message>
        <source>Review term extended</source>
        <translation>Қарау мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Қанағаттандырылды</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Қанағаттандырудан бас тартылды</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>Recording the outcome…</source>
        <translation>Нәтиже жазылуда…</translation>
    </message>
    <message>
        <source>On: the date as dd.mm.yyyy, not in the future.</source>
        <translation>Күні: кк.аа.жжжж түріндегі, бүгіннен кеш емес күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>Reference: give the number of the reviewing body's decision.</source>
        <translation>Деректемесі: шағымды қарайтын органның шешімінің нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Reason: say why the term is extended.</source>
        <translation>Себебі: мерзімнің неліктен ұзартылатынын көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>iin::ui::ComplaintsWindow</name>
    <message numerus="yes">
        <source>%n complaint(s) overdue</source>
        <translation>
            <numerusform>мерзімі өтіп кеткен %n шағым</numerusform>
            <numerusform>мерзімі өтіп кеткен %n шағым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) due soon</source>
        <translation>
            <numerusform>мерзімі жақындаған %n шағым</numerusform>
            <numerusform>мерзімі жақындаған %n шағым</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints: %1. See Supervision &gt; Complaints (Ctrl+Shift+K).</source>
        <translation>Шағымдар: %1. «Бақылау &gt; Шағымдар» мәзірін қараңыз (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <source>Complaint %1 is registered.</source>
        <translation>№ %1 шағым тіркелді.</translation>
    </message>
    <message>
        <source>The outcome of complaint %1 is recorded: %2.</source>
        <translation>№ %1 шағымның нәтижесі жазылды: %2.</translation>
    </message>
    <message>
        <source>The summary of complaint %1 is saved to %2; the print is recorded.</source>
        <translation>№ %1 шағым бойынша қорытынды %2 файлына сақталды; басып шығару журналға жазылды.</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Ашық шағымдар</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтіп кеткен</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Мерзімі жақындаған</translation>
    </message>
    <message>
        <source>Overdue or due soon</source>
        <translation>Мерзімі өтіп кеткен немесе жақындаған</translation>
    </message>
    <message>
        <source>All complaints</source>
        <translation>Барлық шағымдар</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n шағым</numerusform>
            <numerusform>%n шағым</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the complaint's summary</source>
        <translation>Шағым бойынша қорытындыны экспорттау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the summary…</source>
        <translation>Қорытынды экспортталуда…</translation>
    </message>
    <message>
        <source>The complaint was not registered: %1</source>
        <translation>Шағым тіркелмеді: %1</translation>
    </message>
    <message>
        <source>The outcome was not recorded: %1</source>
        <translation>Нәтиже жазылмады: %1</translation>
    </message>
    <message>
        <source>There is no complaint %1.</source>
        <translation>%1 идентификаторлы шағым жоқ.</translation>
    </message>
    <message>
        <source>From the dashboard: complaints whose first term runs out: %1.</source>
        <translation>Бақылау тақтасынан: бірінші мерзімі аяқталатын шағымдар: %1.</translation>
    </message>
</context>
<context>
    <name>iin::ui::CountryComboBox</name>
    <message>
        <source>(not chosen)</source>
        <translation>(таңдалмаған)</translation>
    </message>
    <message>
        <source>Stateless person</source>
        <translation>Азаматтығы жоқ адам</translation>
    </message>
</context>
<context>
    <name>iin::ui::DashboardWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Бақылау тақтасы</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>%1 жағдай бойынша</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Журнал оқылуда…</translation>
    </message>
    <message>
        <source>Applications per day, by where they stand now</source>
        <translation>Күн сайынғы өтініштер, қазіргі мәртебесі бойынша</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Requests not answered by the registry</source>
        <translation>Тізілім жауап бермеген сұрау салулар</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Сұрау салулар</translation>
    </message>
    <message>
        <source>Certificates printed, not handed over</source>
        <translation>Басып шығарылған, бірақ берілмеген куәліктер</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Куәліктер</translation>
    </message>
    <message>
        <source>Security-paper blanks on hand</source>
        <translation>Қолдағы қорғалған бланктер</translation>
    </message>
    <message>
        <source>Blanks</source>
        <translation>Бланктер</translation>
    </message>
    <message>
        <source>Unfinished complaints, by the first term</source>
        <translation>Аяқталмаған шағымдар, бірінші мерзімі бойынша</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Waiting (red: stuck, over %1 h)</source>
        <translation>Күту (қызыл: тұрып қалған, %1 сағ. астам)</translation>
    </message>
    <message>
        <source>Since printing (red: over %1 days)</source>
        <translation>Басылғаннан бері (қызыл: %1 күннен астам)</translation>
    </message>
    <message>
        <source>Below the minimum stock</source>
        <translation>Ең аз қордан аз</translation>
    </message>
</context>
<context>
    <name>iin::ui::DateLineEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
</context>
<context>
    <name>iin::ui::DeskPrinter</name>
    <message>
        <source>Your role may not print this document.</source>
        <translation>Сіздің рөліңізге бұл құжатты басып шығаруға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The journal is not open on this desk: nothing can be printed.</source>
        <translation>Бұл жұмыс орнында журнал ашылмаған: ештеңені басып шығару мүмкін емес.</translation>
    </message>
    <message>
        <source>Your role may not print certificates.</source>
        <translation>Сіздің рөліңізге куәліктерді басып шығаруға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Куәлікті басып шығару</translation>
    </message>
    <message>
        <source>&amp;Registration number, IIN or application id:</source>
        <translation>&amp;Тіркеу нөмірі, ЖСН немесе өтініштің идентификаторы:</translation>
    </message>
    <message>
        <source>Looking for the application…</source>
        <translation>Өтініш ізделуде…</translation>
    </message>
    <message>
        <source>A duplicate of certificate %1 was printed (%2).</source>
        <translation>%1 куәлігінің телнұсқасы басып шығарылды (%2).</translation>
    </message>
    <message>
        <source>Certificate %1 was printed (%2); the application is now "certificate printed".</source>
        <translation>%1 куәлігі басып шығарылды (%2); өтініш енді «куәлік басып шығарылған» мәртебесінде.</translation>
    </message>
    <message>
        <source>A duplicate of the receipt of acceptance was printed (%1).</source>
        <translation>Құжаттарды қабылдау туралы қолхаттың телнұсқасы басып шығарылды (%1).</translation>
    </message>
    <message>
        <source>The receipt of acceptance was printed (%1).</source>
        <translation>Құжаттарды қабылдау туралы қолхат басып шығарылды (%1).</translation>
    </message>
    <message>
        <source>A duplicate of the receipt of refusal was printed (%1).</source>
        <translation>Құжаттарды қабылдаудан бас тарту туралы қолхаттың телнұсқасы басып шығарылды (%1).</translation>
    </message>
    <message>
        <source>The receipt of refusal was printed (%1).</source>
        <translation>Құжаттарды қабылдаудан бас тарту туралы қолхат басып шығарылды (%1).</translation>
    </message>
    <message>
        <source>No printer is configured for this desk (File &gt; Settings &gt; Printer).</source>
        <translation>Бұл жұмыс орны үшін принтер бапталмаған («Файл &gt; Жұмыс орнының баптаулары &gt; Принтер»).</translation>
    </message>
    <message>
        <source>The printer "%1" is not available on this computer: check that it is installed, switched on and connected.</source>
        <translation>«%1» принтері бұл компьютерде қолжетімсіз: оның орнатылғанын, қосулы екенін және жалғанғанын тексеріңіз.</translation>
    </message>
    <message>
        <source>The printer "%1" cannot be used now.</source>
        <translation>«%1» принтерін қазір пайдалану мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>iin::ui::DeskSession</name>
    <message>
        <source>IIN Desk</source>
        <translation>ЖСН жұмыс орны</translation>
    </message>
    <message>
        <source>The desk is closing.</source>
        <translation>Жұмыс орны жабылуда.</translation>
    </message>
    <message>
        <source>The journal was upgraded from schema %1 to %2. A copy of it as it was before is kept in %3.</source>
        <translation>Журнал %1-схемадан %2-схемаға жаңартылды. Оның бұрынғы күйіндегі көшірмесі мына жерде сақтаулы: %3.</translation>
    </message>
</context>
<context>
    <name>iin::ui::DraftsDialog</name>
    <message>
        <source>(no name yet)</source>
        <translation>(аты-жөні әлі енгізілмеген)</translation>
    </message>
    <message>
        <source>Annex 2</source>
        <translation>2-қосымша</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>1-қосымша</translation>
    </message>
    <message>
        <source>%1 — %2, saved %3 by %4</source>
        <translation>%1 — %2, сақталған уақыты: %3, сақтаған: %4</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unfinished application(s).</source>
        <translation>
            <numerusform>Сізде %n аяқталмаған өтініш бар.</numerusform>
            <numerusform>Сізде %n аяқталмаған өтініш бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft file(s) cannot be read and are left untouched in %1.</source>
        <translation>
            <numerusform>%n жоба файлын оқу мүмкін емес; олар %1 қалтасында өзгеріссіз қалдырылды.</numerusform>
            <numerusform>%n жоба файлын оқу мүмкін емес; олар %1 қалтасында өзгеріссіз қалдырылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the application</source>
        <translation>Өтінішті жою</translation>
    </message>
    <message>
        <source>Discard the selected unfinished application? What was typed cannot be recovered.</source>
        <translation>Таңдалған аяқталмаған өтінішті жою керек пе? Енгізілген деректерді қалпына келтіру мүмкін болмайды.</translation>
    </message>
</context>
<context>
    <name>iin::ui::HandoverDialog</name>
    <message>
        <source>Hand over the registration certificate: application %1</source>
        <translation>Тіркеу куәлігін беру: %1 идентификаторлы өтініш</translation>
    </message>
    <message>
        <source>Hand over the registration certificate: %1</source>
        <translation>Тіркеу куәлігін беру: %1</translation>
    </message>
    <message>
        <source>Identity document &amp;type:</source>
        <translation>Жеке басын куәландыратын құжаттың &amp;түрі:</translation>
    </message>
    <message>
        <source>Identity document &amp;number:</source>
        <translation>Жеке басын куәландыратын құжаттың &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Type of the identity document presented</source>
        <translation>Көрсетілген жеке басын куәландыратын құжаттың түрі</translation>
    </message>
    <message>
        <source>Number of the identity document presented</source>
        <translation>Көрсетілген жеке басын куәландыратын құжаттың нөмірі</translation>
    </message>
    <message>
        <source>Digital document &amp;type:</source>
        <translation>Цифрлық құжаттың &amp;түрі:</translation>
    </message>
    <message>
        <source>Digital document &amp;number:</source>
        <translation>Цифрлық құжаттың &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Type of the document from the digital documents service</source>
        <translation>Цифрлық құжаттар сервисінен алынған құжаттың түрі</translation>
    </message>
    <message>
        <source>Number of the document from the digital documents service</source>
        <translation>Цифрлық құжаттар сервисінен алынған құжаттың нөмірі</translation>
    </message>
    <message>
        <source>Representative's document &amp;type:</source>
        <translation>Өкіл құжатының &amp;түрі:</translation>
    </message>
    <message>
        <source>Representative's document &amp;number:</source>
        <translation>Өкіл құжатының &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Type of the representative's identity document</source>
        <translation>Өкілдің жеке басын куәландыратын құжатының түрі</translation>
    </message>
    <message>
        <source>Number of the representative's identity document</source>
        <translation>Өкілдің жеке басын куәландыратын құжатының нөмірі</translation>
    </message>
    <message>
        <source>Record the &amp;handover</source>
        <translation>&amp;Беруді жазу</translation>
    </message>
    <message>
        <source>Date of the power of attorney</source>
        <translation>Сенімхаттың берілген күні</translation>
    </message>
    <message>
        <source>Power of attorney valid until</source>
        <translation>Сенімхаттың жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>%1 (%2) is not a real date: type it as dd.mm.yyyy.</source>
        <translation>%1 (%2): нақты емес күн көрсетілген; оны кк.аа.жжжж түрінде теріңіз.</translation>
    </message>
    <message>
        <source>Recording the handover…</source>
        <translation>Беру жазылуда…</translation>
    </message>
    <message>
        <source>Document on file: %1 %2</source>
        <translation>Істегі құжат: %1 %2</translation>
    </message>
    <message>
        <source>The number presented, %1, is not the number on file, %2: check that this is the applicant's document (a renewed passport has a new number).</source>
        <translation>Көрсетілген нөмір %1 істегі %2 нөмірімен сәйкес келмейді: бұл өтініш берушінің құжаты екенін тексеріңіз (жаңартылған паспорттың нөмірі жаңа болады).</translation>
    </message>
</context>
<context>
    <name>iin::ui::IntakeForm</name>
    <message>
        <source>Electronic request certified by the EDS</source>
        <translation>ЭЦҚ-мен куәландырылған электрондық сұрау салу</translation>
    </message>
    <message>
        <source>Discard the application</source>
        <translation>Өтінішті жою</translation>
    </message>
    <message>
        <source>Discard this application and its draft? What was typed cannot be recovered.</source>
        <translation>Бұл өтініш пен оның жобасы жойылсын ба? Енгізілген деректерді қалпына келтіру мүмкін болмайды.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(таңдалмаған)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Application (Annex 2)</source>
        <translation>Өтініш (2-қосымша)</translation>
    </message>
    <message>
        <source>Application (Annex 1)</source>
        <translation>Өтініш (1-қосымша)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>Attach a scanned image or PDF (Alt+N)</source>
        <translation>Сканерленген суретті немесе PDF файлын қосу (Alt+Қ)</translation>
    </message>
    <message>
        <source>Register the application (Ctrl+Enter)</source>
        <translation>Өтінішті тіркеу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); drafts also save themselves after every change</source>
        <translation>Жобаны қазір сақтау (Ctrl+S); жобалар әр өзгерістен кейін өздігінен де сақталады</translation>
    </message>
    <message>
        <source>New Annex 2 application</source>
        <translation>Жаңа өтініш (2-қосымша)</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>%1: "%2" is not a real date; type it as dd.mm.yyyy.</source>
        <translation>%1: «%2» нақты күн емес; оны кк.аа.жжжж түрінде теріңіз.</translation>
    </message>
    <message>
        <source>The checklist is not available.</source>
        <translation>Бақылау тізімі қолжетімсіз.</translation>
    </message>
    <message>
        <source>Rules applied: edition %1 in force from %2</source>
        <translation>Қолданылатын қағидалар: %1 редакциясы, %2 бастап күшінде</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жетіспейді</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеріңіз</translation>
    </message>
    <message>
        <source>To fix</source>
        <translation>Түзету керек</translation>
    </message>
    <message>
        <source>Every field of the application is filled in correctly</source>
        <translation>Өтініштің барлық өрістері дұрыс толтырылған</translation>
    </message>
    <message>
        <source>Annex 2</source>
        <translation>2-қосымша</translation>
    </message>
    <message>
        <source>Annex 1</source>
        <translation>1-қосымша</translation>
    </message>
    <message>
        <source>Complete: every requirement is met. Press Ctrl+Enter to register.</source>
        <translation>Толық: барлық талап орындалды. Тіркеу үшін Ctrl+Enter басыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Incomplete: %n thing(s) to fix before registering.</source>
        <translation>
            <numerusform>Толық емес: тіркеу алдында түзетілетін %n мәселе бар.</numerusform>
            <numerusform>Толық емес: тіркеу алдында түзетілетін %n мәселе бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The application cannot be registered yet: %n thing(s) to fix (see the checklist). The first one is selected.</source>
        <translation>
            <numerusform>Өтінішті әлі тіркеуге болмайды: түзетілетін %n мәселе бар (бақылау тізімін қараңыз). Біріншісі таңдалды.</numerusform>
            <numerusform>Өтінішті әлі тіркеуге болмайды: түзетілетін %n мәселе бар (бақылау тізімін қараңыз). Біріншісі таңдалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach scans</source>
        <translation>Скандарды қосу</translation>
    </message>
    <message>
        <source>Scans (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pdf);;All files (*)</source>
        <translation>Скандар (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pdf);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>%1 is larger than %2; scan it at a lower resolution.</source>
        <translation>%1 файлы %2 көлемінен үлкен; оны төменірек ажыратымдылықпен сканерлеңіз.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 файлын оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>куәландырылған</translation>
    </message>
    <message>
        <source>electronic copy</source>
        <translation>электрондық көшірме</translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation>Қоса берілген құжат таңдалмаған.</translation>
    </message>
    <message>
        <source>%1 (%2): no preview for this kind of file.</source>
        <translation>%1 (%2): мұндай файл түрін алдын ала қарау мүмкін емес.</translation>
    </message>
    <message>
        <source>%1: the original file is no longer at %2.</source>
        <translation>%1: бастапқы файл енді %2 орнында жоқ.</translation>
    </message>
    <message>
        <source>%1 is already attached as "%2" (%3): the same scan is not attached twice.</source>
        <translation>%1 бұрыннан «%2» ретінде қосылған (%3): бір скан екі рет қосылмайды.</translation>
    </message>
    <message>
        <source>The fields were filled from the passport's machine-readable zone on the scanned page: compare each with the document.</source>
        <translation>Өрістер сканерленген беттегі паспорттың машинамен оқылатын аймағынан толтырылды: әрқайсысын құжатпен салыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>iin::ui::JournalModel</name>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <source>sent to the registry</source>
        <translation>тізілімге жіберілді</translation>
    </message>
    <message>
        <source>IIN assigned</source>
        <translation>ЖСН берілді</translation>
    </message>
    <message>
        <source>rejected by the registry</source>
        <translation>тізілім бас тартты</translation>
    </message>
    <message>
        <source>certificate printed</source>
        <translation>куәлік басып шығарылды</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>берілді</translation>
    </message>
    <message>
        <source>refused at intake</source>
        <translation>қабылдаудан бас тартылды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>күші жойылды</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(нөмірсіз)</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Name (Cyrillic / Latin)</source>
        <translation>Аты-жөні (кирилл / латын)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжаттың нөмірі</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Тіркелген уақыты</translation>
    </message>
    <message>
        <source>waiting for the registry's decision</source>
        <translation>тізілімнің шешімін күтуде</translation>
    </message>
</context>
<context>
    <name>iin::ui::JournalPage</name>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Алдымен жаңалары</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Алдымен ескілері</translation>
    </message>
    <message>
        <source>The journal is not available on this desk.</source>
        <translation>Бұл жұмыс орнында журнал қолжетімсіз.</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>Журналды оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Searching the journal…</source>
        <translation>Журналдан іздеу…</translation>
    </message>
    <message>
        <source>The journal has no applications yet.</source>
        <translation>Журналда әлі өтініш жоқ.</translation>
    </message>
    <message>
        <source>No application matches the search.</source>
        <translation>Іздеу шарттарына сәйкес келетін өтініш жоқ.</translation>
    </message>
    <message>
        <source>Showing the first %1 applications — refine the search to see the others.</source>
        <translation>Алғашқы %1 өтініш көрсетілген — қалғандарын көру үшін іздеу шарттарын нақтылаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s).</source>
        <translation>
            <numerusform>%n өтініш.</numerusform>
            <numerusform>%n өтініш.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applications shown; scroll down for more.</source>
        <translation>%1 өтініш көрсетілген; қалғандарын көру үшін төмен айналдырыңыз.</translation>
    </message>
    <message>
        <source>From the dashboard: %1</source>
        <translation>Бақылау тақтасынан: %1</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Барлығын көрсету</translation>
    </message>
</context>
<context>
    <name>iin::ui::LockScreen</name>
    <message>
        <source>The desk is locked. %1, enter your password to continue.</source>
        <translation>Жұмыс орны құлыпталған. %1, жұмысты жалғастыру үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Құпиясөз тексерілуде…</translation>
    </message>
</context>
<context>
    <name>iin::ui::LoginDialog</name>
    <message>
        <source>Login: enter your login.</source>
        <translation>Логин: логиніңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Құпиясөз тексерілуде…</translation>
    </message>
</context>
<context>
    <name>iin::ui::MainWindow</name>
    <message>
        <source>There are no unfinished applications.</source>
        <translation>Аяқталмаған өтініштер жоқ.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Желіде</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Желіден тыс</translation>
    </message>
    <message>
        <source>training registry</source>
        <translation>оқу тізілімі</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>кезекте: %1</translation>
    </message>
    <message>
        <source>last exchange %1</source>
        <translation>соңғы алмасу: %1</translation>
    </message>
    <message>
        <source>no exchange yet</source>
        <translation>алмасу әлі болған жоқ</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>соңғы қате: %1</translation>
    </message>
    <message>
        <source>Applications go to the embedded training registry; nothing reaches the national IIN register.</source>
        <translation>Өтініштер кіріктірілген оқу тізіліміне жіберіледі; ұлттық ЖСН тізіліміне ештеңе түспейді.</translation>
    </message>
    <message>
        <source>Link to the registry</source>
        <translation>Тізіліммен байланыс</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed-in operator</source>
        <translation>Жүйеге кірген оператор</translation>
    </message>
    <message>
        <source>IIN Desk</source>
        <translation>ЖСН жұмыс орны</translation>
    </message>
    <message>
        <source>training mode</source>
        <translation>оқу режимі</translation>
    </message>
    <message>
        <source>Press Ctrl+N to take a new application, Ctrl+Shift+N for an Annex 2 application, Ctrl+Shift+O for the unfinished ones.</source>
        <translation>Жаңа өтінішті қабылдау үшін Ctrl+N, 2-қосымша бойынша өтініш үшін Ctrl+Shift+N, аяқталмаған өтініштер үшін Ctrl+Shift+O пернелерін басыңыз.</translation>
    </message>
    <message>
        <source>Press Ctrl+N to take a new application, Ctrl+Shift+O for the unfinished ones.</source>
        <translation>Жаңа өтінішті қабылдау үшін Ctrl+N, аяқталмаған өтініштер үшін Ctrl+Shift+O пернелерін басыңыз.</translation>
    </message>
    <message>
        <source>Manage the operators' accounts and the desk settings from the File menu.</source>
        <translation>Операторлардың есептік жазбалары мен жұмыс орнының баптаулары «Файл» мәзірінде.</translation>
    </message>
    <message>
        <source>Choose what to do from the menu.</source>
        <translation>Мәзірден қажетті әрекетті таңдаңыз.</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Жоба сақталды</translation>
    </message>
    <message>
        <source>The application is complete. Registering is not available on this desk yet; the draft is kept.</source>
        <translation>Өтініш толық. Бұл жұмыс орнында тіркеу әзірге қолжетімсіз; жобасы сақталды.</translation>
    </message>
    <message>
        <source>The application is closed; its draft is kept under Application &gt; Unfinished applications.</source>
        <translation>Өтініш жабылды; оның жобасы «Өтініш &gt; Аяқталмаған өтініштер» мәзірінде сақталды.</translation>
    </message>
    <message>
        <source>The desk settings are saved.</source>
        <translation>Жұмыс орнының баптаулары сақталды.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернетақта тіркесімдері</translation>
    </message>
    <message>
        <source>About IIN Desk</source>
        <translation>ЖСН жұмыс орны туралы</translation>
    </message>
    <message>
        <source>IIN Desk %1
Forming the individual identification number for foreigners and stateless persons.</source>
        <translation>ЖСН жұмыс орны %1
Шетелдіктерге және азаматтығы жоқ адамдарға жеке сәйкестендіру нөмірін қалыптастыру.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(нөмірсіз)</translation>
    </message>
    <message>
        <source>Registering the application…</source>
        <translation>Өтініш тіркелуде…</translation>
    </message>
    <message>
        <source>Refuse at intake</source>
        <translation>Құжаттарды қабылдаудан бас тарту</translation>
    </message>
    <message numerus="yes">
        <source>The package is incomplete: %n thing(s) missing (see the checklist).

Refuse it at intake? The refusal is recorded in the journal with what is missing and the application is closed. Choose No to complete it instead.</source>
        <translation>
            <numerusform>Құжаттар топтамасы толық емес: %n нәрсе жетіспейді (тексеру тізімін қараңыз).

Құжаттарды қабылдаудан бас тарту керек пе? Бас тарту жетіспейтін құжаттармен бірге журналға жазылады және өтініш жабылады. Оның орнына толықтыру үшін «Жоқ» таңдаңыз.</numerusform>
            <numerusform>Құжаттар топтамасы толық емес: %n нәрсе жетіспейді (тексеру тізімін қараңыз).

Құжаттарды қабылдаудан бас тарту керек пе? Бас тарту жетіспейтін құжаттармен бірге журналға жазылады және өтініш жабылады. Оның орнына толықтыру үшін «Жоқ» таңдаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal already has %n application(s) that look like the same person:</source>
        <translation>
            <numerusform>Журналда сол адамға ұқсайтын %n өтініш бар:</numerusform>
            <numerusform>Журналда сол адамға ұқсайтын %n өтініш бар:</numerusform>
        </translation>
    </message>
    <message>
        <source>Register this application anyway?</source>
        <translation>Бұл өтінішті бәрібір тіркеу керек пе?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Қайталануы мүмкін өтініш</translation>
    </message>
    <message>
        <source>The application was not registered; it stays open as it was.</source>
        <translation>Өтініш тіркелмеді; ол бұрынғыдай ашық қалады.</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>%1 нөмірімен тіркелді</translation>
    </message>
    <message>
        <source>The package was refused at intake; the refusal is recorded in the journal. Missing:</source>
        <translation>Құжаттарды қабылдаудан бас тартылды; бас тарту журналға жазылды. Жетіспейді:</translation>
    </message>
    <message>
        <source>The application was not registered: %1 The form and its draft are kept.</source>
        <translation>Өтініш тіркелмеді: %1 Нысан мен оның жобасы сақталды.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Press Ctrl+J or F3 to search the journal of applications; Enter opens one.</source>
        <translation>Өтініштер журналынан іздеу үшін Ctrl+J немесе F3 басыңыз; Enter таңдалған өтінішті ашады.</translation>
    </message>
    <message>
        <source>The journal is not available on this desk: a handover cannot be recorded.</source>
        <translation>Бұл жұмыс орнында журнал қолжетімсіз: куәліктің берілгенін тіркеу мүмкін емес.</translation>
    </message>
    <message>
        <source>Record handover</source>
        <translation>Куәліктің берілгенін тіркеу</translation>
    </message>
    <message>
        <source>&amp;Registration number of the application (as on the receipt):</source>
        <translation>Өтініштің &amp;тіркеу нөмірі (қолхаттағыдай):</translation>
    </message>
    <message>
        <source>Registration number of the application</source>
        <translation>Өтініштің тіркеу нөмірі</translation>
    </message>
    <message>
        <source>"%1" is not a registration number: type it as on the receipt, e.g. ALM01-02-000017-R.</source>
        <translation>«%1» тіркеу нөмірі емес: оны қолхаттағыдай теріңіз, мысалы ALM01-02-000017-R.</translation>
    </message>
    <message>
        <source>There is no application %1 in the journal: check the number on the receipt.</source>
        <translation>Журналда %1 өтініші жоқ: қолхаттағы нөмірді тексеріңіз.</translation>
    </message>
    <message>
        <source>Application %1 is %2: a certificate is handed over only when it is %3.</source>
        <translation>%1 өтініш «%2» мәртебесінде: куәлік тек «%3» мәртебесінде беріледі.</translation>
    </message>
    <message>
        <source>The journal is not available on this desk.</source>
        <translation>Бұл жұмыс орнында журнал қолжетімсіз.</translation>
    </message>
    <message>
        <source>to the person, on the identity document</source>
        <translation>адамның өзіне, жеке басын куәландыратын құжат бойынша</translation>
    </message>
    <message>
        <source>to the person, on a document from the digital documents service</source>
        <translation>адамның өзіне, цифрлық құжаттар сервисіндегі құжат бойынша</translation>
    </message>
    <message>
        <source>to a representative, on a power of attorney</source>
        <translation>өкілге, сенімхат бойынша</translation>
    </message>
    <message>
        <source>The certificate of %1 is recorded as handed over %2.</source>
        <translation>%1 өтініш бойынша куәліктің берілгені тіркелді: %2.</translation>
    </message>
    <message>
        <source>The handover was not recorded: %1</source>
        <translation>Куәліктің берілгені тіркелмеді: %1</translation>
    </message>
    <message>
        <source>new application (Annex 1)</source>
        <translation>жаңа өтініш (1-қосымша)</translation>
    </message>
    <message>
        <source>new Annex 2 application (migration police)</source>
        <translation>2-қосымша бойынша жаңа өтініш (көші-қон полициясы)</translation>
    </message>
    <message>
        <source>unfinished applications</source>
        <translation>аяқталмаған өтініштер</translation>
    </message>
    <message>
        <source>next field</source>
        <translation>келесі өріс</translation>
    </message>
    <message>
        <source>next / previous field</source>
        <translation>келесі / алдыңғы өріс</translation>
    </message>
    <message>
        <source>the field or button with the underlined letter</source>
        <translation>асты сызылған әрпі бар өріс немесе батырма</translation>
    </message>
    <message>
        <source>register the application</source>
        <translation>өтінішті тіркеу</translation>
    </message>
    <message>
        <source>save the draft now</source>
        <translation>жобаны қазір сақтау</translation>
    </message>
    <message>
        <source>close the application (a draft is kept)</source>
        <translation>өтінішті жабу (жобасы сақталады)</translation>
    </message>
    <message>
        <source>journal of applications (search box)</source>
        <translation>өтініштер журналы (іздеу жолы)</translation>
    </message>
    <message>
        <source>open the application chosen in the journal</source>
        <translation>журналда таңдалған өтінішті ашу</translation>
    </message>
    <message>
        <source>read the open application again</source>
        <translation>ашық өтінішті қайта жүктеу</translation>
    </message>
    <message>
        <source>close the application view</source>
        <translation>өтінішті қарауды жабу</translation>
    </message>
    <message>
        <source>print a certificate (preview first)</source>
        <translation>куәлікті басып шығару (алдымен алдын ала қарау)</translation>
    </message>
    <message>
        <source>record the handover of a certificate</source>
        <translation>куәліктің берілгенін тіркеу</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>шағымдар</translation>
    </message>
    <message>
        <source>lock the desk</source>
        <translation>жұмыс орнын құлыптау</translation>
    </message>
    <message>
        <source>full screen</source>
        <translation>толық экран</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>шығу</translation>
    </message>
    <message>
        <source>The journal file is damaged: %1 Nothing more is written to it: stop taking applications at this desk and have the latest backup restored (iin-desk-cli restore); the drafts are kept.</source>
        <translation>Журнал файлы зақымдалған: %1 Оған бұдан әрі ештеңе жазылмайды: осы жұмыс орнында өтініш қабылдауды тоқтатып, соңғы сақтық көшірмені қалпына келтіртіңіз (iin-desk-cli restore); жобалар сақталады.</translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) behind the registry's: ask the administrator to set it.</source>
        <translation>
            <numerusform>Осы компьютердің сағаты тізілімнің сағатынан %n минутқа артта қалып тұр: әкімшіден оны дұрыстауды сұраңыз.</numerusform>
            <numerusform>Осы компьютердің сағаты тізілімнің сағатынан %n минутқа артта қалып тұр: әкімшіден оны дұрыстауды сұраңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is %n minute(s) ahead of the registry's: ask the administrator to set it.</source>
        <translation>
            <numerusform>Осы компьютердің сағаты тізілімнің сағатынан %n минутқа озып тұр: әкімшіден оны дұрыстауды сұраңыз.</numerusform>
            <numerusform>Осы компьютердің сағаты тізілімнің сағатынан %n минутқа озып тұр: әкімшіден оны дұрыстауды сұраңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>read passport: the zone from a reader or pasted lines</source>
        <translation>паспортты оқу: аймақ оқу құрылғысынан немесе қойылған жолдардан</translation>
    </message>
    <message>
        <source>scan passport: fill the fields from the scanned page</source>
        <translation>паспортты сканерлеу: өрістерді сканерленген беттен толтыру</translation>
    </message>
    <message>
        <source>what needs attention</source>
        <translation>назар аударуды қажет ететіндер</translation>
    </message>
    <message>
        <source>Making the end-of-day backup…</source>
        <translation>Күн соңындағы сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>The end-of-day backup failed: %1</source>
        <translation>Күн соңындағы сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>The end-of-day backup is written to %1, encrypted to recovery key %2.</source>
        <translation>Күн соңындағы сақтық көшірме %1 ішіне жазылды, %2 қалпына келтіру кілтіне шифрланды.</translation>
    </message>
    <message>
        <source>No backup of the journal has been made yet: set the recovery key and the backup folder in the desk settings.</source>
        <translation>Журналдың сақтық көшірмесі әлі бірде-бір рет жасалмаған: жұмыс орнының баптауларында қалпына келтіру кілті мен көшірмелер қалтасын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The last good backup of the journal is more than a day old (%1): check the backup folder or the USB stick.</source>
        <translation>Журналдың соңғы сәтті сақтық көшірмесі бір тәуліктен ескі (%1): көшірмелер қалтасын немесе USB жинақтауышты тексеріңіз.</translation>
    </message>
    <message>
        <source>Diagnostics for support</source>
        <translation>Қолдау қызметіне диагностика</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip мұрағаттары (*.zip)</translation>
    </message>
    <message>
        <source>Writing the diagnostics…</source>
        <translation>Диагностика жазылуда…</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 файлын ауыстыру мүмкін болмады.</translation>
    </message>
    <message>
        <source>The diagnostics are written to %1. They hold no names, document numbers or IINs.</source>
        <translation>Диагностика %1 файлына жазылды. Онда аты-жөндер, құжаттың нөмірлері мен ЖСН жоқ.</translation>
    </message>
    <message>
        <source>The diagnostics could not be written: %1</source>
        <translation>Диагностиканы жазу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>iin::ui::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Хабарлама мәтіні</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Хабарламаны жабу</translation>
    </message>
</context>
<context>
    <name>iin::ui::MrzFill</name>
    <message>
        <source>Read passport (Ctrl+M)</source>
        <translation>Паспортты оқу (Ctrl+M)</translation>
    </message>
    <message>
        <source>Read passport</source>
        <translation>Паспортты оқу</translation>
    </message>
    <message>
        <source>Fill the fields from the passport's machine-readable zone: a reader, or the lines typed or pasted</source>
        <translation>Өрістерді паспорттың машинамен оқылатын аймағынан толтыру: оқу құрылғысынан немесе терілген не қойылған жолдардан</translation>
    </message>
    <message>
        <source>Confirm the fields read</source>
        <translation>Оқылған өрістерді растау</translation>
    </message>
    <message>
        <source>Confirm the fields read from the passport</source>
        <translation>Паспорттан оқылған өрістерді растау</translation>
    </message>
    <message>
        <source>Confirm this field</source>
        <translation>Осы өрісті растау</translation>
    </message>
    <message>
        <source>Proposed from the Latin name in the passport's machine-readable zone: correct the spelling, then confirm.</source>
        <translation>Паспорттың машинамен оқылатын аймағындағы латынша аты-жөнінен ұсынылды: жазылуын түзетіп, растаңыз.</translation>
    </message>
    <message>
        <source>Read from the passport's machine-readable zone: compare it with the document, then confirm.</source>
        <translation>Паспорттың машинамен оқылатын аймағынан оқылды: құжатпен салыстырып, растаңыз.</translation>
    </message>
    <message>
        <source>Fills the person and document fields from the passport.</source>
        <translation>Тұлға мен құжат өрістерін паспорттан толтырады.</translation>
    </message>
    <message>
        <source>The zone did not check out and was used anyway. </source>
        <translation>Аймақ тексеруден өтпеді, бірақ бәрібір пайдаланылды. </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) filled from the passport are marked: compare each with the document and correct or confirm it.</source>
        <translation>
            <numerusform>Паспорттан толтырылған %n өріс белгіленген: әрқайсысын құжатпен салыстырып, түзетіңіз немесе растаңыз.</numerusform>
            <numerusform>Паспорттан толтырылған %n өріс белгіленген: әрқайсысын құжатпен салыстырып, түзетіңіз немесе растаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the passport; the fields are confirmed. Fields that later differ from the passport are listed in the checklist.</source>
        <translation>Паспорттан оқылды; өрістер расталды. Кейін паспорттан өзгеше болған өрістер тексеру тізімінде көрсетіледі.</translation>
    </message>
    <message>
        <source>Identity document, machine-readable zone</source>
        <translation>Жеке басын куәландыратын құжат, машинамен оқылатын аймақ</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) read from the passport are not confirmed yet.</source>
        <translation>
            <numerusform>Паспорттан оқылған %n өріс әлі расталмаған.</numerusform>
            <numerusform>Паспорттан оқылған %n өріс әлі расталмаған.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan passport (Ctrl+Shift+M)</source>
        <translation>Паспортты сканерлеу (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Scan passport</source>
        <translation>Паспортты сканерлеу</translation>
    </message>
    <message>
        <source>Scan the passport's data page, fill the fields from its machine-readable zone and attach the page as the copy of the identity document</source>
        <translation>Паспорттың деректер бетін сканерлеу, өрістерді оның машинамен оқылатын аймағынан толтыру және бетті жеке басын куәландыратын құжаттың көшірмесі ретінде қоса тіркеу</translation>
    </message>
</context>
<context>
    <name>iin::ui::MrzInputDialog</name>
    <message>
        <source>No passport reader on a serial port is set up (desk settings); a reader that types like a keyboard types into the field above.</source>
        <translation>Сериялық порттағы паспорт оқу құрылғысы бапталмаған (жұмыс орнының баптаулары); пернетақта сияқты теретін құрылғы жоғарыдағы өріске тереді.</translation>
    </message>
    <message>
        <source>Passport reader on %1: waiting for a passport.</source>
        <translation>%1 портындағы паспорт оқу құрылғысы: паспорт күтілуде.</translation>
    </message>
    <message>
        <source>Passport reader on %1: connecting…</source>
        <translation>%1 портындағы паспорт оқу құрылғысы: қосылуда…</translation>
    </message>
    <message>
        <source>Not a complete machine-readable zone yet: a passport has 2 lines of 44 characters, an identity card 3 lines of 30 (or 2 of 36). Lines so far: %1.</source>
        <translation>Машинамен оқылатын аймақ әлі толық емес: паспортта 44 таңбадан 2 жол, жеке куәлікте 30 таңбадан 3 жол (немесе 36 таңбадан 2 жол) болады. Қазіргі жолдар: %1.</translation>
    </message>
    <message>
        <source>Read: %1 %2, document %3. Press Enter to fill the form.</source>
        <translation>Оқылды: %1 %2, құжат %3. Нысанды толтыру үшін Enter пернесін басыңыз.</translation>
    </message>
    <message>
        <source>The zone does not check out; nothing is filled unless you choose "Fill anyway":</source>
        <translation>Аймақ тексеруден өтпейді; «Бәрібір толтыру» таңдалмаса, ештеңе толтырылмайды:</translation>
    </message>
</context>
<context>
    <name>iin::ui::OperatorEditDialog</name>
    <message>
        <source>First start: create the administrator</source>
        <translation>Алғашқы іске қосу: әкімшінің есептік жазбасын құру</translation>
    </message>
    <message>
        <source>This desk has no operators yet. Create the administrator's account: the administrator then creates the accounts of clerks, officers and supervisors.</source>
        <translation>Бұл жұмыс орнында әлі оператор жоқ. Әкімшінің есептік жазбасын құрыңыз: кейін әкімші Мемлекеттік корпорация қызметкерлерінің, көші-қон полициясы қызметкерлерінің және жетекшілердің есептік жазбаларын құрады.</translation>
    </message>
    <message>
        <source>New operator</source>
        <translation>Жаңа оператор</translation>
    </message>
    <message>
        <source>Each person at the desk has their own account: every action is recorded under it.</source>
        <translation>Жұмыс орнында істейтін әр адамның өз есептік жазбасы болады: әрбір әрекет сол есептік жазбамен тіркеледі.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Құпиясөзді қайта орнату</translation>
    </message>
    <message>
        <source>Set a new password for %1. Tell it to the operator in person; a lockout is lifted as well.</source>
        <translation>%1 үшін жаңа құпиясөз орнатыңыз. Оны операторға жеке өзіне ғана айтыңыз; есептік жазбаның бұғатталуы да алынады.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Екі құпиясөз сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The password is strong enough.</source>
        <translation>Құпиясөз жеткілікті берік.</translation>
    </message>
    <message>
        <source>Repeat the password: the two passwords differ; type the same password twice.</source>
        <translation>Құпиясөзді қайталау: екі құпиясөз сәйкес келмейді; бір құпиясөзді екі рет теріңіз.</translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation>Есептік жазба сақталуда…</translation>
    </message>
</context>
<context>
    <name>iin::ui::OperatorsDialog</name>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Белсенді емес</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Белсендіру</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>Белсенділігін &amp;тоқтату</translation>
    </message>
    <message>
        <source>The operator %1 is created.</source>
        <translation>%1 операторы құрылды.</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>%1 операторының құпиясөзі қайта орнатылды.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 операторының рөлі енді: %2.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Белсенділігін тоқтату</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? The operator will no longer be able to sign in; the records made under it stay.</source>
        <translation>%1 есептік жазбасының белсенділігін тоқтату керек пе? Оператор бұдан былай жүйеге кіре алмайды; осы есептік жазбамен жасалған жазбалар сақталады.</translation>
    </message>
    <message>
        <source>The account of %1 is deactivated.</source>
        <translation>%1 операторының есептік жазбасының белсенділігі тоқтатылды.</translation>
    </message>
    <message>
        <source>The account of %1 is active again.</source>
        <translation>%1 операторының есептік жазбасы қайта белсендірілді.</translation>
    </message>
</context>
<context>
    <name>iin::ui::OutcomesPerDayModel</name>
    <message>
        <source>%1, registered on %2</source>
        <translation>%1, тіркелген күні %2</translation>
    </message>
</context>
<context>
    <name>iin::ui::PrintPreviewDialog</name>
    <message>
        <source>Registration certificate</source>
        <translation>Тіркеу куәлігі</translation>
    </message>
    <message>
        <source>Receipt of acceptance</source>
        <translation>Құжаттарды қабылдау туралы қолхат</translation>
    </message>
    <message>
        <source>Receipt of refusal</source>
        <translation>Құжаттарды қабылдаудан бас тарту туралы қолхат</translation>
    </message>
    <message>
        <source>The journal is not open on this desk.</source>
        <translation>Бұл жұмыс орнында журнал ашылмаған.</translation>
    </message>
    <message>
        <source>This certificate was printed before; your role may not print a duplicate.</source>
        <translation>Бұл куәлік бұрын басып шығарылған; сіздің рөліңізге телнұсқаны басып шығаруға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Your role may not print certificates.</source>
        <translation>Сіздің рөліңізге куәліктерді басып шығаруға рұқсат жоқ.</translation>
    </message>
    <message>
        <source>The document was not printed: %1 Nothing was recorded; you can try again.</source>
        <translation>Құжат басып шығарылмады: %1 Ештеңе жазылған жоқ; әрекетті қайталауға болады.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Save the document as PDF instead?</source>
        <translation>Оның орнына құжатты PDF ретінде сақтау керек пе?</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Басып шығарылуда…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1-бет, барлығы %2</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Басып шығару алдында қарау — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of application %2: %n page(s).</source>
        <translation>
            <numerusform>%1 (%2 өтініш бойынша): %n бет.</numerusform>
            <numerusform>%1 (%2 өтініш бойынша): %n бет.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was printed before: this print is a DUPLICATE.</source>
        <translation>Құжат бұрын басып шығарылған: бұл басып шығару — ТЕЛНҰСҚА.</translation>
    </message>
    <message>
        <source>The certificate number is issued when it is printed.</source>
        <translation>Куәліктің нөмірі ол басып шығарылған кезде беріледі.</translation>
    </message>
    <message>
        <source>Training document: it has no legal force.</source>
        <translation>Оқу құжаты: оның заңды күші жоқ.</translation>
    </message>
    <message>
        <source>No printer is configured: save it as PDF.</source>
        <translation>Принтер бапталмаған: құжатты PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>Press Enter to print on %1.</source>
        <translation>%1 принтерінде басып шығару үшін Enter басыңыз.</translation>
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation>Құжатты көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <source>No security-paper blank is on hand: a supervisor must receive a range of blanks before certificates can be printed.</source>
        <translation>Қолда қорғалған бланк жоқ: куәліктерді басу үшін алдымен супервайзер бланктер ауқымын қабылдауы керек.</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>Себебін таңдаңыз…</translation>
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
        <translation>Сканерлер ізделуде…</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is switched on and connected, then look again.</source>
        <translation>Сканер табылмады. Оның қосулы және жалғанғанын тексеріп, қайта іздеңіз.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканерлеу…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning… %n page(s) so far</source>
        <translation>
            <numerusform>Сканерлеу… әзірге %n бет</numerusform>
            <numerusform>Сканерлеу… әзірге %n бет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>Бұрын сканерленген %n бет сақталды.</numerusform>
            <numerusform>Бұрын сканерленген %n бет сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF жазылуда…</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 қалтасын құру мүмкін емес.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1-бет</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 dpi</source>
        <translation>%1 × %2 пиксель, %3 dpi</translation>
    </message>
</context>
<context>
    <name>iin::ui::SettingsDialog</name>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>Жұп</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>Тақ</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>(reading the journal…)</source>
        <translation>(журнал оқылуда…)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әлі жоқ</translation>
    </message>
</context>
<context>
    <name>iin::ui::ShiftReportDialog</name>
    <message>
        <source>All operators</source>
        <translation>Барлық операторлар</translation>
    </message>
    <message>
        <source>all operators</source>
        <translation>барлық операторлар</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Office %1, desk %2, %3, %4.</source>
        <translation>Бөлімше %1, жұмыс орны %2, %3, %4.</translation>
    </message>
    <message>
        <source>Spoiled blank %1 (%2), countersigned by %3</source>
        <translation>Бүлінген бланк %1 (%2), растаған: %3</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n</source>
        <translation>
            <numerusform>Назар аударуды қажет етеді: %n</numerusform>
            <numerusform>Назар аударуды қажет етеді: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Есепті PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Есеп %1 файлына сақталды.</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Есепті CSV ретінде сақтау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Есепті %1 файлына сақтау мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Есеп принтерге жіберілді.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The IIN registry. Commands: serve (default), add-desk, disable-desk, enable-desk, duplicates, review list|show ID|decide ID, keygen, trust-file, revoke-desk-key.</source>
        <translation>ЖСН тізілімі. Командалар: serve (әдепкі), add-desk, disable-desk, enable-desk, duplicates, review list|show ID|decide ID, keygen, trust-file, revoke-desk-key.</translation>
    </message>
</context>
<context>
    <name>DraftScans</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The scan cannot be saved at %1: %2</source>
        <translation>Сканды %1 ішіне сақтау мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The scan at %1 cannot be read: %2</source>
        <translation>%1 сканын оқу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>ScanCipher</name>
    <message>
        <source>The scan %1 is not an encrypted scan file.</source>
        <translation>%1 сканы шифрланған скан файлы емес.</translation>
    </message>
    <message>
        <source>The scan %1 was encrypted under another key (%2), not this journal's (%3).</source>
        <translation>%1 сканы осы журналдың кілтімен (%3) емес, басқа кілтпен (%2) шифрланған.</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>%1 сканын оқу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>ScanKeys</name>
    <message>
        <source>"%1" cannot be written: %2</source>
        <translation>«%1» жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>"%1" cannot be read: %2</source>
        <translation>«%1» оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>"%1" is not a scan key file this program reads.</source>
        <translation>«%1» — бұл бағдарлама оқитын скан кілтінің файлы емес.</translation>
    </message>
    <message>
        <source>The scan key %1 read here has the wrong length.</source>
        <translation>Мұнда оқылған %1 скан кілтінің ұзындығы қате.</translation>
    </message>
    <message>
        <source>The key read here is not the journal's scan key %1.</source>
        <translation>Мұнда оқылған кілт журналдың %1 скан кілті емес.</translation>
    </message>
    <message>
        <source>IIN_DESK_SCAN_KEEPER is "%1": use auto, systemd-creds or file.</source>
        <translation>IIN_DESK_SCAN_KEEPER мәні «%1»: auto, systemd-creds немесе file қолданыңыз.</translation>
    </message>
    <message>
        <source>systemd-creds gave back another secret.</source>
        <translation>systemd-creds басқа құпияны қайтарды.</translation>
    </message>
    <message>
        <source>The folder "%1" cannot be created.</source>
        <translation>«%1» қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The journal's scan key %1 cannot be opened on this machine (%2). A supervisor restores it with: iin-desk-cli scans recover --key RECOVERY_PRIVATE_KEY</source>
        <translation>Журналдың %1 скан кілті осы компьютерде ашылмайды (%2). Жетекші оны мына пәрменмен қалпына келтіреді: iin-desk-cli scans recover --key RECOVERY_PRIVATE_KEY</translation>
    </message>
    <message>
        <source>unknown keeper "%1"</source>
        <translation>белгісіз сақтаушы «%1»</translation>
    </message>
    <message>
        <source>The encryption library cannot start.</source>
        <translation>Шифрлау кітапханасын іске қосу мүмкін емес.</translation>
    </message>
    <message>
        <source>The journal has no scan key yet.</source>
        <translation>Журналда әлі скан кілті жоқ.</translation>
    </message>
    <message>
        <source>The journal's scan key %1 has no copy sealed to a recovery key.</source>
        <translation>Журналдың %1 скан кілтінің қалпына келтіру кілтімен мөрленген көшірмесі жоқ.</translation>
    </message>
    <message>
        <source>The scan key's copy is sealed to the recovery key %1, not to this one (%2).</source>
        <translation>Скан кілтінің көшірмесі осы кілтпен (%2) емес, %1 қалпына келтіру кілтімен мөрленген.</translation>
    </message>
    <message>
        <source>The recovery key does not open the scan key's copy.</source>
        <translation>Қалпына келтіру кілті скан кілтінің көшірмесін ашпайды.</translation>
    </message>
</context>
<context>
    <name>SystemdCreds</name>
    <message>
        <source>systemd-creds is not installed on this machine.</source>
        <translation>Бұл компьютерде systemd-creds орнатылмаған.</translation>
    </message>
    <message>
        <source>systemd-creds cannot be started: %1</source>
        <translation>systemd-creds іске қосу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>systemd-creds did not finish.</source>
        <translation>systemd-creds жұмысын аяқтамады.</translation>
    </message>
    <message>
        <source>systemd-creds failed: %1</source>
        <translation>systemd-creds қатесі: %1</translation>
    </message>
</context>
</TS>