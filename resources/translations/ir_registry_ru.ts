<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="108"/>
        <location filename="../../desktop/ui/app.py" line="159"/>
        <source>The registry is damaged</source>
        <translation>Реестр повреждён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="111"/>
        <source>Restore the newest good backup, {file}?</source>
        <translation>Восстановить последнюю исправную копию, {file}?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="82"/>
        <location filename="../../desktop/ui/app.py" line="119"/>
        <source>Cannot open the registry</source>
        <translation>Не удаётся открыть реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="132"/>
        <source>{user}@{host}, process {pid}, since {since}</source>
        <translation>{user}@{host}, процесс {pid}, с {since}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="145"/>
        <source>Also working in this registry: {users}</source>
        <translation>В этом реестре также работают: {users}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="187"/>
        <source>Already open</source>
        <translation>Уже открыт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="188"/>
        <source>This registry is open in another window: {holder}. Changes made in both are kept, and a record changed in both is shown to you before it is saved. Open it here too?</source>
        <translation>Этот реестр открыт в другом окне: {holder}. Изменения в обоих окнах сохраняются, а запись, изменённая в обоих, будет показана вам перед сохранением. Открыть его и здесь?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="58"/>
        <source>Folder for the backup before the update</source>
        <translation>Папка для резервной копии перед обновлением</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="77"/>
        <source>Choose another folder for the backup, and update the registry?</source>
        <translation>Выбрать другую папку для резервной копии и обновить реестр?</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="35"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="35"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="35"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="35"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="39"/>
        <source>Drop files on this form to attach them.</source>
        <translation>Перетащите файлы на форму, чтобы приложить их.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="40"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="41"/>
        <location filename="../../desktop/ui/attachments_tab.py" line="146"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="42"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="66"/>
        <source>Save the record first, then attach files to it.</source>
        <translation>Сначала сохраните запись, затем прикладывайте файлы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="80"/>
        <source>missing from the attachments folder</source>
        <translation>нет в папке вложений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="105"/>
        <location filename="../../desktop/ui/attachments_tab.py" line="130"/>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="107"/>
        <source>{file} is {size}, more than {limit}: every backup carries a copy of it. Attach it anyway?</source>
        <translation>{file} занимает {size}, больше {limit}: копия попадёт в каждую резервную копию. Всё равно приложить?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/attachments_tab.py" line="140"/>
        <source>Checking {file}…</source>
        <translation>Проверка {file}…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="63"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="65"/>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="65"/>
        <source>Why</source>
        <translation>Повод</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="65"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="65"/>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="65"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="71"/>
        <source>New backups go to {folder}</source>
        <translation>Новые копии сохраняются в {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="76"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="77"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="78"/>
        <source>Check the database</source>
        <translation>Проверить базу</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="79"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="99"/>
        <source>on closing</source>
        <translation>при закрытии</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="100"/>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="101"/>
        <source>before an update</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="102"/>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="103"/>
        <source>before accepting changes from a trip</source>
        <translation>перед приёмом изменений из поездки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="104"/>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="130"/>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="133"/>
        <source>Backed up and checked: {file}</source>
        <translation>Копия создана и проверена: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="139"/>
        <source>Choose the backup to restore.</source>
        <translation>Выберите копию для восстановления.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="144"/>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="146"/>
        <source>Replace the registry with the backup of {date}? The registry as it is now is kept as a backup first.</source>
        <translation>Заменить реестр копией от {date}? Текущее состояние реестра сначала будет сохранено в резервную копию.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="153"/>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="157"/>
        <source>Restored the backup of {date}.</source>
        <translation>Восстановлена копия от {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="164"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="167"/>
        <source>Problems found:</source>
        <translation>Найдены проблемы:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backups_dialog.py" line="171"/>
        <source>The database is in order: integrity checked, no broken references.</source>
        <translation>База в порядке: целостность проверена, битых ссылок нет.</translation>
    </message>
</context>
<context>
    <name>ChildListEditor</name>
    <message>
        <location filename="../../desktop/ui/child_list.py" line="58"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/child_list.py" line="86"/>
        <source>Remove this row</source>
        <translation>Удалить строку</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/trip.py" line="236"/>
        <location filename="../../desktop/ui/trip.py" line="335"/>
        <source>Conflicts to resolve</source>
        <translation>Конфликты для решения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="239"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="240"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="241"/>
        <source>In the office</source>
        <translation>В офисе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="242"/>
        <source>From the trip</source>
        <translation>Из поездки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="256"/>
        <source>Keep the office&apos;s</source>
        <translation>Оставить офисное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="257"/>
        <source>Take the trip&apos;s</source>
        <translation>Взять из поездки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="258"/>
        <source>Open the record…</source>
        <translation>Открыть запись…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="260"/>
        <source>Edit it yourself; then keep the office&apos;s value here, which is yours now</source>
        <translation>Исправьте её сами, затем здесь оставьте офисное значение — теперь оно ваше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="264"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="297"/>
        <source>{count} conflict(s) left. Nothing is decided until you choose.</source>
        <translation>Осталось конфликтов: {count}. Пока вы не выберете, ничего не решено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="301"/>
        <source>No conflicts left.</source>
        <translation>Конфликтов не осталось.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="309"/>
        <source>{count} row(s)</source>
        <translation>строк: {count}</translation>
    </message>
</context>
<context>
    <name>CountryDialog</name>
    <message>
        <location filename="../../desktop/ui/country_dialog.py" line="28"/>
        <source>Add a country outside ISO 3166-1</source>
        <translation>Добавить страну вне ISO 3166-1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/country_dialog.py" line="30"/>
        <source>e.g. Абхазия</source>
        <translation>например, Абхазия</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/country_dialog.py" line="38"/>
        <source>Name in Russian</source>
        <translation>Название по-русски</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/country_dialog.py" line="39"/>
        <source>Name in English (optional)</source>
        <translation>Название по-английски (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/country_dialog.py" line="40"/>
        <source>Code (XA–XZ)</source>
        <translation>Код (XA–XZ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/country_dialog.py" line="48"/>
        <source>A partner that ISO 3166-1 does not list gets a code of the office&apos;s own; from then on it is a country like any other.</source>
        <translation>Партнёр, которого нет в ISO 3166-1, получает собственный код ведомства; дальше это такая же страна, как остальные.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="41"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="42"/>
        <source>The application met an error it did not expect. What you saved is safe. Copy the details and send them to support.</source>
        <translation>Программа столкнулась с непредвиденной ошибкой. Всё сохранённое цело. Скопируйте подробности и отправьте их в поддержку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="50"/>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="70"/>
        <source>Cannot do that</source>
        <translation>Это сделать нельзя</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="73"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="184"/>
        <source>Overdue items of plans of measures</source>
        <translation>Просроченные пункты планов мероприятий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="191"/>
        <source>No overdue items</source>
        <translation>Просроченных пунктов нет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="146"/>
        <source>Looking through the registry…</source>
        <translation>Просматриваю реестр…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="161"/>
        <source>The annual report is due on {date}: %n day(s) left.</source>
        <translation>
            <numerusform>Годовой отчёт — {date}: остался %n день.</numerusform>
            <numerusform>Годовой отчёт — {date}: осталось %n дня.</numerusform>
            <numerusform>Годовой отчёт — {date}: осталось %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="166"/>
        <source>{form}: due on {date}, %n day(s) left.</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="173"/>
        <source>Agreements expiring within %n month(s)</source>
        <translation>
            <numerusform>Соглашения, истекающие в течение %n месяца</numerusform>
            <numerusform>Соглашения, истекающие в течение %n месяцев</numerusform>
            <numerusform>Соглашения, истекающие в течение %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="176"/>
        <source>Waiting for approval or registration longer than %n day(s)</source>
        <translation>
            <numerusform>Ожидают согласования или регистрации дольше %n дня</numerusform>
            <numerusform>Ожидают согласования или регистрации дольше %n дней</numerusform>
            <numerusform>Ожидают согласования или регистрации дольше %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="181"/>
        <source>Visits and events in the next %n day(s)</source>
        <translation>
            <numerusform>Визиты и мероприятия в ближайший %n день</numerusform>
            <numerusform>Визиты и мероприятия в ближайшие %n дня</numerusform>
            <numerusform>Визиты и мероприятия в ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="183"/>
        <source>Missing what the reports need</source>
        <translation>Не хватает данных для отчётов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="276"/>
        <source>Agreements in force by country</source>
        <translation>Действующие соглашения по странам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="278"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="284"/>
        <source>Delegations per year</source>
        <translation>Делегации по годам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="287"/>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="288"/>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="294"/>
        <source>Agreements signed per year</source>
        <translation>Соглашения, подписанные по годам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="296"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="187"/>
        <source>No agreements expiring</source>
        <translation>Нет истекающих соглашений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="188"/>
        <source>Nothing waiting</source>
        <translation>Нет ожидающих</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="189"/>
        <source>No visits or events ahead</source>
        <translation>Нет предстоящих визитов и мероприятий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="190"/>
        <source>Nothing missing</source>
        <translation>Нет незаполненных</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/ui/editors.py" line="150"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="33"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="61"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="62"/>
        <source>This record was saved by someone else (version {theirs}) while you were editing version {yours}.</source>
        <translation>Пока вы редактировали версию {yours}, запись сохранил другой пользователь (версия {theirs}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="71"/>
        <source>Keep mine</source>
        <translation>Оставить мою</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="74"/>
        <source>Take theirs</source>
        <translation>Взять их версию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="77"/>
        <source>Back to editing</source>
        <translation>Вернуться к редактированию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="108"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="111"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="112"/>
        <source>{suffix} file</source>
        <translation>Файл {suffix}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="174"/>
        <source>File of the registry</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="183"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="185"/>
        <source>Registry files (*.sqlite)</source>
        <translation>Файлы реестра (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="187"/>
        <source>Changes from a trip (*.irchanges)</source>
        <translation>Изменения из поездки (*.irchanges)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="188"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="226"/>
        <source>File written</source>
        <translation>Файл записан</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="227"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="231"/>
        <source>Open the file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs.py" line="234"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../desktop/excel/importer.py" line="36"/>
        <source>Names a record of a registry imported after this one: left empty; import this file again once that registry is imported</source>
        <translation>Ссылается на запись реестра, который загружается после этого: оставлено пустым; загрузите этот файл ещё раз, когда тот реестр будет загружен</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="27"/>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="29"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="38"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="39"/>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="74"/>
        <source>Dated before the ties began ({since}): correct the date</source>
        <translation>Дата раньше начала связей ({since}): исправьте дату</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="95"/>
        <source>The item is done: give the day it was done on</source>
        <translation>Пункт выполнен: укажите дату выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="100"/>
        <source>A date of execution for an item not done: set the status to done or clear the date</source>
        <translation>Дата выполнения у невыполненного пункта: поставьте статус «Выполнен» или сотрите дату</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="107"/>
        <source>Done before the ties began ({since}): correct the date</source>
        <translation>Выполнено раньше начала связей ({since}): исправьте дату</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="120"/>
        <location filename="../../desktop/services/report_results.py" line="141"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="131"/>
        <source>What it was</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="135"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="165"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="170"/>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="175"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="178"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/outcomes.py" line="185"/>
        <source>Done on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_results.py" line="26"/>
        <source>Agreement or twin relation</source>
        <translation>Соглашение или побратимская связь</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_results.py" line="142"/>
        <source>Results of the ties in the period</source>
        <translation>Результаты связей за период</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_results.py" line="150"/>
        <source>Plans of measures</source>
        <translation>Планы мероприятий</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_results.py" line="151"/>
        <source>Plans of measures: items of the period</source>
        <translation>Планы мероприятий: пункты за период</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_results.py" line="156"/>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="157"/>
        <source>The agreement&apos;s history is complete.</source>
        <translation>История соглашения завершена.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="158"/>
        <source>Next step may be: {items}</source>
        <translation>Следующий шаг: {items}</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="14"/>
        <source>The database cannot be used.</source>
        <translation>Базу данных нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="23"/>
        <source>{path} is not a registry database (it is not an SQLite file). Choose another file, or a new file name to start an empty registry.</source>
        <translation>{path} — не база данных реестра (это не файл SQLite). Выберите другой файл или новое имя файла, чтобы начать пустой реестр.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="31"/>
        <source>{path} does not exist. Check the path; a new registry is created by opening the file in the application, or by the demo and import commands.</source>
        <translation>{path} не существует. Проверьте путь; новый реестр создаётся при открытии файла в программе или командами demo и import.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="40"/>
        <source>{path} is an empty file, not a registry database. Delete it or choose another file.</source>
        <translation>{path} — пустой файл, а не база данных реестра. Удалите его или выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="47"/>
        <source>{path} is an SQLite database of another application; it was left untouched. Choose a registry database.</source>
        <translation>{path} — база данных SQLite другой программы; она не изменена. Выберите базу данных реестра.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="55"/>
        <source>{path} was written by a newer version of this application; it was left untouched. Install the newer version to open it.</source>
        <translation>{path} записана более новой версией программы; она не изменена. Установите новую версию, чтобы открыть её.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="63"/>
        <source>{path} cannot be written (read-only file or folder). Copy it to a folder of your own or ask for write access.</source>
        <translation>В {path} нельзя записывать (файл или папка только для чтения). Скопируйте файл в свою папку или запросите права на запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="71"/>
        <source>The folder of {path} does not exist. Choose an existing folder.</source>
        <translation>Папка файла {path} не существует. Выберите существующую папку.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="78"/>
        <source>{path} is damaged (its integrity check failed); it was left untouched. Restore the newest good backup (python main.py restore, or Backups in the window).</source>
        <translation>{path} повреждён (проверка целостности не пройдена); файл не изменён. Восстановите последнюю исправную копию (python main.py restore или «Резервные копии» в окне программы).</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="90"/>
        <source>{path} is on a network share, where SQLite cannot lock the file safely. Copy it to this computer, or ask for a shared registry on a PostgreSQL server.</source>
        <translation>{path} находится в сетевой папке, где SQLite не может надёжно блокировать файл. Скопируйте его на этот компьютер или попросите общий реестр на сервере PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="98"/>
        <source>{path} is busy: another program ({detail}) is writing to it. Wait a moment and try again; nothing was lost.</source>
        <translation>{path} занят: в него пишет другая программа ({detail}). Подождите и повторите; ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="172"/>
        <source>The database server of {path} cannot be reached at {detail}. Check the address and the network, or ask the IT department whether the server runs.</source>
        <translation>Сервер базы данных {path} недоступен по адресу {detail}. Проверьте адрес и сеть или спросите в ИТ-отделе, работает ли сервер.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="180"/>
        <source>The database server of {path} refused the login of {detail} (a wrong or missing password, or no such user). Check the user name, and the password in ~/.pgpass.</source>
        <translation>Сервер базы данных {path} не принял вход пользователя {detail} (неверный или не указанный пароль либо нет такого пользователя). Проверьте имя пользователя и пароль в ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="188"/>
        <source>There is no database {detail} on the server of {path}. Check its name, or ask the administrator to create it.</source>
        <translation>На сервере {path} нет базы данных {detail}. Проверьте её имя или попросите администратора создать её.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="196"/>
        <source>The user {detail} lacks the rights {path} needs here (to connect, read, write, or build the registry in an empty database). Ask the administrator to grant them.</source>
        <translation>У пользователя {detail} нет прав, нужных для {path} (подключаться, читать, записывать или создать реестр в пустой базе). Попросите администратора их выдать.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="204"/>
        <source>{path} holds tables of another application ({detail}); it was left untouched. Name an empty database or a registry&apos;s.</source>
        <translation>В {path} есть таблицы другой программы ({detail}); база не изменена. Укажите пустую базу данных или базу реестра.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="109"/>
        <source>The disk holding {path} is full; the last change was not saved. Free some space and save again.</source>
        <translation>Диск с файлом {path} заполнен; последнее изменение не сохранено. Освободите место и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="117"/>
        <source>Updating {path} to the new version failed; it was left as it was and a backup was kept.</source>
        <translation>Не удалось обновить {path} до новой версии; файл оставлен как был, резервная копия сохранена.</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="36"/>
        <source>Province</source>
        <translation>Провинция</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="37"/>
        <source>State</source>
        <translation>Штат</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="38"/>
        <source>Oblast / region</source>
        <translation>Область / регион</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="39"/>
        <source>Autonomous region</source>
        <translation>Автономный район</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="40"/>
        <location filename="../../desktop/domain/entities/places.py" line="71"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="41"/>
        <source>Municipality / district</source>
        <translation>Муниципалитет / район</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="42"/>
        <location filename="../../desktop/domain/choices.py" line="58"/>
        <location filename="../../desktop/domain/choices.py" line="78"/>
        <location filename="../../desktop/domain/choices.py" line="89"/>
        <location filename="../../desktop/domain/choices.py" line="146"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="30"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="47"/>
        <source>Regional government</source>
        <translation>Региональное правительство</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="48"/>
        <location filename="../../desktop/services/report_ties.py" line="156"/>
        <source>Municipality</source>
        <translation>Муниципалитет</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="49"/>
        <source>Ministry / agency</source>
        <translation>Министерство / ведомство</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="50"/>
        <source>Embassy</source>
        <translation>Посольство</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="51"/>
        <source>Consulate</source>
        <translation>Консульство</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="52"/>
        <source>Honorary consul</source>
        <translation>Почётное консульство</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="53"/>
        <source>Business association</source>
        <translation>Деловое объединение</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="54"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="55"/>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="56"/>
        <source>Non-governmental organisation</source>
        <translation>Некоммерческая организация</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="57"/>
        <location filename="../../desktop/domain/entities/places.py" line="91"/>
        <location filename="../../desktop/services/report_ties.py" line="81"/>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="63"/>
        <source>Foreign</source>
        <translation>Иностранная</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="64"/>
        <source>Our region</source>
        <translation>Наш регион</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="69"/>
        <source>Head of state / government</source>
        <translation>Глава государства / правительства</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="70"/>
        <source>Governor / head of region</source>
        <translation>Губернатор / глава региона</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="71"/>
        <source>Minister</source>
        <translation>Министр</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="72"/>
        <source>Deputy</source>
        <translation>Заместитель</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="73"/>
        <source>Ambassador / consul</source>
        <translation>Посол / консул</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="74"/>
        <source>Mayor</source>
        <translation>Мэр</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="75"/>
        <source>Head of department</source>
        <translation>Руководитель подразделения</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="76"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="77"/>
        <source>Business representative</source>
        <translation>Представитель бизнеса</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="83"/>
        <location filename="../../desktop/domain/entities/activities.py" line="186"/>
        <location filename="../../desktop/domain/entities/agreements.py" line="32"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="84"/>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="85"/>
        <source>Protocol of intent</source>
        <translation>Протокол о намерениях</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="86"/>
        <location filename="../../desktop/domain/entities/activities.py" line="124"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="87"/>
        <source>Road map / plan of measures</source>
        <translation>Дорожная карта / план мероприятий</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="88"/>
        <source>Twinning agreement</source>
        <translation>Соглашение о побратимстве</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="94"/>
        <source>International</source>
        <translation>Международное</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="95"/>
        <source>Foreign-economic</source>
        <translation>Внешнеэкономическое</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="96"/>
        <source>Cross-border</source>
        <translation>Приграничное</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="97"/>
        <source>Inter-regional (domestic)</source>
        <translation>Межрегиональное (внутри страны)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="98"/>
        <source>Municipal</source>
        <translation>Муниципальное</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="103"/>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="104"/>
        <source>Investment</source>
        <translation>Инвестиции</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="105"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="106"/>
        <source>Culture</source>
        <translation>Культура</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="107"/>
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="108"/>
        <source>Tourism</source>
        <translation>Туризм</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="109"/>
        <source>Science</source>
        <translation>Наука</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="110"/>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="111"/>
        <source>Logistics</source>
        <translation>Логистика</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="112"/>
        <source>Industry</source>
        <translation>Промышленность</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="113"/>
        <source>Energy</source>
        <translation>Энергетика</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="114"/>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="115"/>
        <source>Sport</source>
        <translation>Спорт</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="116"/>
        <source>Humanitarian</source>
        <translation>Гуманитарное сотрудничество</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="121"/>
        <source>Incoming</source>
        <translation>Входящая</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="122"/>
        <source>Outgoing</source>
        <translation>Исходящая</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="127"/>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="128"/>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="133"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="37"/>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="134"/>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="135"/>
        <source>Held</source>
        <translation>Состоялся</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="136"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="40"/>
        <location filename="../../desktop/domain/lifecycle.py" line="35"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="141"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="142"/>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="143"/>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="144"/>
        <source>Meeting / round table</source>
        <translation>Встреча / круглый стол</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="145"/>
        <source>Festival</source>
        <translation>Фестиваль</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="151"/>
        <location filename="../../desktop/domain/entities/places.py" line="138"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="152"/>
        <location filename="../../desktop/domain/lifecycle.py" line="167"/>
        <source>Suspended</source>
        <translation>Приостановлены</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="153"/>
        <source>Dormant</source>
        <translation>Не активна</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/choices.py" line="154"/>
        <location filename="../../desktop/domain/lifecycle.py" line="33"/>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/common.py" line="13"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/common.py" line="30"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="12"/>
        <source>Foreign region</source>
        <translation>Зарубежный регион</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="13"/>
        <source>Foreign regions</source>
        <translation>Зарубежные регионы</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="19"/>
        <location filename="../../desktop/domain/entities/places.py" line="48"/>
        <source>Name (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="26"/>
        <location filename="../../desktop/domain/entities/places.py" line="55"/>
        <source>Name (original)</source>
        <translation>Наименование (ориг.)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="31"/>
        <source>ISO 3166-2 code</source>
        <translation>Код ISO 3166-2</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="86"/>
        <location filename="../../desktop/services/report_ties.py" line="73"/>
        <source>Memberships</source>
        <translation>Членство</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="97"/>
        <location filename="../../desktop/services/report_ties.py" line="85"/>
        <source>Member since</source>
        <translation>Член с</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="98"/>
        <location filename="../../desktop/services/report_ties.py" line="86"/>
        <source>Member until</source>
        <translation>Член до</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="27"/>
        <location filename="../../desktop/domain/entities/agreements.py" line="41"/>
        <location filename="../../desktop/domain/entities/places.py" line="33"/>
        <location filename="../../desktop/domain/entities/places.py" line="61"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="149"/>
        <location filename="../../desktop/domain/entities/places.py" line="42"/>
        <location filename="../../desktop/domain/entities/places.py" line="126"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="43"/>
        <source>Organisations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="146"/>
        <location filename="../../desktop/domain/entities/places.py" line="66"/>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="69"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="72"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="73"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="74"/>
        <location filename="../../desktop/domain/entities/places.py" line="136"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="75"/>
        <location filename="../../desktop/domain/entities/places.py" line="135"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="168"/>
        <location filename="../../desktop/domain/entities/places.py" line="107"/>
        <source>Person</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="108"/>
        <location filename="../../desktop/services/report_ties.py" line="244"/>
        <source>People</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="113"/>
        <source>Full name (Russian)</source>
        <translation>ФИО (рус.)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="120"/>
        <source>Full name (Latin / original)</source>
        <translation>ФИО (лат. / ориг.)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="131"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/places.py" line="133"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="82"/>
        <location filename="../../desktop/domain/entities/places.py" line="137"/>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="33"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="37"/>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="48"/>
        <source>Scope</source>
        <translation>Сфера действия</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="56"/>
        <source>Partner region</source>
        <translation>Регион-партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="145"/>
        <location filename="../../desktop/domain/entities/activities.py" line="244"/>
        <location filename="../../desktop/domain/entities/agreements.py" line="63"/>
        <location filename="../../desktop/domain/entities/agreements.py" line="175"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="183"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="68"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="71"/>
        <source>Place of signing</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="77"/>
        <source>Spheres of cooperation</source>
        <translation>Сферы сотрудничества</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="85"/>
        <source>Term as written</source>
        <translation>Срок действия (как записан)</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="91"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="95"/>
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="98"/>
        <source>Open-ended</source>
        <translation>Бессрочное</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="105"/>
        <source>Automatic prolongation</source>
        <translation>Автоматическая пролонгация</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="111"/>
        <source>Prolongation terms</source>
        <translation>Условия пролонгации</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="115"/>
        <source>Amends or implements</source>
        <translation>Изменяет или реализует</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="122"/>
        <source>Registration number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="127"/>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="129"/>
        <source>Original kept at</source>
        <translation>Место хранения подлинника</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="132"/>
        <source>Responsible officer</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="143"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="157"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="164"/>
        <source>Signatory&apos;s position</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="254"/>
        <location filename="../../desktop/domain/entities/agreements.py" line="171"/>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="258"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="260"/>
        <location filename="../../desktop/domain/entities/agreements.py" line="179"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="125"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="184"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="28"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="152"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="185"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/agreements.py" line="198"/>
        <source>The status history says it was registered on {value}: correct this date or that step</source>
        <translation>По истории статусов соглашение зарегистрировано {value}: исправьте эту дату или тот шаг</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="17"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="26"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="148"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="18"/>
        <location filename="../../desktop/services/report_activities.py" line="181"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="22"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="24"/>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="33"/>
        <location filename="../../desktop/domain/entities/activities.py" line="95"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="34"/>
        <location filename="../../desktop/domain/entities/activities.py" line="96"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="36"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="38"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="42"/>
        <source>Our participants</source>
        <translation>Наши участники</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="48"/>
        <source>Level of participation</source>
        <translation>Уровень участия</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="55"/>
        <location filename="../../desktop/domain/entities/activities.py" line="131"/>
        <source>Outcome</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="70"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="25"/>
        <location filename="../../desktop/domain/entities/outcomes.py" line="142"/>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="71"/>
        <location filename="../../desktop/services/report_activities.py" line="151"/>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="76"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="83"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="90"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="99"/>
        <source>Regions and cities</source>
        <translation>Регионы и города</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="103"/>
        <source>Host / inviting organisation</source>
        <translation>Принимающая / приглашающая сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="110"/>
        <source>Head of delegation</source>
        <translation>Руководитель делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="117"/>
        <source>Level of the head</source>
        <translation>Уровень руководителя</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="138"/>
        <source>Related event</source>
        <translation>Связанное мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="152"/>
        <source>Report submitted on</source>
        <translation>Отчёт представлен</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="163"/>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="174"/>
        <source>Name, if not in the registry</source>
        <translation>ФИО, если нет в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="176"/>
        <source>Role in the delegation</source>
        <translation>Роль в делегации</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="181"/>
        <source>Agreements signed</source>
        <translation>Подписанные соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="208"/>
        <source>Twin relation</source>
        <translation>Побратимская связь</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="209"/>
        <location filename="../../desktop/services/report_twins.py" line="100"/>
        <location filename="../../desktop/services/report_twins.py" line="101"/>
        <source>Twin relations</source>
        <translation>Побратимские связи</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="214"/>
        <source>Our municipality or region</source>
        <translation>Наш муниципалитет или регион</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="222"/>
        <source>Foreign city or region</source>
        <translation>Зарубежный город или регион</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="231"/>
        <source>Established on</source>
        <translation>Дата установления</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="237"/>
        <source>Basis agreement</source>
        <translation>Соглашение-основание</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="263"/>
        <source>By which side</source>
        <translation>Какой стороной</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="268"/>
        <location filename="../../desktop/domain/entities/places.py" line="99"/>
        <location filename="../../desktop/services/report_ties.py" line="87"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/entities/activities.py" line="277"/>
        <source>The status history says the ties were established on {value}: correct this date or that step</source>
        <translation>По истории статусов связи установлены {value}: исправьте эту дату или тот шаг</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="21"/>
        <source>Intent</source>
        <translation>Намерение</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="22"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="23"/>
        <source>Sent for federal approval</source>
        <translation>Направлено на федеральное согласование</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="24"/>
        <source>Approved</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="25"/>
        <source>Approved with remarks</source>
        <translation>Согласовано с замечаниями</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="26"/>
        <source>Refused</source>
        <translation>Не согласовано</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="27"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="28"/>
        <source>Registration pending</source>
        <translation>На регистрации</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="29"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="30"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="31"/>
        <source>Prolonged</source>
        <translation>Пролонгировано</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="32"/>
        <source>Expired</source>
        <translation>Истёк срок</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="34"/>
        <source>Superseded</source>
        <translation>Заменено новым</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="102"/>
        <source>Unknown status</source>
        <translation>Неизвестный статус</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="107"/>
        <source>Each status step needs a date</source>
        <translation>У каждого шага нужна дата</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="117"/>
        <source>A step cannot be dated before the step before it</source>
        <translation>Шаг не может быть датирован раньше предыдущего</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="124"/>
        <location filename="../../desktop/domain/lifecycle.py" line="200"/>
        <source>Cannot go from &quot;{before}&quot; to &quot;{after}&quot;</source>
        <translation>Нельзя перейти из «{before}» в «{after}»</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="166"/>
        <source>Established</source>
        <translation>Установлены</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="168"/>
        <source>Resumed</source>
        <translation>Возобновлены</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/lifecycle.py" line="169"/>
        <source>Ended</source>
        <translation>Прекращены</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="133"/>
        <source>Not a date: write it as dd.mm.yyyy</source>
        <translation>Это не дата: запишите как дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="139"/>
        <location filename="../../desktop/excel/columns.py" line="40"/>
        <source>No year in it: write 2012, 07.2016 or 08.12.1999</source>
        <translation>Нет года: 2012, 07.2016 или 08.12.1999</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="143"/>
        <location filename="../../desktop/excel/columns.py" line="44"/>
        <source>Not a date: write 2012, 07.2016 or 08.12.1999</source>
        <translation>Не дата: 2012, 07.2016 или 08.12.1999</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="151"/>
        <source>Pick a record from the list</source>
        <translation>Выберите запись из списка</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="158"/>
        <location filename="../../desktop/domain/validation.py" line="172"/>
        <source>Unknown value: {value}</source>
        <translation>Неизвестное значение: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="165"/>
        <source>Too long: at most {limit} characters</source>
        <translation>Слишком длинно: не более {limit} символов</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="177"/>
        <source>Unknown country: {value}</source>
        <translation>Неизвестная страна: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="184"/>
        <source>Not a valid e-mail address</source>
        <translation>Неверный адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="190"/>
        <source>Not a valid phone number; write it as +7 912 345-67-89</source>
        <translation>Неверный номер телефона; запишите как +7 912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="195"/>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/validation.py" line="298"/>
        <source>The end date is before the start date</source>
        <translation>Дата окончания раньше даты начала</translation>
    </message>
    <message>
        <location filename="../../desktop/domain/errors.py" line="15"/>
        <source>The file {path} cannot be used.</source>
        <translation>Файл {path} нельзя использовать.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/errors.py" line="15"/>
        <source>{path} is open in another program (Excel or LibreOffice). Close it there and try again, or choose another file name.</source>
        <translation>Файл {path} открыт в другой программе (Excel или LibreOffice). Закройте его там и повторите, или выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/errors.py" line="23"/>
        <source>{path} cannot be written: {detail}. Choose another folder or file name.</source>
        <translation>Не удалось записать {path}: {detail}. Выберите другую папку или имя файла.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/report_writer.py" line="105"/>
        <source>Period: {start} – {end}</source>
        <translation>Период: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/report_writer.py" line="109"/>
        <source>Compiled on {date}</source>
        <translation>Составлено {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/report_writer.py" line="113"/>
        <source>; officer: {officer}</source>
        <translation>; исполнитель: {officer}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/report_writer.py" line="117"/>
        <source>(region name: set it in the settings)</source>
        <translation>(наименование региона: укажите в настройках)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/report_writer.py" line="173"/>
        <source>No records</source>
        <translation>Записей нет</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="94"/>
        <source>Our parties</source>
        <translation>Наши стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="96"/>
        <source>Foreign parties</source>
        <translation>Иностранные стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="165"/>
        <source>until {date}</source>
        <translation>по {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="170"/>
        <source>, prolonged</source>
        <translation>, продлено</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="173"/>
        <source>open-ended</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="187"/>
        <source>the term ran out</source>
        <translation>Истёк срок действия</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="194"/>
        <source>Status at the end of the period</source>
        <translation>Статус на конец периода</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="200"/>
        <source>{status}, prolonged automatically</source>
        <translation>{status}, продлено автоматически</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="74"/>
        <location filename="../../desktop/services/report_ties.py" line="174"/>
        <source>Membership of international organisations</source>
        <translation>Членство в международных организациях</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="77"/>
        <source>Member</source>
        <translation>Член</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="152"/>
        <source>Municipalities</source>
        <translation>Муниципальные образования</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="153"/>
        <source>Municipalities and their foreign ties</source>
        <translation>Муниципальные образования и их внешние связи</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="157"/>
        <source>Has foreign ties</source>
        <translation>Имеет внешние связи</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="160"/>
        <location filename="../../desktop/services/reports.py" line="227"/>
        <location filename="../../desktop/services/reports.py" line="339"/>
        <source>Agreements in force</source>
        <translation>Действующие соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="170"/>
        <source>Twin pairs</source>
        <translation>Побратимские связи</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="171"/>
        <source>Partner countries</source>
        <translation>Страны-партнёры</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="235"/>
        <source>Consulates</source>
        <translation>Консульства</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="236"/>
        <source>Foreign consulates and honorary consuls</source>
        <translation>Иностранные консульства и почётные консулы</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="228"/>
        <source>Agreements in force on {date}</source>
        <translation>Действующие соглашения на {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="238"/>
        <source>Concluded</source>
        <translation>Заключённые</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="239"/>
        <source>Agreements concluded in the period</source>
        <translation>Соглашения, заключённые в отчётном периоде</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="247"/>
        <source>Lapsed</source>
        <translation>Прекратившие действие</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="248"/>
        <source>Agreements that lapsed in the period</source>
        <translation>Соглашения, прекратившие действие в отчётном периоде</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="253"/>
        <source>Lapsed on</source>
        <translation>Дата прекращения</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="271"/>
        <source>Expiring</source>
        <translation>Истекающие</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="273"/>
        <source>Agreements expiring within 12 months after {date}</source>
        <translation>Соглашения, истекающие в течение 12 месяцев после {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_activities.py" line="152"/>
        <source>Delegations in the period</source>
        <translation>Делегации в отчётном периоде</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_activities.py" line="169"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_activities.py" line="172"/>
        <source>incoming: {incoming}, outgoing: {outgoing}</source>
        <translation>входящих: {incoming}, исходящих: {outgoing}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_activities.py" line="182"/>
        <source>Forums and events in the period</source>
        <translation>Форумы и мероприятия в отчётном периоде</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_ties.py" line="166"/>
        <location filename="../../desktop/services/reports.py" line="340"/>
        <source>Signed in the period</source>
        <translation>Подписано за период</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="341"/>
        <source>Visits to us</source>
        <translation>Визиты к нам</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="342"/>
        <source>Visits abroad</source>
        <translation>Визиты за рубеж</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="344"/>
        <source>Active twin pairs</source>
        <translation>Действующие побратимские пары</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="350"/>
        <source>By country</source>
        <translation>По странам</translation>
    </message>
    <message>
        <location filename="../../desktop/services/reports.py" line="351"/>
        <source>Summary by country</source>
        <translation>Сводка по странам</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="105"/>
        <location filename="../../desktop/services/report_results.py" line="124"/>
        <location filename="../../desktop/services/report_ties.py" line="130"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="105"/>
        <location filename="../../desktop/services/report_ties.py" line="130"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="148"/>
        <source>Not one of the allowed values: {allowed}</source>
        <translation>Допустимые значения: {allowed}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="164"/>
        <source>Not a date: use a date cell, dd.mm.yyyy or yyyy-mm-dd</source>
        <translation>Это не дата: используйте ячейку с датой, дд.мм.гггг или гггг-мм-дд</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="180"/>
        <source>Write yes or no</source>
        <translation>Напишите «да» или «нет»</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="189"/>
        <location filename="../../desktop/excel/row_values.py" line="239"/>
        <source>Unknown country: write its name or ISO code</source>
        <translation>Неизвестная страна: укажите название или код ISO</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="207"/>
        <location filename="../../desktop/excel/row_values.py" line="97"/>
        <source>Not an id number</source>
        <translation>Это не номер записи (ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="210"/>
        <source>No record with id {id}</source>
        <translation>Нет записи с ID {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="221"/>
        <source>No record named &quot;{name}&quot;</source>
        <translation>Нет записи «{name}»</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/columns.py" line="224"/>
        <source>Several records are named &quot;{name}&quot;: give the id</source>
        <translation>Несколько записей называются «{name}»: укажите ID</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/plan.py" line="52"/>
        <source>sheet &quot;{sheet}&quot;</source>
        <translation>лист «{sheet}»</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/plan.py" line="56"/>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/plan.py" line="61"/>
        <source>column &quot;{column}&quot;</source>
        <translation>столбец «{column}»</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/importer.py" line="108"/>
        <source>No header row found: expected columns such as {expected}</source>
        <translation>Не найдена строка заголовков: ожидаются столбцы, например: {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/importer.py" line="195"/>
        <source>Required column &quot;{name}&quot; is missing</source>
        <translation>Нет обязательного столбца «{name}»</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/importer.py" line="404"/>
        <source>No such sheet in the file; its sheets are {sheets}</source>
        <translation>Такого листа в файле нет; листы файла: {sheets}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/importer.py" line="405"/>
        <source>The sheets {sheets} could each be this registry: name the one to read with --sheet, or keep one of them in the file</source>
        <translation>Каждый из листов {sheets} может быть этим реестром: укажите нужный с --sheet или оставьте в файле только один</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/problem_book.py" line="23"/>
        <location filename="../../desktop/excel/problem_book.py" line="80"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/problem_book.py" line="28"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/problem_book.py" line="29"/>
        <location filename="../../desktop/excel/problem_book.py" line="81"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/problem_book.py" line="30"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/problem_book.py" line="31"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/problem_book.py" line="32"/>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/template.py" line="62"/>
        <source>Template {path}, sheet &quot;{sheet}&quot;, cell {cell}: {detail}</source>
        <translation>Шаблон {path}, лист «{sheet}», ячейка {cell}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/template.py" line="73"/>
        <source>{path} is not an Excel workbook (.xlsx). Save it as .xlsx and try again.</source>
        <translation>{path} — не книга Excel (.xlsx). Сохраните её в формате .xlsx и повторите.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/backup.py" line="59"/>
        <source>The backup of {path} failed its check and was deleted. Check the disk and try again.</source>
        <translation>Копия {path} не прошла проверку и удалена. Проверьте диск и повторите.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/backup.py" line="74"/>
        <source>{path} is not a usable backup of the registry; nothing was restored.</source>
        <translation>{path} — не пригодная копия реестра; ничего не восстановлено.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dashboard.py" line="100"/>
        <source>no signing date</source>
        <translation>нет даты подписания</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dashboard.py" line="102"/>
        <source>no registration number</source>
        <translation>нет рег. номера</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dashboard.py" line="138"/>
        <source>no trip report</source>
        <translation>нет отчёта о поездке</translation>
    </message>
    <message>
        <location filename="../../desktop/db/lock.py" line="25"/>
        <source>{path} is open in another program ({detail}). Close it there, then run this again.</source>
        <translation>{path} открыт в другой программе ({detail}). Закройте его там и запустите команду снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/lock.py" line="32"/>
        <source>{path} is a file of the open registry itself and cannot be used here. To keep a copy of the registry, make one in File → Backups… and use that.</source>
        <translation>{path} — файл самого открытого реестра, использовать его здесь нельзя. Чтобы сохранить копию реестра, создайте её в меню Файл → Резервные копии… и используйте её.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/backup.py" line="66"/>
        <source>The backup {path} could not be written ({detail}); nothing was left under its name. Free some space or choose another backup folder, and try again.</source>
        <translation>Резервную копию {path} не удалось записать ({detail}); под её именем ничего не осталось. Освободите место или выберите другую папку для копий и повторите.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="124"/>
        <source>{path} is not built as this application builds a registry ({detail}); it was not opened, so nothing stored in it can run. Restore a good backup, or ask who gave you the file.</source>
        <translation>{path} устроен не так, как это приложение строит реестр ({detail}); файл не открыт, и ничто сохранённое в нём не может выполниться. Восстановите исправную резервную копию или спросите, кто дал вам файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="133"/>
        <source>{path} is a folder, not a registry file. Name a file (registry.sqlite).</source>
        <translation>{path} — это папка, а не файл реестра. Укажите файл (registry.sqlite).</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="139"/>
        <source>{path} could not be written ({detail}); the last change was not saved. Check the disk and try again.</source>
        <translation>Не удалось записать {path} ({detail}); последнее изменение не сохранено. Проверьте диск и повторите.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="147"/>
        <source>{path} was deleted or replaced by another program while it was open; the last change was not saved. Close the registry and open it again.</source>
        <translation>Файл {path} удалила или подменила другая программа, пока он был открыт; последнее изменение не сохранено. Закройте реестр и откройте его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="155"/>
        <source>No backup can be written to the folder {path} ({detail}). Choose another backup folder in the settings, or ask for write access.</source>
        <translation>В папку {path} нельзя записать резервную копию ({detail}). Выберите другую папку для копий в настройках или попросите права на запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/errors.py" line="163"/>
        <source>{path} must be updated to this version, and its backup is made first, but the backup could not be written ({detail}); the registry was left as it was. Free some space or make the backups folder beside it writable, then open it again.</source>
        <translation>Реестр {path} нужно обновить до этой версии, а перед этим делается его резервная копия, но записать её не удалось ({detail}); реестр оставлен как был. Освободите место или сделайте папку копий рядом с ним доступной для записи и откройте его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backups.py" line="30"/>
        <source>{path} is on a server: a backup is restored there only into an empty database, with ir-registry restore FILE --db URL-of-the-new-database.</source>
        <translation>{path} находится на сервере: резервная копия восстанавливается туда только в пустую базу данных командой ir-registry restore ФАЙЛ --db URL-новой-базы.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backups.py" line="38"/>
        <source>{path} is the registry itself; a backup cannot be written over it. Choose another file name.</source>
        <translation>{path} — это сам реестр; записать резервную копию поверх него нельзя. Выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backups.py" line="46"/>
        <source>{path} already exists ({detail}); it was left untouched. Choose a new file name, or add --force to overwrite it.</source>
        <translation>{path} уже существует ({detail}); файл не тронут. Выберите новое имя файла или добавьте --force, чтобы перезаписать его.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/backups.py" line="54"/>
        <source>The backup folder {path} is not a full path: give its full path, from the root of the disk (such as /home/me/backups).</source>
        <translation>Папка резервных копий {path} указана не полным путём: укажите полный путь от корня диска (например, /home/me/backups).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/errors.py" line="14"/>
        <source>The registry refused this: {detail}</source>
        <translation>Реестр отказал: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/errors.py" line="18"/>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/errors.py" line="26"/>
        <source>{entity} #{record_id} does not exist</source>
        <translation>{entity} № {record_id} не существует</translation>
    </message>
    <message>
        <location filename="../../desktop/services/errors.py" line="36"/>
        <source>{entity} #{record_id} was changed by someone else: you edited version {your_version}, the registry now holds version {current_version}</source>
        <translation>{entity} № {record_id} изменил кто-то другой: вы правили версию {your_version}, в реестре теперь версия {current_version}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/errors.py" line="64"/>
        <source>This record is still referred to by other records ({where}); delete or change those first.</source>
        <translation>На эту запись ещё ссылаются другие ({where}); сначала удалите или измените их.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/isolated.py" line="26"/>
        <source>{path} could not be read: the reader stopped ({detail}). The file is damaged or too large; open it in Excel, save it as a new .xlsx and try again.</source>
        <translation>Не удалось прочитать {path}: чтение прервалось ({detail}). Файл повреждён или слишком велик; откройте его в Excel, сохраните как новый .xlsx и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/untrusted.py" line="86"/>
        <source>Workbook {path}, sheet &quot;{sheet}&quot;: it reaches row {row}, beyond the limit of {limit} rows, so it is not read. Delete the far rows that hold no data, or split the sheet.</source>
        <translation>Книга {path}, лист «{sheet}»: данные доходят до строки {row}, больше предела в {limit} строк, поэтому книга не читается. Удалите дальние строки без данных или разделите лист.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/untrusted.py" line="92"/>
        <source>Workbook {path}, sheet &quot;{sheet}&quot;: it reaches column {column}, beyond the limit of {limit} columns, so it is not read. Delete the far columns that hold no data.</source>
        <translation>Книга {path}, лист «{sheet}»: данные доходят до столбца {column}, больше предела в {limit} столбцов, поэтому книга не читается. Удалите дальние столбцы без данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/untrusted.py" line="97"/>
        <source>Workbook {path}, sheet &quot;{sheet}&quot;: it spans {area}, {cells} cells, beyond the limit of {limit} cells, so it is not read. Delete the far rows and columns that hold no data, or split the sheet.</source>
        <translation>Книга {path}, лист «{sheet}»: область {area} — {cells} ячеек, больше предела в {limit} ячеек, поэтому книга не читается. Удалите дальние строки и столбцы без данных или разделите лист.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/untrusted.py" line="111"/>
        <source>Workbook {path}: its part {part} unpacks to {size}, more than {limit} times its packed size, so it is not read. Such a workbook is built to harm; ask for another copy.</source>
        <translation>Книга {path}: её часть {part} распаковывается в {size}, более чем в {limit} раз больше сжатой, поэтому книга не читается. Такая книга создана во вред; попросите другую копию.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/untrusted.py" line="116"/>
        <source>Workbook {path} unpacks to {size}, most of it in {part} (the limit is {limit}), so it is not read. A workbook this large is damaged or built to harm; ask for another copy.</source>
        <translation>Книга {path} распаковывается в {size}, большая часть — в {part} (предел — {limit}), поэтому она не читается. Такая книга повреждена или создана во вред; попросите другую копию.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/untrusted.py" line="125"/>
        <source>{path} is protected by a password, so it cannot be read. Open it in Excel, remove the password (File, Info, Protect Workbook), save it and try again.</source>
        <translation>Файл {path} защищён паролем, поэтому его нельзя прочитать. Откройте его в Excel, снимите пароль (Файл, Сведения, Защита книги), сохраните и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/untrusted.py" line="133"/>
        <source>{path} is an Excel 97-2003 workbook (.xls). Open it in Excel or LibreOffice, save it as .xlsx and try again.</source>
        <translation>Файл {path} — книга Excel 97–2003 (.xls). Откройте её в Excel или LibreOffice, сохраните как .xlsx и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/untrusted.py" line="141"/>
        <source>Workbook {path}: its part {part} declares XML entities, which Excel and LibreOffice never write, so it is not read. Ask the sender for a copy saved by Excel.</source>
        <translation>Книга {path}: её часть {part} объявляет XML-сущности, которых Excel и LibreOffice никогда не пишут, поэтому она не читается. Попросите отправителя прислать копию, сохранённую в Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/untrusted.py" line="149"/>
        <source>Workbook {path} is damaged: its part {part} does not match its own header, so it is not read. Open it in Excel, save it as a new .xlsx, or ask for another copy.</source>
        <translation>Книга {path} повреждена: её часть {part} не совпадает со своим заголовком, поэтому книга не читается. Откройте её в Excel и сохраните как новый .xlsx или попросите другую копию.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/attachments.py" line="42"/>
        <source>The attachment &quot;{path}&quot; is not the file that was attached ({detail}): it is not opened. Restore the registry&apos;s attachments folder from a backup.</source>
        <translation>Вложение «{path}» — не тот файл, который был приложен ({detail}): оно не открывается. Восстановите папку вложений реестра из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/plan.py" line="21"/>
        <source>the column numbers under the header</source>
        <translation>строка номеров столбцов под заголовком</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/plan.py" line="22"/>
        <source>a section heading</source>
        <translation>заголовок раздела</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/plan.py" line="23"/>
        <source>a total row</source>
        <translation>строка итогов</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/plan.py" line="24"/>
        <source>a footnote below the total</source>
        <translation>примечание под итогами</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/plan.py" line="155"/>
        <source>{count} row(s): {what} (rows {rows})</source>
        <translation>{count} стр.: {what} (строки {rows})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/importer.py" line="234"/>
        <source>Cannot be created in “{registry}”: {field}: {what}</source>
        <translation>Нельзя создать в «{registry}»: {field}: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="79"/>
        <source>will update</source>
        <translation>будет обновлена</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="81"/>
        <source>skipped</source>
        <translation>пропущена</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="85"/>
        <source>row {row}: probably the same as record #{id}, {action}</source>
        <translation>строка {row}: вероятно, та же запись, что №{id}; {action}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="106"/>
        <source>nothing imported: {count} problem(s) in {file} in {rows} row(s); fix them, or import the good rows with --skip-bad-rows</source>
        <translation>ничего не импортировано: ошибок в {file}: {count}, в строках: {rows}; исправьте их или импортируйте хорошие строки с --skip-bad-rows</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="119"/>
        <source>{new} new, {updated} updated, {unchanged} unchanged</source>
        <translation>новых: {new}, обновлено: {updated}, без изменений: {unchanged}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="127"/>
        <source>checked {file}: would import {summary}; nothing written</source>
        <translation>проверен {file}: будет импортировано — {summary}; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="137"/>
        <source>would create in “{registry}”: {name} (rows {rows})</source>
        <translation>будет создано в «{registry}»: {name} (строки {rows})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="148"/>
        <source>{count} row(s) with problems would be written to {file}</source>
        <translation>строки с ошибками ({count}) будут записаны в {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="160"/>
        <source>{count} row(s) with problems not imported: written to {file}</source>
        <translation>строки с ошибками ({count}) не импортированы: записаны в {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="169"/>
        <source>created in “{registry}”: {name} (code {id})</source>
        <translation>создано в «{registry}»: {name} (код {id})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="171"/>
        <source>created in “{registry}”: {name} (#{id})</source>
        <translation>создано в «{registry}»: {name} (№{id})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="175"/>
        <source>{count} referenced record(s) created</source>
        <translation>создано связанных записей: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="180"/>
        <source>imported {file}: {summary}</source>
        <translation>импортирован {file}: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="198"/>
        <source>row {row} skipped, {why}: {text}</source>
        <translation>строка {row} пропущена, {why}: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="210"/>
        <source>column “{column}” has no field: its values are kept in the notes</source>
        <translation>для столбца «{column}» нет поля: его значения сохранены в примечаниях</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="217"/>
        <source>to read it as the closest field: --map &quot;{column}={field}&quot;</source>
        <translation>чтобы читать его как ближайшее поле: --map &quot;{column}={field}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/headers.py" line="27"/>
        <source>Term (as written)</source>
        <translation>Срок (как написан)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/headers.py" line="28"/>
        <source>Status (as a word)</source>
        <translation>Состояние (словом)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/headers.py" line="29"/>
        <source>(not read)</source>
        <translation>(не читается)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/headers.py" line="30"/>
        <source>(kept in the notes)</source>
        <translation>(в примечания)</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="198"/>
        <source>The date has no year: the field is left empty, the text kept in the notes</source>
        <translation>в дате нет года: поле оставлено пустым, текст сохранён в примечаниях</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="418"/>
        <source>Not a date: write dd.mm.yyyy, «13 июля 1995 года», «июль 2016» or «2012»</source>
        <translation>Не дата: пишите дд.мм.гггг, «13 июля 1995 года», «июль 2016» или «2012»</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="217"/>
        <source>Known to the {precision} only: kept in the notes, the date field left empty</source>
        <translation>дата известна только с точностью до {precision}: сохранена в примечаниях, поле даты оставлено пустым</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="247"/>
        <source>Read as the Republic of Korea (KR); the DPRK is written «КНДР»</source>
        <translation>прочитано как Республика Корея (KR); КНДР пишется «КНДР»</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="275"/>
        <source>The country is not given, and the partner does not tell it</source>
        <translation>страна не указана, и по партнёру её не определить</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="394"/>
        <source>The term could not be read: it is kept in the notes</source>
        <translation>срок не удалось прочитать: он сохранён в примечаниях</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="412"/>
        <source>The status could not be placed in the history: it is kept in the notes</source>
        <translation>состояние не удалось внести в историю статусов: оно сохранено в примечаниях</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="415"/>
        <source>A quarter is read as its year; the text is kept in the notes</source>
        <translation>Квартал прочитан как год; текст сохранён в примечаниях</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="422"/>
        <source>month</source>
        <translation>месяца</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="423"/>
        <source>year</source>
        <translation>года</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="96"/>
        <source>{count} name(s) not found in the registry: --create-missing creates them</source>
        <translation>имён, которых нет в реестре: {count}; --create-missing создаст их</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/plan.py" line="150"/>
        <source>{what} (row {row})</source>
        <translation>{what} (строка {row})</translation>
    </message>
    <message>
        <location filename="../../desktop/excel/row_values.py" line="326"/>
        <source>Not in the registry: «{name}»</source>
        <translation>нет в реестре: «{name}»</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_import.py" line="52"/>
        <source>--map: no field {fields}; the fields are: {known}</source>
        <translation>--map: нет поля {fields}; поля: {known}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/countries.py" line="34"/>
        <source>Write the country&apos;s name in Russian</source>
        <translation>Напишите название страны по-русски</translation>
    </message>
    <message>
        <location filename="../../desktop/services/countries.py" line="35"/>
        <source>«{name}» is a country the registry knows ({code}): pick it from the list</source>
        <translation>«{name}» — страна, которую реестр знает ({code}): выберите её из списка</translation>
    </message>
    <message>
        <location filename="../../desktop/services/countries.py" line="38"/>
        <source>Every code from XA to XZ is taken: no more countries can be added</source>
        <translation>Все коды от XA до XZ заняты: добавить ещё страну нельзя</translation>
    </message>
    <message>
        <location filename="../../desktop/services/countries.py" line="41"/>
        <source>The code {code} is taken or not from XA to XZ: choose a free one</source>
        <translation>Код {code} занят или не из диапазона XA–XZ: выберите свободный</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merging.py" line="40"/>
        <source>{path} holds changes of a copy taken from another registry; merge it into the registry the copy was taken from.</source>
        <translation>В файле {path} изменения копии другого реестра; принимайте их в тот реестр, с которого снималась копия.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merging.py" line="61"/>
        <source>{kind} «{title}» (#{id}): deleted on the trip, changed at the office: kept</source>
        <translation>{kind} «{title}» (№ {id}): удалено в поездке, изменено в офисе — сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merging.py" line="64"/>
        <source>{kind} «{title}» (#{id}): in the office&apos;s trash, changed on the trip: restored</source>
        <translation>{kind} «{title}» (№ {id}): было в корзине офиса, изменено в поездке — восстановлено</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merging.py" line="67"/>
        <source>{kind} «{title}» (#{id}): deleted for good on the trip, changed at the office: kept</source>
        <translation>{kind} «{title}» (№ {id}): удалено насовсем в поездке, изменено в офисе — сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merging.py" line="70"/>
        <source>{kind} «{title}»: deleted for good at the office, changed on the trip: created again</source>
        <translation>{kind} «{title}»: удалено насовсем в офисе, изменено в поездке — создано заново</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merging.py" line="73"/>
        <source>{kind} «{title}» (#{id}): probably the same as {others}</source>
        <translation>{kind} «{title}» (№ {id}): вероятно, то же, что {others}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merging.py" line="74"/>
        <source>{kind}: the file «{name}» attached on the trip was not attached here (it arrived damaged, or its record is not here); attach it again from the laptop</source>
        <translation>{kind}: файл «{name}», приложенный в поездке, здесь не приложен (он повреждён в пути или его записи здесь нет); приложите его снова с ноутбука</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merging.py" line="79"/>
        <source>{kind}: {count} reference(s) to records the office no longer has were left empty</source>
        <translation>{kind}: ссылок на записи, которых в офисе больше нет, оставлено пустыми: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/offline.py" line="37"/>
        <source>{user}, away from the office</source>
        <translation>{user}, вне офиса</translation>
    </message>
    <message>
        <location filename="../../desktop/services/offline.py" line="43"/>
        <source>{path} is not a copy taken away from an office registry: only such a copy has changes to bring back. Take one with «offline» first.</source>
        <translation>{path} — не копия, взятая из офисного реестра: изменения возвращаются только из такой копии. Сначала снимите копию («offline»).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/offline.py" line="51"/>
        <source>{path} is not a package of changes ({detail}). Prepare one on the laptop with «changes --out FILE.irchanges».</source>
        <translation>{path} — не пакет изменений ({detail}). Подготовьте его на ноутбуке: «changes --out ФАЙЛ.irchanges».</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_twins.py" line="112"/>
        <source>Status since</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="16"/>
        <source>office</source>
        <translation>офис</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="16"/>
        <source>laptop</source>
        <translation>поездка</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="57"/>
        <source>wrote {path}: a copy to take away; bring back its changes with «changes»</source>
        <translation>записано {path}: копия, которую берут с собой; её изменения возвращаются командой «changes»</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="70"/>
        <source>wrote {path}: changed records: {count}</source>
        <translation>записано {path}: изменённых записей: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="79"/>
        <source>rows: {count}</source>
        <translation>строк: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="90"/>
        <source>#{id} {entity} «{title}» (#{record}), {field}: office {office} | laptop {laptop} ({user})</source>
        <translation>#{id} {entity} «{title}» (#{record}), {field}: в офисе {office} | в поездке {laptop} ({user})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="107"/>
        <source>conflicts to resolve: {count}; merge --resolve ID --take office|laptop</source>
        <translation>конфликтов для решения: {count}; merge --resolve ID --take office|laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="113"/>
        <source>no conflicts to resolve</source>
        <translation>конфликтов для решения нет</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="135"/>
        <source>conflict #{id} resolved: kept the {side}&apos;s value</source>
        <translation>конфликт #{id} решён: оставлено значение стороны «{side}»</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="147"/>
        <source>{file} was merged before: nothing changed</source>
        <translation>{file} уже был принят: ничего не изменилось</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="152"/>
        <source>note: {text}</source>
        <translation>внимание: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="154"/>
        <source>new: {new}, updated: {updated}, moved to the trash: {trashed}, conflicts: {conflicts}</source>
        <translation>новых: {new}, обновлено: {updated}, в корзину: {trashed}, конфликтов: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="169"/>
        <source>checked {file}: would merge {summary}; nothing written</source>
        <translation>проверено {file}: было бы принято — {summary}; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="178"/>
        <source>merged {file}: {summary}</source>
        <translation>принято {file}: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_offline.py" line="186"/>
        <source>conflicts to resolve: {count}; merge --db {db} --list</source>
        <translation>конфликтов для решения: {count}; merge --db {db} --list</translation>
    </message>
    <message>
        <location filename="../../desktop/db/server.py" line="162"/>
        <source>{path} must be upgraded to this version of the application, which only the registry&apos;s owner role may do ({detail} is staff); it was left as it was. Ask the administrator to run: ir-registry upgrade --db URL-of-the-owner</source>
        <translation>{path} нужно обновить до этой версии программы, а это может сделать только роль владельца реестра ({detail} — сотрудник); реестр оставлен как был. Попросите администратора выполнить: ir-registry upgrade --db URL-владельца</translation>
    </message>
    <message>
        <location filename="../../desktop/db/server_copy.py" line="40"/>
        <source>{path} is not empty (it holds {detail}); it was left untouched. A backup is restored only into an empty database: ask the administrator for a new one.</source>
        <translation>{path} не пуста (в ней есть {detail}); она оставлена как была. Резервная копия восстанавливается только в пустую базу данных: попросите администратора создать новую.</translation>
    </message>
    <message>
        <location filename="../../desktop/db/server_copy.py" line="48"/>
        <source>{path} must be upgraded to this version, and its copy is written first, but the copy could not be written ({detail}); the registry was left as it was. Choose a writable backup folder (--backup-folder, or File → Settings…) and open it again.</source>
        <translation>{path} нужно обновить до этой версии, и сначала записывается её копия, но копию записать не удалось ({detail}); реестр оставлен как был. Выберите папку резервных копий, доступную для записи (--backup-folder или Файл → Настройки…), и откройте его снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="27"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_forms.py" line="38"/>
        <source>Order 911: municipalities&apos; international ties (yearly)</source>
        <translation>Приказ № 911: связи муниципальных образований (ежегодно)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_forms.py" line="44"/>
        <source>Order 280: cross-border ties with adjacent states</source>
        <translation>Приказ № 280: приграничное сотрудничество (до 1 февраля)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/report_forms.py" line="50"/>
        <source>Municipal list of agreements (regional law)</source>
        <translation>Перечень соглашений муниципальных образований (до 15 января)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="53"/>
        <source>Far East: China, Mongolia, North Korea, Japan</source>
        <translation>Дальний Восток: Китай, Монголия, КНДР, Япония</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="56"/>
        <source>Siberia: China, Mongolia, Kazakhstan</source>
        <translation>Сибирь: Китай, Монголия, Казахстан</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="57"/>
        <source>Urals and Volga: Kazakhstan</source>
        <translation>Урал и Поволжье: Казахстан</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="58"/>
        <source>North Caucasus: Azerbaijan, Georgia</source>
        <translation>Северный Кавказ: Азербайджан, Грузия</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="59"/>
        <source>West: Belarus</source>
        <translation>Запад: Беларусь</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="62"/>
        <source>North-West: Finland, Norway, Estonia, Latvia</source>
        <translation>Северо-Запад: Финляндия, Норвегия, Эстония, Латвия</translation>
    </message>
    <message>
        <location filename="../../desktop/services/settings.py" line="65"/>
        <source>Kaliningrad: Lithuania, Poland</source>
        <translation>Калининград: Литва, Польша</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../desktop/ui/duplicate_warning.py" line="26"/>
        <source>Open it</source>
        <translation>Открыть её</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicate_warning.py" line="27"/>
        <source>Open the record entered already</source>
        <translation>Открыть уже внесённую запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicate_warning.py" line="40"/>
        <source>Probably entered already: {records}</source>
        <translation>Вероятно, уже внесено: {records}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/duplicate_warning.py" line="47"/>
        <source>The registry has a record like this one already: {records}. Save this one too?</source>
        <translation>В реестре уже есть похожая запись: {records}. Всё равно сохранить эту?</translation>
    </message>
</context>
<context>
    <name>FirstRunPanel</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="48"/>
        <source>The registry is empty</source>
        <translation>Реестр пока пуст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="52"/>
        <source>The registry keeps the region&apos;s international ties: partner regions and organisations, agreements with their status history, delegations and visits, events, people and twin cities. From it come the lists of what needs attention and the annual report.</source>
        <translation>Реестр хранит международные связи региона: регионы и организации-партнёры, соглашения с историей статусов, делегации и визиты, мероприятия, людей и города-побратимы. По нему составляются списки того, что требует внимания, и годовой отчёт.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="59"/>
        <source>Import agreements from Excel…</source>
        <translation>Импортировать соглашения из Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="61"/>
        <source>Add the first partner region</source>
        <translation>Добавить первый регион-партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="63"/>
        <source>Add the first agreement</source>
        <translation>Добавить первое соглашение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="65"/>
        <source>Try the sample data…</source>
        <translation>Открыть демонстрационные данные…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="69"/>
        <source>Import reads your existing spreadsheets (each registry page imports its own kind of records, with File → Import into this registry…). The sample data is made in a separate registry and opens in a new window: this registry stays empty.</source>
        <translation>Импорт читает ваши существующие таблицы (каждый раздел реестра импортирует свой вид записей: «Файл → Импорт в этот реестр…»). Демонстрационные данные создаются в отдельном реестре и открываются в новом окне: этот реестр остаётся пустым.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="98"/>
        <source>Making the sample registry {file}…</source>
        <translation>Создаю демонстрационный реестр {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="102"/>
        <location filename="../../desktop/ui/first_run.py" line="108"/>
        <source>Sample data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="109"/>
        <source>The sample registry is {file}. Open it with: {command}</source>
        <translation>Демонстрационный реестр: {file}. Откройте его командой: {command}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="31"/>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="32"/>
        <source>Open the selected record</source>
        <translation>Открыть выбранную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="33"/>
        <source>Move the selection to the trash</source>
        <translation>Переместить выбранное в корзину</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="34"/>
        <source>Delete for good (in the trash)</source>
        <translation>Удалить навсегда (в корзине)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="35"/>
        <source>Search the registry</source>
        <translation>Поиск по реестру</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="36"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="37"/>
        <source>Home, then each registry</source>
        <translation>Главная, затем каждый реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="38"/>
        <source>Report for the ministry</source>
        <translation>Отчёт для министерства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="39"/>
        <source>Import / export this registry</source>
        <translation>Импорт / экспорт этого реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="40"/>
        <source>Print the table or the record card</source>
        <translation>Печать таблицы или карточки записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="41"/>
        <source>In a form: save</source>
        <translation>В форме: сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="42"/>
        <source>In a form: save and close</source>
        <translation>В форме: сохранить и закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="43"/>
        <source>In a form: close (asks about changes)</source>
        <translation>В форме: закрыть (спросит об изменениях)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="46"/>
        <source>In a form: the next tab (Ctrl+Shift+Tab: the previous one)</source>
        <translation>В форме: следующая вкладка (Ctrl+Shift+Tab: предыдущая)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="52"/>
        <source>In a form: add a row to the list on the tab shown</source>
        <translation>В форме: добавить строку в список открытой вкладки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="54"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="69"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="106"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="108"/>
        <source>&lt;b&gt;International relations registry&lt;/b&gt; {version}</source>
        <translation>&lt;b&gt;Реестр международных связей&lt;/b&gt; {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="113"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="115"/>
        <source>Data folder (logs, default database):</source>
        <translation>Папка данных (журналы, база по умолчанию):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/help.py" line="120"/>
        <source>Open the data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="62"/>
        <source>Import into “{registry}”: {file}</source>
        <translation>Импорт в «{registry}»: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="112"/>
        <source>Sheet “{sheet}”, headers in row {row}: {new} new, {updated} to update, {unchanged} unchanged, {duplicates} probable duplicates, {problems} problems.</source>
        <translation>Лист «{sheet}», заголовки в строке {row}: новых — {new}, обновить — {updated}, без изменений — {unchanged}, вероятных дубликатов — {duplicates}, проблем — {problems}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="51"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="144"/>
        <location filename="../../desktop/ui/import_dialog.py" line="148"/>
        <location filename="../../desktop/ui/import_dialog.py" line="153"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="148"/>
        <location filename="../../desktop/ui/import_dialog.py" line="153"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="148"/>
        <location filename="../../desktop/ui/import_dialog.py" line="153"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="153"/>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="156"/>
        <source>Save the list as .xlsx…</source>
        <translation>Сохранить список в .xlsx…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="163"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="170"/>
        <source>First rows</source>
        <translation>Первые строки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="178"/>
        <source>Problems ({count})</source>
        <translation>Проблемы ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="188"/>
        <source>Update the {count} records that look like rows of the file (otherwise they are skipped)</source>
        <translation>Обновить {count} записей, похожих на строки файла (иначе они пропускаются)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="93"/>
        <location filename="../../desktop/ui/import_dialog.py" line="277"/>
        <location filename="../../desktop/ui/import_dialog.py" line="288"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="71"/>
        <source>Create the countries, regions and organisations the file names and the registry lacks</source>
        <translation>Создать страны, регионы и организации, которые названы в файле и которых нет в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="220"/>
        <source>Save the problems as</source>
        <translation>Сохранить список проблем как</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="232"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="251"/>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="256"/>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="77"/>
        <source>Import the good rows; save the rows with problems to a workbook beside the file</source>
        <translation>Импортировать хорошие строки; строки с ошибками сохранить в книгу рядом с файлом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="88"/>
        <source>Apply the choices and read again</source>
        <translation>Применить выбор и прочитать заново</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="125"/>
        <source>{skipped} rows skipped, {kept} columns kept in the notes, {names} names to reconcile, {warnings} warnings.</source>
        <translation>Пропущено строк: {skipped}, столбцов в примечаниях: {kept}, имён для сопоставления: {names}, предупреждений: {warnings}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="144"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="144"/>
        <source>What it says</source>
        <translation>Что в ней</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="148"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="166"/>
        <source>Names to reconcile ({count})</source>
        <translation>Сопоставление имён ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="172"/>
        <source>Skipped rows ({count})</source>
        <translation>Пропущенные строки ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="175"/>
        <source>Warnings ({count})</source>
        <translation>Предупреждения ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_dialog.py" line="289"/>
        <source>{count} rows with problems were not imported: they are in {file}</source>
        <translation>Строки с ошибками не импортированы ({count}): они сохранены в {file}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="52"/>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="53"/>
        <source>Closest field</source>
        <translation>Ближайшее поле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="116"/>
        <source>Name in the file</source>
        <translation>Имя в файле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="117"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="118"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="119"/>
        <source>What it is</source>
        <translation>Что это</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="129"/>
        <source>Create it</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="131"/>
        <source>Leave it in the notes</source>
        <translation>Оставить в примечаниях</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="135"/>
        <location filename="../../desktop/ui/import_steps.py" line="175"/>
        <source>This one: {title}</source>
        <translation>Это: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="140"/>
        <source>Pick another…</source>
        <translation>Выбрать другой…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="156"/>
        <location filename="../../desktop/ui/import_steps.py" line="165"/>
        <source>Pick a record</source>
        <translation>Выбор записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/import_steps.py" line="157"/>
        <source>Search for:</source>
        <translation>Найти:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="38"/>
        <source>International relations registry — {path}</source>
        <translation>Реестр международных связей — {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="52"/>
        <location filename="../../desktop/ui/main_window.py" line="209"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="109"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="111"/>
        <source>&amp;Report for the ministry…</source>
        <translation>&amp;Отчёт для министерства…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116"/>
        <source>&amp;Import into this registry…</source>
        <translation>&amp;Импорт в этот реестр…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="123"/>
        <source>&amp;Export this registry…</source>
        <translation>&amp;Экспорт этого реестра…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130"/>
        <source>Empty &amp;template for this registry…</source>
        <translation>Пустой &amp;шаблон этого реестра…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136"/>
        <source>&amp;Print this table…</source>
        <translation>&amp;Печать таблицы…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139"/>
        <source>&amp;Trip</source>
        <translation>&amp;Поездка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="142"/>
        <source>&amp;Take a copy on a trip…</source>
        <translation>&amp;Взять копию с собой…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="147"/>
        <source>&amp;Prepare changes for the office…</source>
        <translation>&amp;Подготовить изменения для офиса…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="152"/>
        <source>&amp;Accept changes from a trip…</source>
        <translation>П&amp;ринять изменения из поездки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>&amp;Conflicts to resolve…</source>
        <translation>&amp;Конфликты для решения…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="160"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="161"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="162"/>
        <source>Add a &amp;country outside ISO…</source>
        <translation>Добавить &amp;страну вне ISO…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166"/>
        <source>&amp;Record</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="170"/>
        <source>&amp;New</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="174"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>&amp;Restore from trash</source>
        <translation>&amp;Восстановить из корзины</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Show &amp;trash</source>
        <translation>Показать &amp;корзину</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="190"/>
        <source>Delete for &amp;good…</source>
        <translation>Удалить &amp;навсегда…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="194"/>
        <source>Empty the trash of records older than 30 days…</source>
        <translation>Очистить корзину от записей старше 30 дней…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="288"/>
        <source>Changed by another user</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <source>%Ln record(s) shown of {total}</source>
        <translation>
            <numerusform>Показана %Ln запись из {total}</numerusform>
            <numerusform>Показаны %Ln записи из {total}</numerusform>
            <numerusform>Показано %Ln записей из {total}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="221"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="279"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="280"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="281"/>
        <source>Moved to the trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="282"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="283"/>
        <source>Deleted for good</source>
        <translation>Удалено навсегда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="284"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="285"/>
        <source>Restored from a backup</source>
        <translation>Восстановлено из резервной копии</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="290"/>
        <source>{verb}: %n record(s)</source>
        <translation>
            <numerusform>{verb}: %n запись</numerusform>
            <numerusform>{verb}: %n записи</numerusform>
            <numerusform>{verb}: %n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="344"/>
        <source> (template)</source>
        <translation> (шаблон)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="346"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="359"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
</context>
<context>
    <name>PartialDateEditor</name>
    <message>
        <location filename="../../desktop/ui/editors.py" line="187"/>
        <source>dd.mm.yyyy, mm.yyyy or yyyy</source>
        <translation>дд.мм.гггг, мм.гггг или гггг</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../desktop/ui/printing.py" line="77"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="214"/>
        <source>Print to file</source>
        <translation>Печать в файл</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="103"/>
        <source>trash</source>
        <translation>корзина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="106"/>
        <source>search “{text}”</source>
        <translation>поиск «{text}»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printing.py" line="116"/>
        <source>year {year}</source>
        <translation>{year} год</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/translations.py" line="28"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translations.py" line="29"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../desktop/ui/long_work.py" line="49"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="67"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="75"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="76"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="77"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="78"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="79"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="85"/>
        <location filename="../../desktop/ui/record_form.py" line="235"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="86"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="92"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="93"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="94"/>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="95"/>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Сохранить и закрыть (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="97"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="98"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="102"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="103"/>
        <source>Print the record card or save it as PDF (Ctrl+P)</source>
        <translation>Напечатать карточку или сохранить в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="152"/>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="199"/>
        <source>New: {entity}</source>
        <translation>Новая запись: {entity}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="245"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="246"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="247"/>
        <source>Moved to the trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="248"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="283"/>
        <source>Probable duplicate</source>
        <translation>Вероятный дубликат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="300"/>
        <source>Correct the fields marked in red before saving.</source>
        <translation>Исправьте поля, отмеченные красным, и сохраните.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="328"/>
        <source>Another user has changed this record since you opened it. Saving will show both versions to choose from.</source>
        <translation>Другой пользователь изменил эту запись, пока она была открыта. При сохранении вы увидите обе версии и выберете.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="337"/>
        <source>Another user has deleted this record.</source>
        <translation>Другой пользователь удалил эту запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_form.py" line="375"/>
        <source>Save the changes to this record?</source>
        <translation>Сохранить изменения этой записи?</translation>
    </message>
</context>
<context>
    <name>RefEditor</name>
    <message>
        <location filename="../../desktop/ui/editors.py" line="305"/>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editors.py" line="337"/>
        <source>Create «{text}»…</source>
        <translation>Создать «{text}»…</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../desktop/ui/registry_page.py" line="52"/>
        <source>Search (Ctrl+F): any word or its beginning</source>
        <translation>Поиск (Ctrl+F): любое слово или его начало</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registry_page.py" line="64"/>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registry_page.py" line="68"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registry_page.py" line="75"/>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registry_page.py" line="78"/>
        <location filename="../../desktop/ui/registry_page.py" line="316"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registry_page.py" line="79"/>
        <source>Show deleted records, to restore them</source>
        <translation>Показать удалённые записи, чтобы восстановить их</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registry_page.py" line="285"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/registry_page.py" line="287"/>
        <source>Move %n record(s) to the trash? They can be restored from the trash.</source>
        <translation>
            <numerusform>Переместить %n запись в корзину? Её можно будет восстановить.</numerusform>
            <numerusform>Переместить %n записи в корзину? Их можно будет восстановить.</numerusform>
            <numerusform>Переместить %n записей в корзину? Их можно будет восстановить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registry_page.py" line="305"/>
        <location filename="../../desktop/ui/registry_page.py" line="322"/>
        <source>Delete for good</source>
        <translation>Удаление навсегда</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/registry_page.py" line="306"/>
        <source>Delete %n record(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n запись навсегда? Это нельзя отменить.</numerusform>
            <numerusform>Удалить %n записи навсегда? Это нельзя отменить.</numerusform>
            <numerusform>Удалить %n записей навсегда? Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/registry_page.py" line="317"/>
        <source>No record has been in the trash for more than 30 days.</source>
        <translation>В корзине нет записей старше 30 дней.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/registry_page.py" line="324"/>
        <source>Delete for good the %n record(s) that have been in the trash for more than 30 days?</source>
        <translation>
            <numerusform>Удалить навсегда %n запись, пролежавшую в корзине больше 30 дней?</numerusform>
            <numerusform>Удалить навсегда %n записи, пролежавшие в корзине больше 30 дней?</numerusform>
            <numerusform>Удалить навсегда %n записей, пролежавших в корзине больше 30 дней?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="61"/>
        <source>Report for the ministry</source>
        <translation>Отчёт для министерства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="64"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="65"/>
        <source>First half-year</source>
        <translation>Первое полугодие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="66"/>
        <source>Second half-year</source>
        <translation>Второе полугодие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="67"/>
        <source>1st quarter</source>
        <translation>I квартал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="68"/>
        <source>2nd quarter</source>
        <translation>II квартал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="69"/>
        <source>3rd quarter</source>
        <translation>III квартал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="70"/>
        <source>4th quarter</source>
        <translation>IV квартал</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="71"/>
        <source>Other dates</source>
        <translation>Другие даты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="91"/>
        <source>Built-in layout (a sheet per report)</source>
        <translation>Встроенная форма (лист на каждый отчёт)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="92"/>
        <source>A built-in form:</source>
        <translation>Встроенная форма:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="99"/>
        <source>The ministry&apos;s template:</source>
        <translation>Шаблон министерства:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="102"/>
        <source>an .xlsx with {{placeholders}}</source>
        <translation>файл .xlsx с {{метками}}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="103"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="115"/>
        <source>Write the report…</source>
        <translation>Сформировать отчёт…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="121"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="122"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="163"/>
        <source>Template of the report</source>
        <translation>Шаблон отчёта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="170"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="174"/>
        <source>Choose the template file.</source>
        <translation>Выберите файл шаблона.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="179"/>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="191"/>
        <source>Writing the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="193"/>
        <location filename="../../desktop/ui/report_dialog.py" line="201"/>
        <source>Cancelled: no file was written.</source>
        <translation>Отменено: файл не записан.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="47"/>
        <source>e.g. Government of the Tyumen Region</source>
        <translation>например, Правительство Тюменской области</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="49"/>
        <source>who compiles the reports</source>
        <translation>кто составляет отчёты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84"/>
        <source>“backups” beside the database</source>
        <translation>папка «backups» рядом с базой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="50"/>
        <source>This registry (shared by everyone who opens it)</source>
        <translation>Этот реестр (общие для всех, кто его открывает)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="52"/>
        <source>Region (for report headings)</source>
        <translation>Регион (для заголовков отчётов)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="53"/>
        <source>Officer</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="138"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="148"/>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="97"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="56"/>
        <source>ISO codes, e.g. CN, MN, KZ</source>
        <translation>коды ISO, например CN, MN, KZ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="58"/>
        <source>Fill in by the part of the country…</source>
        <translation>Заполнить по части страны…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="65"/>
        <source>Adjacent states (border reports)</source>
        <translation>Сопредельные государства (приграничные отчёты)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="74"/>
        <source>Forms the office submits</source>
        <translation>Формы, которые сдаёт отдел</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="91"/>
        <source>Applies on this computer only; each computer chooses its own.</source>
        <translation>Действует только на этом компьютере; на каждом компьютере выбирают свою.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="94"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="98"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="99"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="100"/>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="102"/>
        <source>Language (after a restart)</source>
        <translation>Язык (после перезапуска)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="104"/>
        <source>Backup folder of this registry</source>
        <translation>Папка резервных копий этого реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="106"/>
        <source>Ask before attaching files larger than</source>
        <translation>Спрашивать, прежде чем прикрепить файл больше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="107"/>
        <source>Annual report due on</source>
        <translation>Срок годового отчёта</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="108"/>
        <source>Warn of agreements expiring within</source>
        <translation>Предупреждать об истечении соглашений за</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="109"/>
        <source>Warn of approvals waiting longer than</source>
        <translation>Предупреждать о согласованиях дольше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="110"/>
        <source>Show visits and events in the next</source>
        <translation>Показывать визиты и мероприятия на ближайшие</translation>
    </message>
</context>
<context>
    <name>Trip</name>
    <message>
        <location filename="../../desktop/ui/trip.py" line="43"/>
        <source>Trip</source>
        <translation>Поездка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="54"/>
        <source>A copy for a trip («{name}») of {origin}, taken {taken}</source>
        <translation>Копия для поездки («{name}») реестра {origin}, взята {taken}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="57"/>
        <source>Its changes go back to the office with File → Trip → Prepare changes for the office.</source>
        <translation>Изменения возвращаются в офис через Файл → Поездка → Подготовить изменения для офиса.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="70"/>
        <source> (a copy for a trip)</source>
        <translation> (копия для поездки)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="81"/>
        <location filename="../../desktop/ui/trip.py" line="95"/>
        <source>Take a copy on a trip</source>
        <translation>Взять копию с собой</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="89"/>
        <source>Writing the copy…</source>
        <translation>Запись копии…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="96"/>
        <source>The copy was written to {path}. Work in it on the laptop (start the registry with that file); back at the office, prepare its changes there and accept them here.</source>
        <translation>Копия записана: {path}. Работайте в ней на ноутбуке (запустите реестр с этим файлом); вернувшись, подготовьте там изменения и примите их здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="106"/>
        <location filename="../../desktop/ui/trip.py" line="110"/>
        <location filename="../../desktop/ui/trip.py" line="132"/>
        <source>Prepare changes for the office</source>
        <translation>Подготовить изменения для офиса</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="111"/>
        <source>This registry is not a copy taken on a trip: its changes are here already. Take a copy with File → Trip → Take a copy on a trip.</source>
        <translation>Этот реестр — не копия для поездки: его изменения уже здесь. Копию можно взять через Файл → Поездка → Взять копию с собой.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="125"/>
        <source>Writing the changes…</source>
        <translation>Запись изменений…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="133"/>
        <source>{count} changed record(s) written to {path}. Accept them in the office registry.</source>
        <translation>Изменённых записей: {count}, записаны в {path}. Примите их в офисном реестре.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="142"/>
        <location filename="../../desktop/ui/trip.py" line="159"/>
        <location filename="../../desktop/ui/trip.py" line="167"/>
        <location filename="../../desktop/ui/trip.py" line="190"/>
        <source>Accept changes from a trip</source>
        <translation>Принять изменения из поездки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="151"/>
        <source>Checking the changes…</source>
        <translation>Проверка изменений…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="160"/>
        <source>These changes were accepted before: nothing to do.</source>
        <translation>Эти изменения уже были приняты: делать нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="174"/>
        <source>Accept the changes</source>
        <translation>Принять изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="182"/>
        <source>Accepting the changes…</source>
        <translation>Приём изменений…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="197"/>
        <source>Accepted: {created} new, {updated} changed, {trashed} moved to the trash.</source>
        <translation>Принято: новых — {created}, изменённых — {updated}, в корзину — {trashed}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trip.py" line="201"/>
        <source>Accepting these changes adds {created} new record(s), changes {updated}, moves {trashed} to the trash and leaves {conflicts} conflict(s) for you to resolve.</source>
        <translation>Приём этих изменений добавит новых записей: {created}, изменит: {updated}, переместит в корзину: {trashed} и оставит вам конфликтов для решения: {conflicts}.</translation>
    </message>
</context>
<context>
    <name>_Bytes</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/text.py" line="41"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
</TS>
