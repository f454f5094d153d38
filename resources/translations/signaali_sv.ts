<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AnalyticsStyle</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>at concern level</source>
        <translation>på orosnivå</translation>
    </message>
    <message>
        <source>flagged (watch or concern)</source>
        <translation>flaggade (uppföljning eller oro)</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Flickor</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Pojkar</translation>
    </message>
    <message>
        <source>Other or not recorded</source>
        <translation>Annat eller inte registrerat</translation>
    </message>
    <message>
        <source>All genders</source>
        <translation>Alla kön</translation>
    </message>
    <message>
        <source>Suppressed (small group)</source>
        <translation>Dold (liten grupp)</translation>
    </message>
    <message>
        <source>%1, no class</source>
        <translation>%1, ingen klass</translation>
    </message>
    <message>
        <source>No class</source>
        <translation>Ingen klass</translation>
    </message>
    <message>
        <source>%1, grade %2</source>
        <translation>%1, årskurs %2</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Årskurs %1</translation>
    </message>
    <message>
        <source>Overall level</source>
        <translation>Helhetsnivå</translation>
    </message>
</context>
<context>
    <name>GroupSignals</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>at concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around the municipal share %9 (%10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around the school&apos;s share %9 (%10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around the municipal share %9 (%10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around the school&apos;s share %9 (%10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99.8 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the share %3 rose over %4 rounds from %5 to %6 (test for trend: %7).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelStyle</name>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>(%1 %)</source>
        <translation>(%1 %)</translation>
    </message>
    <message>
        <source>%1: %2, at or above the concern cut-off %3</source>
        <translation>%1: %2, når orosgränsen %3</translation>
    </message>
    <message>
        <source>%1: %2, at or above the watch cut-off %3</source>
        <translation>%1: %2, når uppföljningsgränsen %3</translation>
    </message>
    <message>
        <source>%1: %2, at or below the concern cut-off %3</source>
        <translation>%1: %2, på eller under orosgränsen %3</translation>
    </message>
    <message>
        <source>%1: %2, at or below the watch cut-off %3</source>
        <translation>%1: %2, på eller under uppföljningsgränsen %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Critical answer: %1: &quot;%2&quot;. Needs a response today.</source>
        <translation>Kritiskt svar: %1: ”%2”. Kräver kontakt i dag.</translation>
    </message>
    <message>
        <source>%1 areas at watch level together (%2): overall level raised to concern</source>
        <translation>%1 områden samtidigt på uppföljningsnivå (%2): helhetsnivån höjd till oro</translation>
    </message>
    <message>
        <source>%1: %2 now, %3 at the previous screening; a change of %4 exceeds the reliable change %5</source>
        <translation>%1: nu %2, vid förra screeningen %3; förändringen %4 överskrider gränsen för tillförlitlig förändring %5</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items unanswered, at most %4 allowed</source>
        <translation>%1: %2 av %3 frågor obesvarade, högst %4 tillåts</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>Databasen kan inte öppnas:
%1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::AccessLogPage</name>
    <message>
        <source>Every view of identified data, every export and every change. The log can only grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has viewed or changed your pupils&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil (pseudonym)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished">Elev</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished">Uppdatera</translation>
    </message>
    <message>
        <source>Export the log as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::CasePanel</name>
    <message>
        <source>no later result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of handled flags by the next screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled flags after the next screening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the follow-up visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the case team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case team members this case is shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no case team members to share with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the share to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::ChartPanel</name>
    <message>
        <source>Caption of the chart</source>
        <translation>Diagrammets bildtext</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportera:</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Export the chart as a PNG picture</source>
        <translation>Exportera diagrammet som PNG-bild</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>Export the chart as an SVG drawing</source>
        <translation>Exportera diagrammet som SVG-ritning</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Export the chart as a PDF page</source>
        <translation>Exportera diagrammet som PDF-sida</translation>
    </message>
    <message>
        <source>Table as CSV</source>
        <translation>Tabell som CSV</translation>
    </message>
    <message>
        <source>Export the table behind the chart as CSV</source>
        <translation>Exportera diagrammets tabell som CSV</translation>
    </message>
    <message>
        <source>Table as Excel</source>
        <translation>Tabell till Excel</translation>
    </message>
    <message>
        <source>Export the table behind the chart as an Excel workbook (XLSX)</source>
        <translation>Exportera diagrammets tabell som Excel-arbetsbok (XLSX)</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg, .pdf, .csv or .xlsx</source>
        <translation>%1: välj en fil som slutar på .png, .svg, .pdf, .csv eller .xlsx</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-tabell (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparad %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparad: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::CheckInCodeSheet</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>Check-in codes</source>
        <translation>Inloggningskoder</translation>
    </message>
    <message>
        <source>Check-in codes: class %1, %2</source>
        <translation>Inloggningskoder: klass %1, %2</translation>
    </message>
    <message>
        <source>Cut along the lines and give each pupil their own slip. A code works until the pupil has finished this screening.</source>
        <translation>Klipp längs linjerna och ge varje elev sin egen lapp. En kod fungerar tills eleven har svarat på den här enkäten.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::CheckInPage</name>
    <message>
        <source>%1, already answered</source>
        <translation>%1, har redan svarat</translation>
    </message>
    <message>
        <source>Choose your name first.</source>
        <translation>Välj först ditt namn.</translation>
    </message>
    <message>
        <source>Welcome! Class %1</source>
        <translation>Välkommen! Klass %1</translation>
    </message>
    <message>
        <source>Choose your name, then give the day and month of your birthday.</source>
        <translation>Välj ditt namn och ange sedan dag och månad för din födelsedag.</translation>
    </message>
    <message>
        <source>Pupils of the class</source>
        <translation>Klassens elever</translation>
    </message>
    <message>
        <source>Birthday (day.month):</source>
        <translation>Födelsedag (dag.månad):</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Födelsedag</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Födelsemånad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Message for the nurse</source>
        <translation>Meddelande till hälsovårdaren</translation>
    </message>
    <message>
        <source>There is a message for the nurse</source>
        <translation>Det finns ett meddelande till hälsovårdaren</translation>
    </message>
    <message>
        <source>Or type your code:</source>
        <translation>Eller skriv din kod:</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Inloggningskod</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ClassOverviewPage</name>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished">pågår</translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished">klar</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">Skola</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch or concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils of the class and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pupil(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a class and a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished">Elev</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: completed %3, in progress %4, not answered %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::DashboardFilters</name>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>Screening round</source>
        <translation>Screeningomgång</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Skola</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>Å&amp;rskurs</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Årskurs</translation>
    </message>
    <message>
        <source>G&amp;ender</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <source>Domain of the questionnaire</source>
        <translation>Enkätens område</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mått</translation>
    </message>
    <message>
        <source>Which share is shown</source>
        <translation>Vilken andel som visas</translation>
    </message>
    <message>
        <source>At concern level</source>
        <translation>På orosnivå</translation>
    </message>
    <message>
        <source>Flagged (watch or concern)</source>
        <translation>Flaggade (uppföljning eller oro)</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alla skolor</translation>
    </message>
    <message>
        <source>All my schools</source>
        <translation>Alla mina skolor</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Alla årskurser</translation>
    </message>
    <message>
        <source>Grade not recorded</source>
        <translation>Årskurs inte registrerad</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Årskurs %1</translation>
    </message>
    <message>
        <source>Overall level</source>
        <translation>Helhetsnivå</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Omgång: %1</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>Skola: %1</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Årskurs: %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Kön: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::DashboardWidget</name>
    <message>
        <source>Group and trend figures</source>
        <translation>Grupp- och trendsiffror</translation>
    </message>
    <message>
        <source>Why no figures are shown</source>
        <translation>Varför inga siffror visas</translation>
    </message>
    <message>
        <source>Problem with the figures</source>
        <translation>Problem med siffrorna</translation>
    </message>
    <message>
        <source>Dashboard views</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>Group signals</source>
        <translation>Gruppsignaler</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Fördelning</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Värmekarta</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Funnel plot</source>
        <translation>Trattdiagram</translation>
    </message>
    <message>
        <source>Summary of the group signals</source>
        <translation>Sammanfattning av gruppsignalerna</translation>
    </message>
    <message>
        <source>Group of the trend</source>
        <translation>Trendens grupp</translation>
    </message>
    <message>
        <source>Trend &amp;for</source>
        <translation>Trend &amp;för</translation>
    </message>
    <message>
        <source>Group figures are not available to you.
%1</source>
        <translation>Gruppsiffror är inte tillgängliga för dig.
%1</translation>
    </message>
    <message>
        <source>You have no schools whose figures you could see.</source>
        <translation>Du har inga skolor vars siffror du kan se.</translation>
    </message>
    <message>
        <source>There are no screening rounds yet.</source>
        <translation>Det finns inga screeningomgångar ännu.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Siffrorna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Groups with fewer than %1 respondents are not broken down; counts from 1 to 4 are shown as a range, and further counts are hidden where a hidden one could be worked out by subtraction.</source>
        <translation>Grupper med färre än %1 svarande delas inte upp; antal från 1 till 4 visas som ett intervall, och fler antal döljs där ett dolt antal annars kunde räknas ut genom subtraktion.</translation>
    </message>
    <message>
        <source>%1. No class or school stands out: no share lies outside the funnel limits or rises significantly over the rounds.</source>
        <translation>%1. Ingen klass eller skola sticker ut: ingen andel ligger utanför trattens gränser eller stiger signifikant över omgångarna.</translation>
    </message>
    <message>
        <source>%1. %2 group signals, %3 of them at concern level: classes or schools whose share %4 lies outside the funnel limits around the municipal share, or rises over the rounds. About one group in twenty lies outside the 95 % limits by chance.</source>
        <translation>%1. %2 gruppsignaler, %3 av dem på orosnivå: klasser eller skolor vars andel %4 ligger utanför trattens gränser kring kommunens andel, eller stiger över omgångarna. Ungefär en grupp av tjugo ligger utanför 95 %-gränserna av en slump.</translation>
    </message>
    <message>
        <source>%1. Based on %2 respondents in %3 groups; %4 groups have a suppressed part (grey). %5</source>
        <translation>%1. Baserat på %2 svarande i %3 grupper; %4 grupper har en dold del (grå). %5</translation>
    </message>
    <message>
        <source>%1. Based on %2 respondents in %3 groups; %4 cells suppressed (grey, hatched). %5</source>
        <translation>%1. Baserat på %2 svarande i %3 grupper; %4 celler dolda (grå, streckade). %5</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Hela kommunen</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>Klass %1</translation>
    </message>
    <message>
        <source>Choose a group for the trend.</source>
        <translation>Välj en grupp för trenden.</translation>
    </message>
    <message>
        <source>No figures for %1 with this choice.</source>
        <translation>Inga siffror för %1 med detta val.</translation>
    </message>
    <message>
        <source>%1. Based on %2 questionnaires over %3 rounds up to %4. The band is the 95 % Wilson interval: with few respondents, it is wide.</source>
        <translation>%1. Baserat på %2 enkäter under %3 omgångar fram till %4. Bandet är Wilsons 95 %-intervall: med få svarande är det brett.</translation>
    </message>
    <message>
        <source>Not drawn (suppressed or no respondents): %1.</source>
        <translation>Inte ritade (dolda eller inga svarande): %1.</translation>
    </message>
    <message>
        <source>Test for trend: p = %1 (a rise), %2 points.</source>
        <translation>Trendtest: p = %1 (en ökning), %2 punkter.</translation>
    </message>
    <message>
        <source>No funnel plot: the reference share is suppressed or there are no respondents.</source>
        <translation>Inget trattdiagram: referensandelen är dold eller det finns inga svarande.</translation>
    </message>
    <message>
        <source>%1. %2 groups with %3 respondents placed; %4 groups not placed because their count is suppressed. A point outside the dashed lines lies outside the 95 % limits (about one group in twenty does so by chance), outside the solid lines beyond the 99.8 % limits.</source>
        <translation>%1. %2 grupper med %3 svarande utsatta; %4 grupper inte utsatta eftersom deras antal är dolt. En punkt utanför de streckade linjerna ligger utanför 95 %-gränserna (ungefär en grupp av tjugo av en slump), utanför de heldragna linjerna bortom 99,8 %-gränserna.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::DistributionChart</name>
    <message>
        <source> (n %1)</source>
        <translation> (n %1)</translation>
    </message>
    <message>
        <source>Distribution of levels</source>
        <translation>Fördelning av nivåer</translation>
    </message>
    <message>
        <source>Distribution of levels: %1</source>
        <translation>Fördelning av nivåer: %1</translation>
    </message>
    <message>
        <source>Share of respondents</source>
        <translation>Andel av de svarande</translation>
    </message>
    <message>
        <source>Bar chart of OK, watch and concern shares in %1 groups</source>
        <translation>Stapeldiagram över andelarna OK, uppföljning och oro i %1 grupper</translation>
    </message>
</context>
<context>
    <name>signaali::ui::FunnelChart</name>
    <message>
        <source>Funnel plot, %1: share %2, %3</source>
        <translation>Trattdiagram, %1: andel %2, %3</translation>
    </message>
    <message>
        <source>overall level</source>
        <translation>helhetsnivå</translation>
    </message>
    <message>
        <source>95 % control limits</source>
        <translation>95 % kontrollgränser</translation>
    </message>
    <message>
        <source>99.8 % control limits</source>
        <translation>99,8 % kontrollgränser</translation>
    </message>
    <message>
        <source>Municipal share %1 (%2)</source>
        <translation>Kommunens andel %1 (%2)</translation>
    </message>
    <message>
        <source>School share %1 (%2)</source>
        <translation>Skolans andel %1 (%2)</translation>
    </message>
    <message>
        <source>Within the limits</source>
        <translation>Inom gränserna</translation>
    </message>
    <message>
        <source>Above the 95 % limit</source>
        <translation>Över 95 %-gränsen</translation>
    </message>
    <message>
        <source>Above the 99.8 % limit</source>
        <translation>Över 99,8 %-gränsen</translation>
    </message>
    <message>
        <source>Below the 95 % limit</source>
        <translation>Under 95 %-gränsen</translation>
    </message>
    <message>
        <source>Respondents in the group (n)</source>
        <translation>Svarande i gruppen (n)</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Andel %1</translation>
    </message>
    <message>
        <source>Funnel plot of %1 groups, %2 outside the 95 % limits</source>
        <translation>Trattdiagram över %1 grupper, %2 utanför 95 %-gränserna</translation>
    </message>
</context>
<context>
    <name>signaali::ui::GroupSignalTable</name>
    <message>
        <source>Group signals with their reasons</source>
        <translation>Gruppsignaler med motiveringar</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Outside the funnel limits</source>
        <translation>Utanför trattens gränser</translation>
    </message>
    <message>
        <source>Rising over the rounds</source>
        <translation>Stiger över omgångarna</translation>
    </message>
</context>
<context>
    <name>signaali::ui::HeatMapWidget</name>
    <message>
        <source>Heat map of concern shares by group and domain</source>
        <translation>Värmekarta över orosandelar per grupp och område</translation>
    </message>
    <message>
        <source> (n %1)</source>
        <translation> (n %1)</translation>
    </message>
    <message>
        <source>%1 of %2 at concern level (%3)</source>
        <translation>%1 av %2 på orosnivå (%3)</translation>
    </message>
    <message>
        <source>, 95 % interval %1 to %2</source>
        <translation>, 95 %-intervall %1 till %2</translation>
    </message>
    <message>
        <source>suppressed: %1 at concern level of %2 respondents</source>
        <translation>dold: %1 på orosnivå av %2 svarande</translation>
    </message>
    <message>
        <source>Share at concern level by group and domain</source>
        <translation>Andel på orosnivå per grupp och område</translation>
    </message>
    <message>
        <source>No figures for this choice.</source>
        <translation>Inga siffror för detta val.</translation>
    </message>
    <message>
        <source>Share at concern level:</source>
        <translation>Andel på orosnivå:</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 eller mer</translation>
    </message>
    <message>
        <source>: shown as a range or –</source>
        <translation>: visas som intervall eller –</translation>
    </message>
</context>
<context>
    <name>signaali::ui::HistoryChart</name>
    <message>
        <source>Scores over the screening rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chart of the pupil&apos;s scores over %n round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score, % of the domain maximum (higher is more burden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::KioskSetupDialog</name>
    <message>
        <source>Start a screening</source>
        <translation>Starta en enkät</translation>
    </message>
    <message>
        <source>or a new round, e.g. &quot;autumn 2026, grade 8&quot;</source>
        <translation>eller en ny omgång, t.ex. &quot;hösten 2026, åk 8&quot;</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Skola</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Omgång</translation>
    </message>
    <message>
        <source>&amp;Class or group</source>
        <translation>&amp;Klass eller grupp</translation>
    </message>
    <message>
        <source>&amp;Questionnaires</source>
        <translation>&amp;Enkäter</translation>
    </message>
    <message>
        <source>&amp;PIN to leave the kiosk</source>
        <translation>&amp;PIN-kod för att lämna enkäten</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN-kod &amp;igen</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Ny omgång</translation>
    </message>
    <message>
        <source>Start the kiosk</source>
        <translation>Starta enkäten</translation>
    </message>
    <message>
        <source>Import a class list…</source>
        <translation>Importera en klasslista…</translation>
    </message>
    <message>
        <source>Needs the official wording file before it can be administered.</source>
        <translation>Behöver filen med den officiella ordalydelsen innan den kan användas.</translation>
    </message>
    <message>
        <source>There are no class lists yet. Import one first.</source>
        <translation>Det finns inga klasslistor ännu. Importera först en.</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Klasslista</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these rows and try again.</source>
        <translation>Ingenting importerades: rätta dessa rader och försök igen.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 tillagda, %2 uppdaterade, %3 oförändrade.</translation>
    </message>
    <message>
        <source>Choose a class or group.</source>
        <translation>Välj en klass eller grupp.</translation>
    </message>
    <message>
        <source>Choose at least one questionnaire.</source>
        <translation>Välj minst en enkät.</translation>
    </message>
    <message>
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN-koden måste ha minst 4 tecken.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-koderna stämmer inte överens.</translation>
    </message>
    <message>
        <source>Choose a round or name a new one.</source>
        <translation>Välj en omgång eller namnge en ny.</translation>
    </message>
    <message>
        <source>The PIN could not be stored.</source>
        <translation>PIN-koden kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::KioskWindow</name>
    <message>
        <source>Your answer could not be saved. Please tell the nurse.</source>
        <translation>Ditt svar kunde inte sparas. Berätta det för hälsovårdaren.</translation>
    </message>
    <message>
        <source>That birthday does not match the name. Try again, or ask the nurse.</source>
        <translation>Födelsedagen stämmer inte med namnet. Försök igen eller fråga hälsovårdaren.</translation>
    </message>
    <message>
        <source>You have already answered this questionnaire. Thank you!</source>
        <translation>Du har redan svarat på den här enkäten. Tack!</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask the nurse.</source>
        <translation>Något gick fel. Fråga hälsovårdaren.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Tack!</translation>
    </message>
    <message>
        <source>Your answers have been saved. The nurse will go through them.</source>
        <translation>Dina svar har sparats. Hälsovårdaren går igenom dem.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Thank you for telling us</source>
        <translation>Tack för att du berättade</translation>
    </message>
    <message>
        <source>The school nurse will talk with you today. You are not alone with this.

If you need help right now: talk to the nurse or another adult you trust, chat with Sekasin (sekasin.fi), call the MIELI crisis line 09 2525 0111, or in an emergency call 112.</source>
        <translation>Skolhälsovårdaren pratar med dig i dag. Du är inte ensam med det här.

Om du behöver hjälp genast: prata med hälsovårdaren eller en annan vuxen du litar på, chatta med Sekasin (sekasin.fi), ring Kristelefonen på svenska 09 2525 0112 eller i en nödsituation 112.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <source>Press Continue to go on answering.</source>
        <translation>Tryck på Fortsätt för att svara vidare.</translation>
    </message>
    <message>
        <source>Nurse&apos;s PIN to leave the screening</source>
        <translation>Hälsovårdarens PIN-kod för att lämna enkäten</translation>
    </message>
    <message>
        <source>Nurse&apos;s PIN for the live view</source>
        <translation>Hälsovårdarens PIN-kod för lägesvyn</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
</context>
<context>
    <name>signaali::ui::LiveViewDialog</name>
    <message>
        <source>Screening in progress: class %1</source>
        <translation>Enkät pågår: klass %1</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pupils and their status</source>
        <translation>Elever och deras status</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>inte påbörjad</translation>
    </message>
    <message>
        <source>CRITICAL ANSWER</source>
        <translation>KRITISKT SVAR</translation>
    </message>
    <message>
        <source>Completed %1, in progress %2, not started %3</source>
        <translation>Klara %1, pågår %2, inte påbörjade %3</translation>
    </message>
    <message>
        <source>Critical answers, talk with the pupil today:</source>
        <translation>Kritiska svar, prata med eleven i dag:</translation>
    </message>
    <message>
        <source>Save check-in codes as PDF…</source>
        <translation>Spara inloggningskoderna som PDF…</translation>
    </message>
    <message>
        <source>Save check-in codes</source>
        <translation>Spara inloggningskoderna</translation>
    </message>
    <message>
        <source>check-in-codes-%1.pdf</source>
        <translation>inloggningskoder-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Check-in codes</source>
        <translation>Inloggningskoder</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ProfilePage</name>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the visit (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest result by domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain shown in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, class %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed questionnaires yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, round %2, answered %3. Overall level: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flagged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::ProfileSummary</name>
    <message>
        <source>Talked with the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visit booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the school psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the school social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to urgent care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted the guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check summary: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 · class %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, answered %2. Overall: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by %1 on %2. A screening aid, not a diagnosis. Confidential patient data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished">Det går inte att skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>signaali::ui::QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <source>Read aloud (R)</source>
        <translation>Läs upp (R)</translation>
    </message>
    <message>
        <source>Read the question aloud</source>
        <translation>Läs upp frågan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Föregående fråga</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Hoppa över den här frågan</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nästa fråga</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ReadAloud</name>
    <message>
        <source>Read aloud is not available on this computer: no speech engine is installed.</source>
        <translation>Uppläsning finns inte på den här datorn: ingen talsyntes är installerad.</translation>
    </message>
    <message>
        <source>Read aloud is not available in this language: no voice is installed for it.</source>
        <translation>Uppläsning finns inte på det här språket: ingen röst är installerad för det.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::SetupWizard</name>
    <message>
        <source>Setting up Signaali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator manages users, schools and questionnaires. The administrator does not see results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first school nurse. She sees the results of the pupils in her schools and runs screenings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality and school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaali keeps all data on this computer. More schools can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. A pass phrase of several words is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the user name and the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the municipality and the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurse needs a user name of her own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::SharedCasesPage</name>
    <message>
        <source>Pupils whose case a school nurse has shared with you, with the pupil&apos;s or guardian&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished">Elev</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guardian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::SignInPage</name>
    <message>
        <source>Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaali is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Signaali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, type your password to go on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; health data: sign in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::StartPage</name>
    <message>
        <source>Critical answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several signals together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished">Elev</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished">Skola</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up visits that are due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils whose results need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished">Uppdatera</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::TrendChart</name>
    <message>
        <source>%1, %2: share %3 over the rounds</source>
        <translation>%1, %2: andel %3 över omgångarna</translation>
    </message>
    <message>
        <source>Share %1</source>
        <translation>Andel %1</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 %-intervall</translation>
    </message>
    <message>
        <source>Screening round</source>
        <translation>Screeningomgång</translation>
    </message>
    <message>
        <source>Share of respondents</source>
        <translation>Andel av de svarande</translation>
    </message>
    <message>
        <source>Line chart of the share %1 in %2 over %3 rounds</source>
        <translation>Linjediagram över andelen %1 i %2 under %3 omgångar</translation>
    </message>
</context>
<context>
    <name>signaali::ui::UsersPage</name>
    <message>
        <source>School nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil welfare group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools (nurse, welfare group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>signaali::ui::WorkspaceWindow</name>
    <message>
        <source>&amp;Signaali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;screening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can unlock. Sign out to change user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Börja</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group figures for the pupil welfare group and the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished">Elev</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without input:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
