<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>DashboardPage</name>
    <message numerus="yes">
      <source>{form}: due on {date}, %n day(s) left.</source>
      <translation>
        <numerusform>{form}: due on {date}, %n day left.</numerusform>
        <numerusform>{form}: due on {date}, %n days left.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The annual report is due on {date}: %n day(s) left.</source>
      <translation>
        <numerusform>The annual report is due on {date}: %n day left.</numerusform>
        <numerusform>The annual report is due on {date}: %n days left.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Agreements expiring within %n month(s)</source>
      <translation>
        <numerusform>Agreements expiring within %n month</numerusform>
        <numerusform>Agreements expiring within %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for approval or registration longer than %n day(s)</source>
      <translation>
        <numerusform>Waiting for approval or registration longer than %n day</numerusform>
        <numerusform>Waiting for approval or registration longer than %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Visits and events in the next %n day(s)</source>
      <translation>
        <numerusform>Visits and events in the next %n day</numerusform>
        <numerusform>Visits and events in the next %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <source>%Ln record(s) shown of {total}</source>
      <translation>
        <numerusform>%Ln record shown of {total}</numerusform>
        <numerusform>%Ln records shown of {total}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{verb}: %n record(s)</source>
      <translation>
        <numerusform>{verb}: %n record</numerusform>
        <numerusform>{verb}: %n records</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RegistryPage</name>
    <message numerus="yes">
      <source>Move %n record(s) to the trash? They can be restored from the trash.</source>
      <translation>
        <numerusform>Move %n record to the trash? They can be restored from the trash.</numerusform>
        <numerusform>Move %n records to the trash? They can be restored from the trash.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete %n record(s) for good? This cannot be undone.</source>
      <translation>
        <numerusform>Delete %n record for good? This cannot be undone.</numerusform>
        <numerusform>Delete %n records for good? This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Delete for good the %n record(s) that have been in the trash for more than 30 days?</source>
      <translation>
        <numerusform>Delete for good the %n record that have been in the trash for more than 30 days?</numerusform>
        <numerusform>Delete for good the %n records that have been in the trash for more than 30 days?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>_Bytes</name>
    <message numerus="yes">
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
      </translation>
    </message>
  </context>
</TS>