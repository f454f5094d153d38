<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
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
</TS>
