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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>at concern</source>
        <translation>på orosnivå</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>flaggade</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>helhetsnivå</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>årskurs %1</translation>
    </message>
    <message>
        <source>grade not recorded</source>
        <translation>årskurs inte registrerad</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around the municipal share %9 (%10).</source>
        <translation>%1, %2: %3 av %4 %5 (%6), över %7-kontrollgränsen (%8) kring kommunens andel %9 (%10).</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), above the %7 control limit (%8) around the school&apos;s share %9 (%10).</source>
        <translation>%1, %2: %3 av %4 %5 (%6), över %7-kontrollgränsen (%8) kring skolans andel %9 (%10).</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around the municipal share %9 (%10).</source>
        <translation>%1, %2: %3 av %4 %5 (%6), under %7-kontrollgränsen (%8) kring kommunens andel %9 (%10).</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 %5 (%6), below the %7 control limit (%8) around the school&apos;s share %9 (%10).</source>
        <translation>%1, %2: %3 av %4 %5 (%6), under %7-kontrollgränsen (%8) kring skolans andel %9 (%10).</translation>
    </message>
    <message>
        <source>99.8 %</source>
        <translation>99,8 %</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>%1, %2: the share %3 rose over %4 rounds from %5 to %6 (test for trend: %7).</source>
        <translation>%1, %2: andelen %3 steg under %4 omgångar från %5 till %6 (trendtest: %7).</translation>
    </message>
    <message numerus="yes">
        <source>Test for trend: rising, %1 (two-sided), %n round(s).</source>
        <translation>
            <numerusform>Trendtest: stigande, %1 (tvåsidigt), %n omgång.</numerusform>
            <numerusform>Trendtest: stigande, %1 (tvåsidigt), %n omgångar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test for trend: falling, %1 (two-sided), %n round(s).</source>
        <translation>
            <numerusform>Trendtest: sjunkande, %1 (tvåsidigt), %n omgång.</numerusform>
            <numerusform>Trendtest: sjunkande, %1 (tvåsidigt), %n omgångar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Test for trend: no change, %n round(s).</source>
        <translation>
            <numerusform>Trendtest: ingen förändring, %n omgång.</numerusform>
            <numerusform>Trendtest: ingen förändring, %n omgångar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelStyle</name>
    <message>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1, critical answer</source>
        <translation>%1, kritiskt svar</translation>
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
    <name>RefusalText</name>
    <message>
        <source>municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>school</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>administrator user name</source>
        <translation>Administratörens användarnamn</translation>
    </message>
    <message>
        <source>administrator name</source>
        <translation>Administratörens namn</translation>
    </message>
    <message>
        <source>administrator password</source>
        <translation>Administratörens lösenord</translation>
    </message>
    <message>
        <source>nurse user name</source>
        <translation>Hälsovårdarens användarnamn</translation>
    </message>
    <message>
        <source>nurse name</source>
        <translation>Hälsovårdarens namn</translation>
    </message>
    <message>
        <source>nurse password</source>
        <translation>Hälsovårdarens lösenord</translation>
    </message>
    <message>
        <source>new password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>instrument</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>follow-up date</source>
        <translation>Datum för uppföljning</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>Samtyckesdatum</translation>
    </message>
    <message>
        <source>today</source>
        <translation>Dagens datum</translation>
    </message>
    <message>
        <source>within days</source>
        <translation>Antal dagar</translation>
    </message>
    <message>
        <source>a nurse</source>
        <translation>en hälsovårdare</translation>
    </message>
    <message>
        <source>a case team member</source>
        <translation>en medlem i expertgruppen</translation>
    </message>
    <message>
        <source>the welfare group</source>
        <translation>elevhälsogruppen</translation>
    </message>
    <message>
        <source>a coordinator</source>
        <translation>en koordinator</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>en administratör</translation>
    </message>
    <message>
        <source>see a pupil&apos;s identified data</source>
        <translation>se en elevs identifierande uppgifter</translation>
    </message>
    <message>
        <source>see the identified data of a school&apos;s pupils</source>
        <translation>se identifierande uppgifter om en skolas elever</translation>
    </message>
    <message>
        <source>mark a pupil&apos;s flags handled</source>
        <translation>markera en elevs flaggor som hanterade</translation>
    </message>
    <message>
        <source>record actions on a pupil&apos;s case</source>
        <translation>registrera åtgärder i en elevs ärende</translation>
    </message>
    <message>
        <source>share a pupil&apos;s case</source>
        <translation>dela en elevs ärende</translation>
    </message>
    <message>
        <source>see who has viewed pupils&apos; data</source>
        <translation>se vem som har sett elevernas uppgifter</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>hantera användare</translation>
    </message>
    <message>
        <source>manage schools</source>
        <translation>hantera skolor</translation>
    </message>
    <message>
        <source>manage instruments</source>
        <translation>hantera enkäter</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>exportera händelseloggen</translation>
    </message>
    <message>
        <source>see group figures</source>
        <translation>se gruppsiffror</translation>
    </message>
    <message>
        <source>import class lists</source>
        <translation>importera klasslistor</translation>
    </message>
    <message>
        <source>create screening rounds</source>
        <translation>skapa screeningomgångar</translation>
    </message>
    <message>
        <source>record a pupil&apos;s answers</source>
        <translation>registrera en elevs svar</translation>
    </message>
    <message>
        <source>erase a pupil</source>
        <translation>radera en elev</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>säkerhetskopiera eller återställa databasen</translation>
    </message>
    <message>
        <source>user: no user with id %1</source>
        <translation>Det finns ingen användare med id %1.</translation>
    </message>
    <message>
        <source>member: no user with id %1</source>
        <translation>Det finns ingen medlem med id %1.</translation>
    </message>
    <message>
        <source>schools: no school with id %1</source>
        <translation>Det finns ingen skola med id %1.</translation>
    </message>
    <message>
        <source>class: no class with id %1</source>
        <translation>Det finns ingen klass med id %1.</translation>
    </message>
    <message>
        <source>round: no round with id %1</source>
        <translation>Det finns ingen omgång med id %1.</translation>
    </message>
    <message>
        <source>action: no action with id %1</source>
        <translation>Det finns ingen åtgärd med id %1.</translation>
    </message>
    <message>
        <source>result: no result with id %1</source>
        <translation>Det finns inget resultat med id %1.</translation>
    </message>
    <message>
        <source>share: no share with id %1</source>
        <translation>Det finns ingen delning med id %1.</translation>
    </message>
    <message>
        <source>%1: nothing with id %2</source>
        <translation>%1: inget hittades med id %2.</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1 saknas.</translation>
    </message>
    <message>
        <source>%1: the name is missing</source>
        <translation>%1: namnet saknas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n characters</source>
        <translation>
            <numerusform>%1: högst %n tecken.</numerusform>
            <numerusform>%1: högst %n tecken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: at least %n characters</source>
        <translation>
            <numerusform>%1: minst %n tecken.</numerusform>
            <numerusform>%1: minst %n tecken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only spaces</source>
        <translation>%1: endast mellanslag.</translation>
    </message>
    <message>
        <source>%1: not a date</source>
        <translation>%1: inte ett datum.</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1: får inte vara negativt.</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1 är obligatoriskt.</translation>
    </message>
    <message>
        <source>%1: in the future</source>
        <translation>%1 ligger i framtiden.</translation>
    </message>
    <message>
        <source>%1: use 2 to 64 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>%1: använd 2–64 tecken: bokstäverna a–z, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;.</translation>
    </message>
    <message>
        <source>user name: &apos;%1&apos; is already in use</source>
        <translation>Användarnamnet %1 används redan.</translation>
    </message>
    <message>
        <source>nurse user name: must differ from the administrator&apos;s</source>
        <translation>Hälsovårdaren måste ha ett annat användarnamn än administratören.</translation>
    </message>
    <message>
        <source>old password: wrong password</source>
        <translation>Det nuvarande lösenordet är fel.</translation>
    </message>
    <message>
        <source>schools: a nurse or a welfare group needs at least one school (without one the account sees nothing)</source>
        <translation>En hälsovårdare eller en elevhälsogrupp behöver minst en skola (utan skola ser kontot ingenting).</translation>
    </message>
    <message>
        <source>schools: only a nurse or a welfare group is assigned schools</source>
        <translation>Skolor tilldelas endast hälsovårdare och elevhälsogrupper.</translation>
    </message>
    <message>
        <source>user: an administrator cannot deactivate their own account</source>
        <translation>En administratör kan inte inaktivera sitt eget konto.</translation>
    </message>
    <message>
        <source>school: &apos;%1&apos; already exists</source>
        <translation>Skolan %1 finns redan.</translation>
    </message>
    <message>
        <source>name: the round needs a name</source>
        <translation>Omgången behöver ett namn.</translation>
    </message>
    <message>
        <source>follow-up date: required for a booked follow-up</source>
        <translation>En bokad uppföljning behöver ett datum.</translation>
    </message>
    <message>
        <source>follow-up date: only a booked follow-up has a date</source>
        <translation>Endast en bokad uppföljning har ett datum.</translation>
    </message>
    <message>
        <source>result: not a result of this pupil</source>
        <translation>Resultatet hör inte till den här eleven.</translation>
    </message>
    <message>
        <source>action: not a booked follow-up</source>
        <translation>Åtgärden är ingen bokad uppföljning.</translation>
    </message>
    <message>
        <source>search: at least two letters of a name</source>
        <translation>Sökning: skriv minst två bokstäver av ett namn.</translation>
    </message>
    <message>
        <source>codes: the result has no flags</source>
        <translation>Resultatet har inga flaggor.</translation>
    </message>
    <message>
        <source>codes: the result has no flag &apos;%1&apos;</source>
        <translation>Resultatet har ingen flagga %1.</translation>
    </message>
    <message>
        <source>out: the file to write is missing</source>
        <translation>Filen att skriva har inte angetts.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>Filen %1 kan inte skrivas (%2).</translation>
    </message>
    <message>
        <source>member: a case is shared only with an active case team member</source>
        <translation>Ett ärende kan endast delas med en aktiv medlem i expertgruppen.</translation>
    </message>
    <message>
        <source>member: the case is already shared with %1</source>
        <translation>Ärendet är redan delat med %1.</translation>
    </message>
    <message>
        <source>not allowed: %1 may not %2</source>
        <translation>Inte tillåtet: %1 får inte %2.</translation>
    </message>
    <message>
        <source>not allowed: the account is not signed in or no longer active</source>
        <translation>Inte tillåtet: kontot är inte inloggat eller inte längre aktivt.</translation>
    </message>
    <message>
        <source>not allowed: this pupil&apos;s case has not been shared with you, or the share has been withdrawn</source>
        <translation>Inte tillåtet: elevens ärende har inte delats med dig, eller delningen har återkallats.</translation>
    </message>
    <message>
        <source>not allowed: the pupil is not in a school assigned to you</source>
        <translation>Inte tillåtet: eleven går inte i en skola som tilldelats dig.</translation>
    </message>
    <message>
        <source>not allowed: only a coordinator sees the whole municipality</source>
        <translation>Inte tillåtet: endast en koordinator ser hela kommunen.</translation>
    </message>
    <message>
        <source>not allowed: the school is not assigned to you</source>
        <translation>Inte tillåtet: skolan har inte tilldelats dig.</translation>
    </message>
    <message>
        <source>not allowed: the school &apos;%1&apos; is not assigned to you</source>
        <translation>Inte tillåtet: skolan %1 har inte tilldelats dig.</translation>
    </message>
    <message>
        <source>school: there is no school &apos;%1&apos; (only an administrator adds schools)</source>
        <translation>Det finns ingen skola %1 (endast en administratör lägger till skolor).</translation>
    </message>
    <message>
        <source>set-up has already been done</source>
        <translation>Ibruktagningen har redan gjorts.</translation>
    </message>
    <message>
        <source>not allowed: only the one who recorded an action can change it</source>
        <translation>Inte tillåtet: endast den som registrerade åtgärden kan ändra den.</translation>
    </message>
    <message>
        <source>not allowed: an action can be corrected or removed only on the day it was recorded; record a new action instead</source>
        <translation>Inte tillåtet: en åtgärd kan rättas eller tas bort endast samma dag som den registrerades; registrera en ny åtgärd i stället.</translation>
    </message>
    <message>
        <source>not allowed: no such pupil in a school assigned to you</source>
        <translation>Inte tillåtet: det finns ingen sådan elev i skolorna som tilldelats dig.</translation>
    </message>
    <message>
        <source>no such pupil</source>
        <translation>Eleven hittades inte.</translation>
    </message>
    <message>
        <source>pupil: no such pupil</source>
        <translation>Eleven hittades inte.</translation>
    </message>
    <message>
        <source>pupil: no pupil &apos;%1&apos;</source>
        <translation>Eleven %1 hittades inte.</translation>
    </message>
    <message>
        <source>user: no user &apos;%1&apos;</source>
        <translation>Användaren %1 hittades inte.</translation>
    </message>
    <message>
        <source>no round &apos;%1&apos;</source>
        <translation>Omgången %1 hittades inte.</translation>
    </message>
    <message>
        <source>instrument: no results of &apos;%1&apos; are stored</source>
        <translation>Inga resultat av enkäten %1 har sparats.</translation>
    </message>
    <message>
        <source>the database could not do this; nothing was changed</source>
        <translation>Databasen kunde inte utföra detta; ingenting ändrades.</translation>
    </message>
    <message>
        <source>cannot write the audit log, so nothing was done</source>
        <translation>Det går inte att skriva i händelseloggen, så ingenting gjordes.</translation>
    </message>
    <message>
        <source>cannot hash the password (out of memory?)</source>
        <translation>Lösenordet kunde inte skyddas (slut på minne?).</translation>
    </message>
    <message>
        <source>cannot keep the version before the correction</source>
        <translation>Versionen före rättelsen kunde inte sparas.</translation>
    </message>
    <message>
        <source>cannot keep the removed version</source>
        <translation>Den borttagna versionen kunde inte sparas.</translation>
    </message>
    <message>
        <source>case team members could not be read</source>
        <translation>Medlemmarna i expertgruppen kunde inte läsas.</translation>
    </message>
    <message>
        <source>the stored definition of &apos;%1&apos; %2 cannot be read</source>
        <translation>Den sparade definitionen av %1 %2 kan inte läsas.</translation>
    </message>
    <message>
        <source>restored, but the audit log could not be written</source>
        <translation>Återställd, men händelseloggen kunde inte skrivas.</translation>
    </message>
    <message>
        <source>roundIds: no round with id %1</source>
        <translation>Det finns ingen omgång med id %1.</translation>
    </message>
    <message>
        <source>schoolIds: no school with id %1</source>
        <translation>Det finns ingen skola med id %1.</translation>
    </message>
    <message>
        <source>roundIds: choose at least one round</source>
        <translation>Välj minst en omgång.</translation>
    </message>
    <message>
        <source>grades: %1 is not a grade (0 is &quot;not recorded&quot;)</source>
        <translation>%1 är ingen årskurs (0 betyder att årskursen inte är registrerad).</translation>
    </message>
    <message>
        <source>genders: &apos;%1&apos; is not one of &quot;&quot; (all), female, male, other</source>
        <translation>Könet %1 är inte något av de tillåtna: &quot;&quot; (alla), female, male, other.</translation>
    </message>
    <message>
        <source>instrumentId: choose an instrument</source>
        <translation>Välj en enkät.</translation>
    </message>
    <message>
        <source>domainIds: instrument &apos;%1&apos; has no domain &apos;%2&apos;</source>
        <translation>Enkäten %1 har inget delområde %2.</translation>
    </message>
    <message>
        <source>breakdown: funnel plots compare classes, grades or schools</source>
        <translation>Trattdiagram jämför klasser, årskurser eller skolor.</translation>
    </message>
    <message>
        <source>reference: schools are compared with the municipality, not with a school</source>
        <translation>Skolor jämförs med kommunen, inte med en skola.</translation>
    </message>
    <message>
        <source>threshold: %1 is below the minimum %2; smaller groups could identify pupils</source>
        <translation>Gränsen %1 är lägre än minimivärdet %2; i mindre grupper kunde elever identifieras.</translation>
    </message>
    <message>
        <source>schoolIds: school %1 is not one of your schools</source>
        <translation>Skolan %1 hör inte till dina skolor.</translation>
    </message>
    <message>
        <source>threshold: only an administrator may change the small-group threshold</source>
        <translation>Endast en administratör får ändra gränsen för små grupper.</translation>
    </message>
    <message>
        <source>response: no response with id %1</source>
        <translation>Det finns inget svar med id %1.</translation>
    </message>
    <message>
        <source>pupil: no pupil with id %1</source>
        <translation>Det finns ingen elev med id %1.</translation>
    </message>
    <message>
        <source>round: a round named &apos;%1&apos; already exists</source>
        <translation>En omgång med namnet %1 finns redan.</translation>
    </message>
    <message>
        <source>response %1 is not in progress</source>
        <translation>Svaret %1 pågår inte.</translation>
    </message>
    <message>
        <source>the pupil has already completed this screening</source>
        <translation>Eleven har redan svarat på den här screeningen.</translation>
    </message>
    <message>
        <source>a benchmark account&apos;s name starts with bench.</source>
        <translation>Namnet på ett prestandatestkonto börjar med bench.</translation>
    </message>
    <message>
        <source>%1: not a Signaali database</source>
        <translation>%1 är inte en Signaali-databas.</translation>
    </message>
    <message>
        <source>%1: made by a newer version of Signaali</source>
        <translation>%1 har gjorts med en nyare version av Signaali.</translation>
    </message>
    <message>
        <source>%1: the database is damaged</source>
        <translation>Databasen %1 är skadad.</translation>
    </message>
    <message>
        <source>benchmarks run on demo databases only (signaali-cli generate-demo); this one has user accounts</source>
        <translation>Prestandatester körs endast på demodatabaser (signaali-cli generate-demo); den här har användarkonton.</translation>
    </message>
    <message>
        <source>no school &apos;%1&apos;</source>
        <translation>Det finns ingen skola %1.</translation>
    </message>
    <message>
        <source>no pupil of the group has this code</source>
        <translation>Ingen elev i gruppen har den här koden.</translation>
    </message>
    <message>
        <source>%1: the database cannot be opened</source>
        <translation>Databasen %1 kan inte öppnas.</translation>
    </message>
    <message>
        <source>%1: the database could not be brought up to date</source>
        <translation>Databasen %1 kunde inte uppdateras till den nuvarande versionen.</translation>
    </message>
    <message>
        <source>%1: the backup could not be written</source>
        <translation>Säkerhetskopian %1 kunde inte skrivas.</translation>
    </message>
    <message>
        <source>%1: the backup did not pass its integrity check</source>
        <translation>Säkerhetskopian %1 klarade inte integritetskontrollen.</translation>
    </message>
    <message>
        <source>%1: the file could not be moved into place</source>
        <translation>Filen %1 kunde inte flyttas på plats.</translation>
    </message>
    <message>
        <source>%1: this is the database or one of its files; choose another file</source>
        <translation>%1 är databasen eller en av dess filer; välj en annan fil.</translation>
    </message>
    <message>
        <source>%1: the file exists; give --force to replace it</source>
        <translation>Filen %1 finns redan; ersätt den med --force.</translation>
    </message>
    <message>
        <source>%1: the audit log has been tampered with: row %2 was changed</source>
        <translation>Händelseloggen i %1 har manipulerats: rad %2 har ändrats.</translation>
    </message>
    <message>
        <source>%1: the audit log has been tampered with: row %2 does not follow the row before it</source>
        <translation>Händelseloggen i %1 har manipulerats: rad %2 följer inte raden före den.</translation>
    </message>
    <message>
        <source>%1: the audit log has been tampered with: rows are missing at row %2</source>
        <translation>Händelseloggen i %1 har manipulerats: rader saknas vid rad %2.</translation>
    </message>
    <message>
        <source>%1: the backup was made before set-up (it has no accounts); confirm the replacement to restore it anyway</source>
        <translation>Säkerhetskopian %1 gjordes före ibruktagningen (den har inga konton); bekräfta ersättningen för att ändå återställa den.</translation>
    </message>
    <message>
        <source>%1: the backup is of another municipality; confirm the replacement to restore it anyway</source>
        <translation>Säkerhetskopian %1 är en annan kommuns; bekräfta ersättningen för att ändå återställa den.</translation>
    </message>
    <message>
        <source>%1: no such database</source>
        <translation>Databasen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1: the database is busy (another program holds it); try again in a moment</source>
        <translation>Databasen %1 är upptagen (ett annat program använder den); försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1: the database file cannot be written (read-only)</source>
        <translation>Databasfilen %1 kan inte skrivas (skrivskyddad).</translation>
    </message>
    <message>
        <source>%1: another Signaali program has the database open; close it first</source>
        <translation>Ett annat Signaali-program har databasen %1 öppen; stäng det först.</translation>
    </message>
    <message numerus="yes">
        <source>not allowed: too many wrong check-ins; try again in %n second(s)</source>
        <translation>
            <numerusform>Inte tillåtet: för många felaktiga incheckningar; försök igen om %n sekund.</numerusform>
            <numerusform>Inte tillåtet: för många felaktiga incheckningar; försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>not allowed: too many wrong check-ins; the nurse unlocks check-in with her PIN</source>
        <translation>Inte tillåtet: för många felaktiga incheckningar; hälsovårdaren låser upp incheckningen med sin PIN-kod.</translation>
    </message>
    <message>
        <source>not allowed: the pupil of this questionnaire has not checked in on this kiosk</source>
        <translation>Inte tillåtet: elevens incheckning för denna enkät har inte gjorts i denna kiosk.</translation>
    </message>
    <message>
        <source>see the cases shared with them</source>
        <translation>se de ärenden som delats med dem</translation>
    </message>
    <message>
        <source>see the figures of the whole municipality</source>
        <translation>se siffrorna för hela kommunen</translation>
    </message>
    <message>
        <source>confirm access to a school</source>
        <translation>bekräfta åtkomst till en skola</translation>
    </message>
    <message>
        <source>not allowed: the password was reset; change it before anything else</source>
        <translation>Inte tillåtet: lösenordet har återställts; byt det före allt annat.</translation>
    </message>
    <message>
        <source>not allowed: access to a school is confirmed by someone else than the one who gets it</source>
        <translation>Inte tillåtet: åtkomst till en skola bekräftas av någon annan än den som får den.</translation>
    </message>
    <message>
        <source>new password: choose a password of your own, not the one you were given</source>
        <translation>Nytt lösenord: välj ett eget lösenord, inte det du fick.</translation>
    </message>
    <message>
        <source>this access has already been confirmed, refused or withdrawn</source>
        <translation>Denna åtkomst har redan bekräftats, avslagits eller återkallats.</translation>
    </message>
    <message>
        <source>%1: page %2 of the database is damaged or has been changed</source>
        <translation>%1: sida %2 i databasen är skadad eller har ändrats</translation>
    </message>
    <message>
        <source>%1: the database is encrypted; sign in to open it</source>
        <translation>%1: databasen är krypterad; logga in för att öppna den</translation>
    </message>
    <message>
        <source>%1: the database is already encrypted</source>
        <translation>%1: databasen är redan krypterad</translation>
    </message>
    <message>
        <source>%1: the user name and password, or the recovery key, do not open this database</source>
        <translation>%1: användarnamnet och lösenordet, eller återställningsnyckeln, öppnar inte den här databasen</translation>
    </message>
    <message>
        <source>trust other installations</source>
        <translation>lita på andra installationer</translation>
    </message>
    <message>
        <source>send pupils&apos; results to another installation</source>
        <translation>skicka elevers resultat till en annan installation</translation>
    </message>
    <message>
        <source>receive pupils&apos; results from another installation</source>
        <translation>ta emot elevers resultat från en annan installation</translation>
    </message>
    <message>
        <source>send group counts to the coordinator</source>
        <translation>skicka gruppernas antal till koordinatorn</translation>
    </message>
    <message>
        <source>receive group counts from schools</source>
        <translation>ta emot gruppernas antal från skolor</translation>
    </message>
    <message>
        <source>a field is missing or has the wrong type</source>
        <translation>ett fält saknas eller har fel typ</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>okänd posttyp</translation>
    </message>
    <message>
        <source>unknown instrument version</source>
        <translation>okänd version av enkäten</translation>
    </message>
    <message>
        <source>the instrument definition cannot be read</source>
        <translation>enkätens definition kan inte läsas</translation>
    </message>
    <message>
        <source>a reference that the bundle does not resolve</source>
        <translation>en hänvisning som paketet inte löser</translation>
    </message>
    <message>
        <source>an answer outside its scale</source>
        <translation>ett svar utanför sin skala</translation>
    </message>
    <message>
        <source>%1: not a Signaali bundle, or its header cannot be read</source>
        <translation>%1: inte ett Signaali-paket, eller så kan dess huvud inte läsas</translation>
    </message>
    <message>
        <source>%1: the bundle has format version %2, newer than this Signaali reads; update Signaali</source>
        <translation>%1: paketet har formatversion %2, nyare än denna Signaali läser; uppdatera Signaali</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s signature does not hold; it was changed after it was made</source>
        <translation>%1: paketets signatur håller inte; det har ändrats efter att det gjordes</translation>
    </message>
    <message>
        <source>%1: the bundle is addressed to another installation</source>
        <translation>%1: paketet är adresserat till en annan installation</translation>
    </message>
    <message>
        <source>%1: the bundle comes from a newer database (schema %2); update Signaali</source>
        <translation>%1: paketet kommer från en nyare databas (schema %2); uppdatera Signaali</translation>
    </message>
    <message>
        <source>%1: bundle %2 has already been imported; nothing changed</source>
        <translation>%1: paket %2 har redan importerats; inget ändrades</translation>
    </message>
    <message>
        <source>%1: the bundle ends early (the file is incomplete)</source>
        <translation>%1: paketet tar slut för tidigt (filen är ofullständig)</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s content is damaged or was changed</source>
        <translation>%1: paketets innehåll är skadat eller har ändrats</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: post %2: %3</translation>
    </message>
    <message>
        <source>%1: record %2: a summary bundle may not carry data about a single pupil</source>
        <translation>%1: post %2: ett sammandragspaket får inte innehålla uppgifter om en enskild elev</translation>
    </message>
    <message>
        <source>%1: the bundle&apos;s content does not match its signed header</source>
        <translation>%1: paketets innehåll stämmer inte med dess signerade huvud</translation>
    </message>
    <message>
        <source>%1:%2: not a Signaali device line (signaali-device ...)</source>
        <translation>%1:%2: inte en enhetsrad för Signaali (signaali-device ...)</translation>
    </message>
    <message>
        <source>a device named &apos;%1&apos; is already trusted</source>
        <translation>en enhet med namnet &apos;%1&apos; är redan betrodd</translation>
    </message>
    <message>
        <source>this installation is already trusted as &apos;%1&apos;</source>
        <translation>denna installation är redan betrodd som &apos;%1&apos;</translation>
    </message>
    <message>
        <source>that is this installation&apos;s own device line</source>
        <translation>det är denna installations egen enhetsrad</translation>
    </message>
    <message>
        <source>%1: this installation holds the school&apos;s own results; a summary of it is not imported</source>
        <translation>%1: denna installation har skolans egna resultat; ett sammandrag av den importeras inte</translation>
    </message>
    <message>
        <source>not allowed: %1 was made by an installation this one does not trust</source>
        <translation>inte tillåtet: %1 gjordes av en installation som denna inte litar på</translation>
    </message>
    <message>
        <source>not allowed: %1 was made by &apos;%2&apos;, whose trust has been revoked</source>
        <translation>inte tillåtet: %1 gjordes av &apos;%2&apos;, vars förtroende har återkallats</translation>
    </message>
    <message>
        <source>not allowed: pupils&apos; identified data goes only to a nurse of their school</source>
        <translation>inte tillåtet: elevers identifierade uppgifter går bara till en hälsovårdare i deras skola</translation>
    </message>
    <message>
        <source>no trusted device &apos;%1&apos;</source>
        <translation>ingen betrodd enhet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an identity code of a pupil of another school</source>
        <translation>personbeteckningen för en elev i en annan skola</translation>
    </message>
    <message>
        <source>since: no bundle %1 was sent to that installation</source>
        <translation>since: paketet %1 har inte skickats till den installationen</translation>
    </message>
</context>
<context>
    <name>RespondentCount</name>
    <message numerus="yes">
        <source>Based on %1 in %n group(s)</source>
        <translation>
            <numerusform>Baserat på %n grupp (%1)</numerusform>
            <numerusform>Baserat på %n grupper (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no respondents</source>
        <translation>inga svarande</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n svarande</numerusform>
            <numerusform>%n svarande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on fewer than %1 respondents in each of %n group(s)</source>
        <translation>
            <numerusform>Baserat på %n grupp med färre än %1 svarande</numerusform>
            <numerusform>Baserat på %n grupper med färre än %1 svarande var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and fewer than %2 in each of %n more group(s)</source>
        <translation>
            <numerusform>%1 och %n grupp till med färre än %2 svarande</numerusform>
            <numerusform>%1 och %n grupper till med färre än %2 svarande var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The number of respondents is hidden in %n group(s)</source>
        <translation>
            <numerusform>Antalet svarande är dolt i %n grupp</numerusform>
            <numerusform>Antalet svarande är dolt i %n grupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the number of respondents is hidden in %n more group(s)</source>
        <translation>
            <numerusform>%1; antalet svarande är dolt i %n grupp till</numerusform>
            <numerusform>%1; antalet svarande är dolt i %n grupper till</numerusform>
        </translation>
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
        <translation>Varje visning av identifierbara uppgifter, varje export och varje ändring. Händelseloggen kan bara utökas.</translation>
    </message>
    <message>
        <source>Who has viewed or changed your pupils&apos; data.</source>
        <translation>Vem som har sett eller ändrat dina elevers uppgifter.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Pupil (pseudonym)</source>
        <translation>Elev (pseudonym)</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Export the log as CSV…</source>
        <translation>Exportera händelseloggen som CSV…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportera händelseloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The log could not be exported: %1</source>
        <translation>Händelseloggen kunde inte exporteras: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::AccessNoticesPage</name>
    <message>
        <source>Access waiting for your confirmation</source>
        <translation>Åtkomst som väntar på din bekräftelse</translation>
    </message>
    <message>
        <source>The administrator has given these accounts access to the identified data of a school. It takes effect only when a nurse of the school (or the coordinator, where the school has none) confirms it. Confirm only people you know should have it.</source>
        <translation>Huvudanvändaren har gett dessa konton åtkomst till en skolas identifierbara uppgifter. Åtkomsten gäller först när en hälsovårdare vid skolan (eller koordinatorn, om skolan saknar hälsovårdare) bekräftar den. Bekräfta bara personer som du vet att ska ha den.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Confirm access</source>
        <translation>Bekräfta åtkomst</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>I have read these</source>
        <translation>Jag har läst dessa</translation>
    </message>
    <message>
        <source>%1 has access to %2 since %3: the first nurse, at first set-up, which nobody else could confirm.</source>
        <translation>%1 har åtkomst till %2 sedan %3: den första hälsovårdaren vid ibruktagningen, vilket ingen annan kunde bekräfta.</translation>
    </message>
    <message>
        <source>%1 has had access to %2 since %3: given by %4, confirmed by %5.</source>
        <translation>%1 har haft åtkomst till %2 sedan %3: given av %4, bekräftad av %5.</translation>
    </message>
    <message numerus="yes">
        <source>Your password was reset by %1 on %2. %n action(s) were logged under your account from then until now; they are marked in the log. If you did not make them, tell the coordinator.</source>
        <translation>
            <numerusform>%1 återställde ditt lösenord %2. Sedan dess har %n åtgärd loggats under ditt konto; den är märkt i loggen. Om du inte gjorde den, berätta för koordinatorn.</numerusform>
            <numerusform>%1 återställde ditt lösenord %2. Sedan dess har %n åtgärder loggats under ditt konto; de är märkta i loggen. Om du inte gjorde dem, berätta för koordinatorn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of %1 was reset by %2 on %3.</source>
        <translation>%2 återställde lösenordet för %1 %3.</translation>
    </message>
    <message>
        <source>No new notices.</source>
        <translation>Inga nya meddelanden.</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>Välj först ett konto i listan.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::AccountChecks</name>
    <message>
        <source>Fill in the user name.</source>
        <translation>Fyll i användarnamnet.</translation>
    </message>
    <message>
        <source>The user name needs 2 to 64 characters: letters a–z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Användarnamnet måste ha 2–64 tecken: bokstäverna a–z, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Fill in the name.</source>
        <translation>Fyll i namnet.</translation>
    </message>
    <message>
        <source>The name can have at most 200 characters.</source>
        <translation>Namnet får ha högst 200 tecken.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The password can have at most 1024 characters.</source>
        <translation>Lösenordet får ha högst 1024 tecken.</translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>Lösenordet får inte bestå av enbart mellanslag.</translation>
    </message>
    <message>
        <source>Fill in the name of the school.</source>
        <translation>Fyll i skolans namn.</translation>
    </message>
    <message>
        <source>The name of the school can have at most 200 characters.</source>
        <translation>Skolans namn får ha högst 200 tecken.</translation>
    </message>
    <message>
        <source>Choose at least one school: a nurse or a pupil welfare group without a school sees nothing.</source>
        <translation>Välj minst en skola: en hälsovårdare eller en elevhälsogrupp utan skola ser ingenting.</translation>
    </message>
    <message>
        <source>Only a nurse or a pupil welfare group is assigned schools.</source>
        <translation>Skolor tilldelas endast hälsovårdare och elevhälsogrupper.</translation>
    </message>
    <message>
        <source>The user name %1 is already in use.</source>
        <translation>Användarnamnet %1 används redan.</translation>
    </message>
    <message>
        <source>There already is a school called %1.</source>
        <translation>Det finns redan en skola som heter %1.</translation>
    </message>
    <message>
        <source>Signaali has already been set up.</source>
        <translation>Signaali har redan tagits i bruk.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Du kan inte inaktivera ditt eget konto.</translation>
    </message>
    <message>
        <source>The nurse needs a user name of her own.</source>
        <translation>Hälsovårdaren behöver ett eget användarnamn.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::AnsweredList</name>
    <message>
        <source>not answered</source>
        <translation>inte svarat</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>svarat</translation>
    </message>
    <message>
        <source>stopped before the end</source>
        <translation>avbröt enkäten</translation>
    </message>
    <message>
        <source>Who has answered: class %1, %2</source>
        <translation>Vem som har svarat: klass %1, %2</translation>
    </message>
    <message>
        <source>answered %1, in progress %2, not answered %3</source>
        <translation>svarat %1, pågår %2, inte svarat %3</translation>
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
        <source>Answered on</source>
        <translation>Svarsdatum</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2. Confidential: pupils&apos; names.</source>
        <translation>Upprättad av %1 den %2. Konfidentiellt: innehåller elevernas namn.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::AuditText</name>
    <message>
        <source>Signed in</source>
        <translation>Loggade in</translation>
    </message>
    <message>
        <source>First set-up</source>
        <translation>Ibruktagning</translation>
    </message>
    <message>
        <source>Viewed the class overview</source>
        <translation>Såg klassöversikten</translation>
    </message>
    <message>
        <source>Viewed the attention list</source>
        <translation>Såg listan över dem som kräver uppmärksamhet</translation>
    </message>
    <message>
        <source>Viewed the profile</source>
        <translation>Såg elevens uppgifter</translation>
    </message>
    <message>
        <source>Viewed the case actions</source>
        <translation>Såg åtgärderna i ärendet</translation>
    </message>
    <message>
        <source>Viewed the case shares</source>
        <translation>Såg delningarna av ärendet</translation>
    </message>
    <message>
        <source>Viewed the follow-ups due</source>
        <translation>Såg aktuella uppföljningar</translation>
    </message>
    <message>
        <source>Viewed handled flags</source>
        <translation>Såg hanterade flaggor</translation>
    </message>
    <message>
        <source>Listed pupils</source>
        <translation>Listade elever</translation>
    </message>
    <message>
        <source>Viewed results</source>
        <translation>Såg resultat</translation>
    </message>
    <message>
        <source>Viewed the log</source>
        <translation>Såg loggen</translation>
    </message>
    <message>
        <source>Opened the screening&apos;s live view</source>
        <translation>Öppnade enkätens lägesvy</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Exporterade händelseloggen</translation>
    </message>
    <message>
        <source>Exported results</source>
        <translation>Exporterade resultat</translation>
    </message>
    <message>
        <source>Printed check-in codes</source>
        <translation>Skrev ut inloggningskoder</translation>
    </message>
    <message>
        <source>Printed the visit summary</source>
        <translation>Skrev ut sammanfattningen för besöket</translation>
    </message>
    <message>
        <source>Exported group figures</source>
        <translation>Exporterade gruppsiffror</translation>
    </message>
    <message>
        <source>Backed up the database</source>
        <translation>Säkerhetskopierade databasen</translation>
    </message>
    <message>
        <source>Marked flags handled</source>
        <translation>Markerade flaggor som hanterade</translation>
    </message>
    <message>
        <source>Recorded a case action</source>
        <translation>Registrerade en åtgärd</translation>
    </message>
    <message>
        <source>Marked a follow-up done</source>
        <translation>Markerade en uppföljning som gjord</translation>
    </message>
    <message>
        <source>Shared the case</source>
        <translation>Delade ärendet</translation>
    </message>
    <message>
        <source>Withdrew the share</source>
        <translation>Återkallade delningen</translation>
    </message>
    <message>
        <source>Created an account</source>
        <translation>Skapade ett konto</translation>
    </message>
    <message>
        <source>Set a password</source>
        <translation>Ställde in ett lösenord</translation>
    </message>
    <message>
        <source>Assigned schools</source>
        <translation>Tilldelade skolor</translation>
    </message>
    <message>
        <source>Activated or deactivated an account</source>
        <translation>Aktiverade eller inaktiverade ett konto</translation>
    </message>
    <message>
        <source>Added a school</source>
        <translation>Lade till en skola</translation>
    </message>
    <message>
        <source>Imported a class list</source>
        <translation>Importerade en klasslista</translation>
    </message>
    <message>
        <source>Created a round</source>
        <translation>Skapade en omgång</translation>
    </message>
    <message>
        <source>Recorded answers</source>
        <translation>Registrerade svar</translation>
    </message>
    <message>
        <source>Erased a pupil</source>
        <translation>Raderade en elev</translation>
    </message>
    <message>
        <source>Changed the small-group threshold</source>
        <translation>Ändrade gränsen för små grupper</translation>
    </message>
    <message>
        <source>Restored the database</source>
        <translation>Återställde databasen</translation>
    </message>
    <message>
        <source>Changed the name of an account</source>
        <translation>Ändrade namnet på ett konto</translation>
    </message>
    <message numerus="yes">
        <source>attention list, %n result(s)</source>
        <translation>
            <numerusform>listan över dem som kräver uppmärksamhet, %n resultat</numerusform>
            <numerusform>listan över dem som kräver uppmärksamhet, %n resultat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n log entry(ies)</source>
        <translation>
            <numerusform>%n loggpost</numerusform>
            <numerusform>%n loggposter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n delning</numerusform>
            <numerusform>%n delningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handled flag(s)</source>
        <translation>
            <numerusform>%n hanterad flagga</numerusform>
            <numerusform>%n hanterade flaggor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation>
            <numerusform>%n elev</numerusform>
            <numerusform>%n elever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due by %1</source>
        <translation>
            <numerusform>%n uppföljning som infaller senast %1</numerusform>
            <numerusform>%n uppföljningar som infaller senast %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultat</numerusform>
        </translation>
    </message>
    <message>
        <source>, pseudonymised</source>
        <translation>, pseudonymiserat</translation>
    </message>
    <message>
        <source>, round %1</source>
        <translation>, omgång %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in code(s), class id %1, round id %2</source>
        <translation>
            <numerusform>%n inloggningskod, klass-id %1, omgångs-id %2</numerusform>
            <numerusform>%n inloggningskoder, klass-id %1, omgångs-id %2</numerusform>
        </translation>
    </message>
    <message>
        <source>class %1, round %2, questionnaire %3</source>
        <translation>klass %1, omgång %2, enkät %3</translation>
    </message>
    <message>
        <source>class %1, round %2</source>
        <translation>klass %1, omgång %2</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>inga resultat</translation>
    </message>
    <message>
        <source>results of %1</source>
        <translation>resultat för %1</translation>
    </message>
    <message>
        <source>visit summary (PDF)</source>
        <translation>sammanfattning för besöket (PDF)</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s), response %1</source>
        <translation>
            <numerusform>%n flagga, svar %1</numerusform>
            <numerusform>%n flaggor, svar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>åtgärd %1</translation>
    </message>
    <message>
        <source>shared with %1, the pupil&apos;s consent given %2</source>
        <translation>delat med %1, elevens samtycke givet %2</translation>
    </message>
    <message>
        <source>shared with %1, the guardian&apos;s consent given %2</source>
        <translation>delat med %1, vårdnadshavarens samtycke givet %2</translation>
    </message>
    <message>
        <source>share with %1 withdrawn</source>
        <translation>delningen med %1 återkallad</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>från %1 till %2</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>omgång %1</translation>
    </message>
    <message>
        <source>questionnaire %1 %2, round id %3</source>
        <translation>enkät %1 %2, omgångs-id %3</translation>
    </message>
    <message>
        <source>class list %1, pupil added</source>
        <translation>klasslista %1, elev tillagd</translation>
    </message>
    <message>
        <source>class list %1, pupil updated</source>
        <translation>klasslista %1, elevens uppgifter uppdaterade</translation>
    </message>
    <message>
        <source>user %1, role %2</source>
        <translation>användare %1, roll %2</translation>
    </message>
    <message>
        <source>user %1, no schools</source>
        <translation>användare %1, inga skolor</translation>
    </message>
    <message>
        <source>user %1, school ids %2</source>
        <translation>användare %1, skol-id %2</translation>
    </message>
    <message>
        <source>user %1 activated</source>
        <translation>användare %1 aktiverad</translation>
    </message>
    <message>
        <source>user %1 deactivated</source>
        <translation>användare %1 inaktiverad</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>användare %1</translation>
    </message>
    <message>
        <source>school %1 (id %2)</source>
        <translation>skola %1 (id %2)</translation>
    </message>
    <message>
        <source>administrator %1, nurse %2, school id %3</source>
        <translation>administratör %1, hälsovårdare %2, skol-id %3</translation>
    </message>
    <message>
        <source>backup to %1</source>
        <translation>säkerhetskopia till %1</translation>
    </message>
    <message>
        <source>restored from %1</source>
        <translation>återställd från %1</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>fördelning</translation>
    </message>
    <message>
        <source>heat map</source>
        <translation>värmekarta</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>trend</translation>
    </message>
    <message>
        <source>follow-up funnel</source>
        <translation>trattdiagram</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 som %2</translation>
    </message>
    <message>
        <source>A sign-in was refused</source>
        <translation>En inloggning avvisades</translation>
    </message>
    <message>
        <source>Checked the audit log&apos;s chain</source>
        <translation>Kontrollerade händelseloggens kedja</translation>
    </message>
    <message>
        <source>A check-in at the kiosk did not match</source>
        <translation>En incheckning i kiosken stämde inte</translation>
    </message>
    <message>
        <source>Check-in at the kiosk was locked after wrong attempts</source>
        <translation>Incheckningen i kiosken låstes efter felaktiga försök</translation>
    </message>
    <message>
        <source>Unlocked check-in at the kiosk</source>
        <translation>Låste upp incheckningen i kiosken</translation>
    </message>
    <message>
        <source>Named the pupil in a class list of another school</source>
        <translation>Nämnde eleven i en klasslista från en annan skola</translation>
    </message>
    <message>
        <source>Encrypted the database</source>
        <translation>Krypterade databasen</translation>
    </message>
    <message>
        <source>Opened the database with the recovery key</source>
        <translation>Öppnade databasen med återställningsnyckeln</translation>
    </message>
    <message>
        <source>Trusted another installation</source>
        <translation>Litade på en annan installation</translation>
    </message>
    <message>
        <source>Revoked the trust in an installation</source>
        <translation>Återkallade förtroendet för en installation</translation>
    </message>
    <message>
        <source>Sent results in a bundle</source>
        <translation>Skickade resultat i ett paket</translation>
    </message>
    <message>
        <source>Received results from a bundle</source>
        <translation>Tog emot resultat från ett paket</translation>
    </message>
    <message>
        <source>Viewed the conflicts of received results</source>
        <translation>Visade konflikterna i mottagna resultat</translation>
    </message>
    <message>
        <source>Named the pupil in a bundle for another school</source>
        <translation>Nämnde eleven i ett paket för en annan skola</translation>
    </message>
</context>
<context>
    <name>signaali::ui::BundleText</name>
    <message>
        <source>Erasures</source>
        <translation>Raderingar</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skolor</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klasser</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Omgångar</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Enkäter</translation>
    </message>
    <message>
        <source>Staff names</source>
        <translation>Personalens namn</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Handled flags</source>
        <translation>Hanterade flaggor</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Uppföljningsåtgärder</translation>
    </message>
    <message>
        <source>Case shares</source>
        <translation>Delade ärenden</translation>
    </message>
    <message>
        <source>Group figures</source>
        <translation>Gruppsiffror</translation>
    </message>
    <message>
        <source>changed response</source>
        <translation>ändrat svar</translation>
    </message>
    <message>
        <source>second completed response</source>
        <translation>ett andra slutfört svar</translation>
    </message>
    <message>
        <source>The bundle had this response with other answers than the ones kept here. The ones here were kept.</source>
        <translation>Paketet hade detta svar med andra svar än de som finns här. De som finns här behölls.</translation>
    </message>
    <message>
        <source>The pupil completed this questionnaire in the same round on both installations. The response here was kept.</source>
        <translation>Eleven fyllde i denna enkät i samma omgång på båda installationerna. Svaret här behölls.</translation>
    </message>
    <message>
        <source>Group figures received from %1.</source>
        <translation>Gruppsiffror mottagna från %1.</translation>
    </message>
    <message>
        <source>Results received from %1.</source>
        <translation>Resultat mottagna från %1.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 already here</source>
        <translation>%1: %2 nya, %3 fanns redan här</translation>
    </message>
    <message>
        <source>The bundle held nothing new.</source>
        <translation>Paketet innehöll inget nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) matched to the same pupil, school, class or round here.</source>
        <translation>
            <numerusform>%n post kopplades till samma elev, skola, klass eller omgång här.</numerusform>
            <numerusform>%n poster kopplades till samma elever, skolor, klasser eller omgångar här.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished questionnaire(s) replaced by the completed one.</source>
        <translation>
            <numerusform>%n ofullständig enkät ersattes av den slutförda.</numerusform>
            <numerusform>%n ofullständiga enkäter ersattes av de slutförda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) erased here, as they had been erased there.</source>
        <translation>
            <numerusform>%n elev raderades här, eftersom eleven hade raderats där.</numerusform>
            <numerusform>%n elever raderades här, eftersom de hade raderats där.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of pupils already erased here left out.</source>
        <translation>
            <numerusform>%n post om elever som redan raderats här utelämnades.</numerusform>
            <numerusform>%n poster om elever som redan raderats här utelämnades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): nothing here was overwritten; see the conflicts below.</source>
        <translation>
            <numerusform>%n konflikt: inget här skrevs över; se konflikterna nedan.</numerusform>
            <numerusform>%n konflikter: inget här skrevs över; se konflikterna nedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Inga konflikter.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Group figures for %1 written to %2.</source>
        <translation>Gruppsiffror för %1 skrivna till %2.</translation>
    </message>
    <message>
        <source>Results for %1 written to %2.</source>
        <translation>Resultat för %1 skrivna till %2.</translation>
    </message>
    <message>
        <source>The file is encrypted for %1 only and signed by this installation. Take it there (a memory stick, or the municipality&apos;s secure transfer) and receive it on its Send and receive page; then delete it here.</source>
        <translation>Filen är krypterad endast för %1 och signerad av denna installation. Ta den dit (på ett minne eller med kommunens säkra överföring) och ta emot den på sidan Skicka och ta emot där; radera den sedan här.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of pupils here in a school you are not a nurse of left out.</source>
        <translation>
            <numerusform>%n post om en elev här i en skola där du inte är hälsovårdare utelämnades.</numerusform>
            <numerusform>%n poster om elever här i skolor där du inte är hälsovårdare utelämnades.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signaali::ui::CasePanel</name>
    <message>
        <source>no later result yet</source>
        <translation>inget senare resultat ännu</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>löst</translation>
    </message>
    <message>
        <source>persisted</source>
        <translation>kvarstår</translation>
    </message>
    <message>
        <source>worsened</source>
        <translation>förvärrad</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>Vad som har gjorts</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flagga</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Hanterad</translation>
    </message>
    <message>
        <source>Next round</source>
        <translation>Nästa omgång</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>What became of handled flags by the next screening</source>
        <translation>Hur det gick med hanterade flaggor vid nästa screening</translation>
    </message>
    <message>
        <source>Handled flags after the next screening:</source>
        <translation>Hanterade flaggor efter nästa screening:</translation>
    </message>
    <message>
        <source>Record what was done</source>
        <translation>Registrera vad som har gjorts</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>Date of the follow-up visit</source>
        <translation>Datum för uppföljningsbesöket</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Anteckning (frivillig)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <source>Shared with the case team</source>
        <translation>Delat med expertgruppen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Samtycke av</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Samtyckesdatum</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Delat</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Case team members this case is shared with</source>
        <translation>Medlemmar i expertgruppen som ärendet har delats med</translation>
    </message>
    <message>
        <source>Case team member</source>
        <translation>Medlem i expertgruppen</translation>
    </message>
    <message>
        <source>Whose consent</source>
        <translation>Vems samtycke</translation>
    </message>
    <message>
        <source>Consent from the guardian</source>
        <translation>Samtycke av vårdnadshavaren</translation>
    </message>
    <message>
        <source>Consent from the pupil</source>
        <translation>Samtycke av eleven</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Datum för samtycket</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Dela</translation>
    </message>
    <message>
        <source>Withdraw the share</source>
        <translation>Återkalla delningen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>elev</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>vårdnadshavare</translation>
    </message>
    <message>
        <source>There are no case team members to share with.</source>
        <translation>Det finns inga medlemmar i expertgruppen att dela med.</translation>
    </message>
    <message>
        <source>Choose the share to withdraw.</source>
        <translation>Välj den delning som ska återkallas.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Rätta…</translation>
    </message>
    <message>
        <source>Your own actions can be corrected on the day you recorded them.</source>
        <translation>Dina egna åtgärder kan rättas samma dag som du registrerade dem.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation>Avbryt rättelsen</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (rättad)</translation>
    </message>
    <message>
        <source>Choose the action to correct.</source>
        <translation>Välj den åtgärd som ska rättas.</translation>
    </message>
    <message>
        <source>Only your own actions of today can be corrected; record a new action instead.</source>
        <translation>Endast dina egna åtgärder från i dag kan rättas; registrera en ny åtgärd i stället.</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Spara rättelsen</translation>
    </message>
    <message>
        <source>Choose the action to remove.</source>
        <translation>Välj den åtgärd som ska tas bort.</translation>
    </message>
    <message>
        <source>Remove the action</source>
        <translation>Ta bort åtgärden</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; recorded %2? It stays in the case history.</source>
        <translation>Ta bort ”%1” (registrerad %2)? Den finns kvar i ärendets historik.</translation>
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
    <message>
        <source>Give the day and the month of your birthday.</source>
        <translation>Välj dag och månad för din födelsedag.</translation>
    </message>
    <message>
        <source>Nurse: unlock check-in</source>
        <translation>Hälsovårdaren: lås upp incheckningen</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ClassOverviewPage</name>
    <message>
        <source>not answered</source>
        <translation>inte svarat</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>avbruten</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Filter by domain</source>
        <translation>Filtrera efter område</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Filtrera efter nivå</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrera efter status</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Watch or concern</source>
        <translation>Uppföljning eller oro</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Inte svarat</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Skola:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klass:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Om&amp;råde:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Pupils of the class and their results</source>
        <translation>Klassens elever och deras resultat</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n pupil(s))</source>
        <translation>
            <numerusform>%1 (%n elev)</numerusform>
            <numerusform>%1 (%n elever)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a class and a round.</source>
        <translation>Välj en klass och en omgång.</translation>
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
        <source>Overall</source>
        <translation>Helhetsnivå</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flagga</numerusform>
            <numerusform>%n flaggor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: completed %3, in progress %4, not answered %5</source>
        <translation>%1, %2: klara %3, pågår %4, inte svarat %5</translation>
    </message>
    <message>
        <source>Who has answered (PDF)…</source>
        <translation>Vem har svarat (PDF)…</translation>
    </message>
    <message>
        <source>Print who has answered…</source>
        <translation>Skriv ut vem som har svarat…</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Spara listan</translation>
    </message>
    <message>
        <source>answered-%1.pdf</source>
        <translation>svarat-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Who has answered</source>
        <translation>Vem har svarat</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ConflictsPanel</name>
    <message>
        <source>Conflicts from received results</source>
        <translation>Konflikter i mottagna resultat</translation>
    </message>
    <message>
        <source>A received bundle had these results differently from this installation. Nothing here was overwritten: open the profile to check the result kept here.</source>
        <translation>Ett mottaget paket hade dessa resultat annorlunda än denna installation. Inget här skrevs över: öppna profilen för att kontrollera resultatet som behölls här.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>&amp;Öppna profilen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Inga konflikter.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::CriticalAnswerBanner</name>
    <message>
        <source>Critical answer %1, %2</source>
        <translation>Kritiskt svar %1, %2</translation>
    </message>
    <message>
        <source>questionnaire not finished</source>
        <translation>enkäten inte slutförd</translation>
    </message>
    <message>
        <source>not in the latest result</source>
        <translation>inte med i det senaste resultatet</translation>
    </message>
    <message>
        <source>Mark handled</source>
        <translation>Markera som hanterad</translation>
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
        <source>No funnel plot: the reference share is suppressed or there are no respondents.</source>
        <translation>Inget trattdiagram: referensandelen är dold eller det finns inga svarande.</translation>
    </message>
    <message>
        <source>%1. %2 groups with %3 respondents placed; %4 groups not placed because their count is suppressed. A point outside the dashed lines lies outside the 95 % limits (about one group in twenty does so by chance), outside the solid lines beyond the 99.8 % limits.</source>
        <translation>%1. %2 grupper med %3 svarande utsatta; %4 grupper inte utsatta eftersom deras antal är dolt. En punkt utanför de streckade linjerna ligger utanför 95 %-gränserna (ungefär en grupp av tjugo av en slump), utanför de heldragna linjerna bortom 99,8 %-gränserna.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2. %n group(s) with a suppressed part (grey). %3</source>
        <translation>
            <numerusform>%1. %2. %n grupp med en dold del (grå). %3</numerusform>
            <numerusform>%1. %2. %n grupper med en dold del (grå). %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %2. %n cell(s) suppressed (grey, hatched, –). %3</source>
        <translation>
            <numerusform>%1. %2. %n cell dold (grå, skrafferad, –). %3</numerusform>
            <numerusform>%1. %2. %n celler dolda (grå, skrafferade, –). %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>signaali::ui::DevicesPage</name>
    <message>
        <source>This installation</source>
        <translation>Denna installation</translation>
    </message>
    <message>
        <source>Fingerprint of this installation</source>
        <translation>Denna installations fingeravtryck</translation>
    </message>
    <message>
        <source>Another installation trusts this one by its device line: give it the line as a file or copy it. Its administrator then compares the fingerprint with the one shown here, read out in the same room or on the phone.</source>
        <translation>En annan installation litar på denna genom dess enhetsrad: ge den raden som en fil eller kopiera den. Dess administratör jämför sedan fingeravtrycket med det som visas här, uppläst i samma rum eller i telefon.</translation>
    </message>
    <message>
        <source>&amp;Copy device line</source>
        <translation>&amp;Kopiera enhetsraden</translation>
    </message>
    <message>
        <source>&amp;Save device line…</source>
        <translation>&amp;Spara enhetsraden…</translation>
    </message>
    <message>
        <source>Trusted installations</source>
        <translation>Betrodda installationer</translation>
    </message>
    <message>
        <source>Results are sent only to these installations and received only from them. A revoked one&apos;s bundles are refused.</source>
        <translation>Resultat skickas endast till dessa installationer och tas endast emot från dem. En återkallad installations paket avvisas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Betrodd av</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Betrodd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Trust a device…</source>
        <translation>&amp;Lita på en enhet…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Namn: %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>återkallad %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>betrodd</translation>
    </message>
    <message>
        <source>The device line is on the clipboard. Its fingerprint: %1</source>
        <translation>Enhetsraden finns i urklipp. Dess fingeravtryck: %1</translation>
    </message>
    <message>
        <source>Save device line</source>
        <translation>Spara enhetsraden</translation>
    </message>
    <message>
        <source>Device files (*.device)</source>
        <translation>Enhetsfiler (*.device)</translation>
    </message>
    <message>
        <source>The device line was not saved: %1</source>
        <translation>Enhetsraden sparades inte: %1</translation>
    </message>
    <message>
        <source>Saved %1. Take it to the other installation; its administrator compares the fingerprint %2 with this screen before trusting it.</source>
        <translation>Sparade %1. Ta den till den andra installationen; dess administratör jämför fingeravtrycket %2 med denna skärm innan den litar på den.</translation>
    </message>
    <message>
        <source>Trust a device</source>
        <translation>Lita på en enhet</translation>
    </message>
    <message>
        <source>Device files (*.device);;All files (*)</source>
        <translation>Enhetsfiler (*.device);;Alla filer (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a device file.</source>
        <translation>%1 är för stor för att vara en enhetsfil.</translation>
    </message>
    <message>
        <source>%1 is not a Signaali device file: its first line is not a device line (signaali-device …).</source>
        <translation>%1 är inte en enhetsfil för Signaali: dess första rad är inte en enhetsrad (signaali-device …).</translation>
    </message>
    <message>
        <source>%1 is this installation&apos;s own device file; trust the other installation&apos;s file here.</source>
        <translation>%1 är denna installations egen enhetsfil; lita här på den andra installationens fil.</translation>
    </message>
    <message>
        <source>“%1” is now trusted: results can be sent to it and received from it.</source>
        <translation>”%1” är nu betrodd: resultat kan skickas till den och tas emot från den.</translation>
    </message>
    <message>
        <source>Choose an installation in the list first.</source>
        <translation>Välj först en installation i listan.</translation>
    </message>
    <message>
        <source>“%1” has already been revoked.</source>
        <translation>”%1” har redan återkallats.</translation>
    </message>
    <message>
        <source>Revoke trust</source>
        <translation>Återkalla förtroendet</translation>
    </message>
    <message>
        <source>Revoke the trust in “%1” (fingerprint %2)? Its bundles are refused from now on and nothing more can be sent to it. This cannot be undone.</source>
        <translation>Återkalla förtroendet för ”%1” (fingeravtryck %2)? Dess paket avvisas från och med nu och inget mer kan skickas till den. Detta kan inte ångras.</translation>
    </message>
    <message>
        <source>“%1” is no longer trusted.</source>
        <translation>”%1” är inte längre betrodd.</translation>
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
    <name>signaali::ui::GreetingBar</name>
    <message>
        <source>Hi, %1!</source>
        <translation>Hej, %1!</translation>
    </message>
    <message>
        <source>Not you?</source>
        <translation>Inte du?</translation>
    </message>
    <message>
        <source>Not you? Back to choosing your name</source>
        <translation>Inte du? Tillbaka till att välja ditt namn</translation>
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
        <source>not shown to protect small groups; n 1–%1: fewer than %2 respondents</source>
        <translation>visas inte för att skydda små grupper; n 1–%1: färre än %2 svarande</translation>
    </message>
</context>
<context>
    <name>signaali::ui::HistoryChart</name>
    <message numerus="yes">
        <source>Chart of the pupil&apos;s scores over %n round(s)</source>
        <translation>
            <numerusform>Diagram över elevens poäng under %n omgång</numerusform>
            <numerusform>Diagram över elevens poäng under %n omgångar</numerusform>
        </translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Scores over the screening rounds (higher is more burden)</source>
        <translation>Poäng per screeningomgång (högre = större belastning)</translation>
    </message>
    <message>
        <source>% of the domain&apos;s maximum score</source>
        <translation>% av områdets maxpoäng</translation>
    </message>
</context>
<context>
    <name>signaali::ui::HtmlPdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
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
    <message>
        <source>No school is assigned to you; the administrator assigns schools.</source>
        <translation>Inga skolor har tilldelats dig; administratören tilldelar skolor.</translation>
    </message>
    <message>
        <source>&amp;Language of your views in the kiosk</source>
        <translation>&amp;Språk för dina vyer i kiosken</translation>
    </message>
    <message>
        <source>Read aloud does not work on this computer: no text-to-speech voices are installed. Pupils who need the questions read to them need your help.</source>
        <translation>Uppläsning fungerar inte på den här datorn: inga talsyntesröster är installerade. Elever som behöver få frågorna upplästa behöver din hjälp.</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Read aloud has voices in: %1.</source>
        <translation>Uppläsningen har röster på: %1.</translation>
    </message>
    <message>
        <source>No voice in: %1; pupils answering in it cannot have questions read aloud.</source>
        <translation>Ingen röst på: %1; för elever som svarar på det språket kan frågorna inte läsas upp.</translation>
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
    <message>
        <source>Live view</source>
        <translation>Lägesvy</translation>
    </message>
    <message>
        <source>The live view is not shown: %1</source>
        <translation>Lägesvyn visas inte: %1</translation>
    </message>
    <message>
        <source>Check-in is locked after too many wrong tries. Please ask the nurse.</source>
        <translation>Incheckningen är låst efter för många felaktiga försök. Fråga hälsovårdaren.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>För många felaktiga försök. Du kan försöka igen om %n sekund.</numerusform>
            <numerusform>För många felaktiga försök. Du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nurse&apos;s PIN to unlock check-in</source>
        <translation>Hälsovårdarens PIN-kod för att låsa upp incheckningen</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Incheckning</translation>
    </message>
    <message>
        <source>Check-in was not unlocked: %1</source>
        <translation>Incheckningen låstes inte upp: %1</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Försök igen.</translation>
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
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>signaali::ui::PasswordChangePage</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
    <message>
        <source>Choose your own password</source>
        <translation>Välj ett eget lösenord</translation>
    </message>
    <message>
        <source>%1, the administrator has set a one-time password for your account. Choose a password of your own (at least 10 characters) before you go on. Afterwards you will see who reset it and when.</source>
        <translation>%1, huvudanvändaren har satt ett engångslösenord för ditt konto. Välj ett eget lösenord (minst 10 tecken) innan du fortsätter. Därefter ser du vem som återställde det och när.</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nytt lösenord:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Igen:</translation>
    </message>
    <message>
        <source>Set my password</source>
        <translation>Spara mitt lösenord</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
</context>
<context>
    <name>signaali::ui::PinDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>signaali::ui::PinGuard</name>
    <message numerus="yes">
        <source>Wrong PIN too many times. The PIN can be tried again in %n second(s).</source>
        <translation>
            <numerusform>Fel PIN-kod för många gånger. PIN-koden kan prövas igen om %n sekund.</numerusform>
            <numerusform>Fel PIN-kod för många gånger. PIN-koden kan prövas igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Fel PIN-kod. Försök igen.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ProfilePage</name>
    <message>
        <source>Questionnaire</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Summary for the visit (PDF)…</source>
        <translation>Sammanfattning för besöket (PDF)…</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Latest result by domain</source>
        <translation>Senaste resultat per område</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>The pupil&apos;s answers</source>
        <translation>Elevens svar</translation>
    </message>
    <message>
        <source>Domain shown in the chart</source>
        <translation>Område som visas i diagrammet</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>Senaste resultat</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>%1, class %2, %3</source>
        <translation>%1, klass %2, %3</translation>
    </message>
    <message>
        <source>No completed questionnaires yet.</source>
        <translation>Inga besvarade enkäter ännu.</translation>
    </message>
    <message>
        <source>%1, round %2, answered %3. Overall level: %4</source>
        <translation>%1, omgång %2, besvarad %3. Helhetsnivå: %4</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>inte poängsatt</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Inga flaggor.</translation>
    </message>
    <message>
        <source>Why flagged:</source>
        <translation>Orsaker till flaggningen:</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Spara sammanfattningen</translation>
    </message>
    <message>
        <source>summary-%1.pdf</source>
        <translation>sammanfattning-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Print the summary…</source>
        <translation>Skriv ut sammanfattningen…</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ProfileSummary</name>
    <message>
        <source>Talked with the pupil</source>
        <translation>Pratat med eleven</translation>
    </message>
    <message>
        <source>Follow-up visit booked</source>
        <translation>Bokat uppföljningsbesök</translation>
    </message>
    <message>
        <source>Referred to the school psychologist</source>
        <translation>Hänvisat till skolpsykologen</translation>
    </message>
    <message>
        <source>Referred to the school social worker</source>
        <translation>Hänvisat till kuratorn</translation>
    </message>
    <message>
        <source>Referred to the doctor</source>
        <translation>Hänvisat till läkaren</translation>
    </message>
    <message>
        <source>Referred to urgent care</source>
        <translation>Hänvisat till jouren</translation>
    </message>
    <message>
        <source>Contacted the guardian</source>
        <translation>Kontaktat vårdnadshavaren</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>Inga åtgärder behövs</translation>
    </message>
    <message>
        <source>Health check summary: %1 %2</source>
        <translation>Sammanfattning av hälsoundersökningen: %1 %2</translation>
    </message>
    <message>
        <source>Born %1 · class %2 · %3</source>
        <translation>Född %1 · klass %2 · %3</translation>
    </message>
    <message>
        <source>Round %1, answered %2. Overall: %3</source>
        <translation>Omgång %1, besvarad %2. Helhetsnivå: %3</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>Orsaker till flaggningen</translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation>Åtgärder hittills</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2. A screening aid, not a diagnosis. Confidential patient data.</source>
        <translation>Upprättad av %1 den %2. Ett hjälpmedel för screening, inte en diagnos. Sekretessbelagda patientuppgifter.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::PupilSearchBox</name>
    <message>
        <source>Find a pupil by name</source>
        <translation>Sök en elev efter namn</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
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
        <source>Pupils whose name matches</source>
        <translation>Elever vars namn motsvarar sökningen</translation>
    </message>
    <message>
        <source>No pupil of your schools has that name.</source>
        <translation>Ingen elev i dina skolor har det namnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s) found</source>
        <translation>
            <numerusform>%n elev hittades</numerusform>
            <numerusform>%n elever hittades</numerusform>
        </translation>
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
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Type a number, or choose one with the arrow keys.</source>
        <translation>Skriv ett tal eller välj det med piltangenterna.</translation>
    </message>
    <message>
        <source>Type a number, or choose one with the arrow keys. You can also skip this question.</source>
        <translation>Skriv ett tal eller välj det med piltangenterna. Du kan också hoppa över frågan.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::ReadAloud</name>
    <message>
        <source>Reading aloud does not work on this computer. If you need help with reading, ask the nurse.</source>
        <translation>Uppläsning fungerar inte på den här datorn. Om du behöver hjälp med att läsa, fråga hälsovårdaren.</translation>
    </message>
    <message>
        <source>Reading aloud does not work in this language on this computer. If you need help with reading, ask the nurse.</source>
        <translation>Uppläsning fungerar inte på det här språket på den här datorn. Om du behöver hjälp med att läsa, fråga hälsovårdaren.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::RecoverySheetDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <source>The database is now encrypted. This recovery key opens it if every administrator forgets their password. Save it as a PDF or print it now, and keep it locked away with the municipality&apos;s other keys: Signaali does not store it and cannot show it again.</source>
        <translation>Databasen är nu krypterad. Den här återställningsnyckeln öppnar den om alla administratörer glömmer sina lösenord. Spara den som PDF eller skriv ut den nu och förvara den inlåst med kommunens övriga nycklar: Signaali sparar inte nyckeln och kan inte visa den igen.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Signaali recovery sheet</source>
        <translation>Signaalis återställningsblad</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Kommun: %1</translation>
    </message>
    <message>
        <source>Database: %1, encrypted %2</source>
        <translation>Databas: %1, krypterad %2</translation>
    </message>
    <message>
        <source>This key opens the database when every administrator&apos;s password is lost: signaali-cli recover --db DATABASE --user ADMIN gives that administrator a new password.</source>
        <translation>Den här nyckeln öppnar databasen när alla administratörers lösenord har gått förlorade: signaali-cli recover --db DATABAS --user ADMIN ger den administratören ett nytt lösenord.</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone who has it and the database file can read the pupils&apos; data.</source>
        <translation>Förvara det här bladet inlåst. Den som har det och databasfilen kan läsa elevernas uppgifter.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Spara återställningsbladet</translation>
    </message>
    <message>
        <source>signaali-recovery-sheet.pdf</source>
        <translation>signaali-aterstallningsblad.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Print it, then delete the file.</source>
        <translation>Sparat i %1. Skriv ut det och radera sedan filen.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <source>The recovery key has not been saved or printed. It cannot be shown again. Close anyway?</source>
        <translation>Återställningsnyckeln har inte sparats eller skrivits ut. Den kan inte visas igen. Stäng ändå?</translation>
    </message>
</context>
<context>
    <name>signaali::ui::RoleText</name>
    <message>
        <source>School nurse</source>
        <translation>Hälsovårdare</translation>
    </message>
    <message>
        <source>Case team member</source>
        <translation>Medlem i expertgruppen</translation>
    </message>
    <message>
        <source>Pupil welfare group</source>
        <translation>Elevhälsogrupp</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
</context>
<context>
    <name>signaali::ui::SetupWizard</name>
    <message>
        <source>Setting up Signaali</source>
        <translation>Signaali tas i bruk</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>The administrator manages users, schools and questionnaires. The administrator does not see results.</source>
        <translation>Administratören hanterar användare, skolor och enkäter. Administratören ser inga resultat.</translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation>Hälsovårdare</translation>
    </message>
    <message>
        <source>The first school nurse. She sees the results of the pupils in her schools and runs screenings.</source>
        <translation>Den första hälsovårdaren. Hälsovårdaren ser resultaten för eleverna i sina skolor och genomför screeningar.</translation>
    </message>
    <message>
        <source>Municipality and school</source>
        <translation>Kommun och skola</translation>
    </message>
    <message>
        <source>Signaali keeps all data on this computer. More schools can be added later.</source>
        <translation>Signaali sparar alla uppgifter på den här datorn. Fler skolor kan läggas till senare.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>First school</source>
        <translation>Första skolan</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>First &amp;school:</source>
        <translation>Första &amp;skolan:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Lösenord &amp;igen:</translation>
    </message>
    <message>
        <source>At least %1 characters. A pass phrase of several words is easy to remember.</source>
        <translation>Minst %1 tecken. En lösenfras på flera ord är lätt att komma ihåg.</translation>
    </message>
    <message>
        <source>Fill in the user name and the name.</source>
        <translation>Fyll i användarnamnet och namnet.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Lösenordet måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Lösenorden stämmer inte överens.</translation>
    </message>
    <message>
        <source>Fill in the municipality and the school.</source>
        <translation>Fyll i kommunen och skolan.</translation>
    </message>
    <message>
        <source>The nurse needs a user name of her own.</source>
        <translation>Hälsovårdaren behöver ett eget användarnamn.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::SharedCasesPage</name>
    <message>
        <source>Pupils whose case a school nurse has shared with you, with the pupil&apos;s or guardian&apos;s consent.</source>
        <translation>Elever vars ärende en hälsovårdare har delat med dig, med elevens eller vårdnadshavarens samtycke.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Delat av</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Delat</translation>
    </message>
    <message>
        <source>Consent from</source>
        <translation>Samtycke av</translation>
    </message>
    <message>
        <source>Cases shared with you</source>
        <translation>Ärenden som har delats med dig</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Öppna profilen</translation>
    </message>
    <message>
        <source>pupil</source>
        <translation>elev</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>vårdnadshavare</translation>
    </message>
</context>
<context>
    <name>signaali::ui::SignInPage</name>
    <message>
        <source>Type your user name and password.</source>
        <translation>Skriv ditt användarnamn och lösenord.</translation>
    </message>
    <message>
        <source>Signaali is locked</source>
        <translation>Signaali är låst</translation>
    </message>
    <message>
        <source>Sign in to Signaali</source>
        <translation>Logga in i Signaali</translation>
    </message>
    <message>
        <source>%1, type your password to go on where you were.</source>
        <translation>%1, skriv ditt lösenord för att fortsätta där du var.</translation>
    </message>
    <message>
        <source>Pupils&apos; health data: sign in with your own account.</source>
        <translation>Elevers hälsouppgifter: logga in med ditt eget konto.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logga in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logga ut</translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. Try again in %n second(s).</source>
        <translation>
            <numerusform>Fel användarnamn eller lösenord. Försök igen om %n sekund.</numerusform>
            <numerusform>Fel användarnamn eller lösenord. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Fel användarnamn eller lösenord.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>För många felaktiga lösenord. Försök igen om %n sekund.</numerusform>
            <numerusform>För många felaktiga lösenord. Försök igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in could not be checked: %1</source>
        <translation>Inloggningen kunde inte kontrolleras: %1</translation>
    </message>
</context>
<context>
    <name>signaali::ui::StartPage</name>
    <message>
        <source>Critical answer</source>
        <translation>Kritiskt svar</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <source>Worse than before</source>
        <translation>Sämre än förut</translation>
    </message>
    <message>
        <source>Several signals together</source>
        <translation>Flera signaler samtidigt</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Aktuella uppföljningar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
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
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Follow-up visits that are due or overdue</source>
        <translation>Uppföljningsbesök som är aktuella eller försenade</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kräver uppmärksamhet</translation>
    </message>
    <message>
        <source>Show handled</source>
        <translation>Visa hanterade</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Hanterad</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motiveringar</translation>
    </message>
    <message>
        <source>Pupils whose results need attention</source>
        <translation>Elever vars resultat kräver uppmärksamhet</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Öppna profilen</translation>
    </message>
    <message>
        <source>Mark as handled</source>
        <translation>Markera som hanterad</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due (%n)</source>
        <translation>
            <numerusform>Aktuella uppföljningar (%n)</numerusform>
            <numerusform>Aktuella uppföljningar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>%1, questionnaire not finished</source>
        <translation>%1, enkäten inte slutförd</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Registrera uppföljning…</translation>
    </message>
    <message>
        <source>Record follow-up for %1 %2</source>
        <translation>Registrera uppföljning för %1 %2</translation>
    </message>
</context>
<context>
    <name>signaali::ui::TransferPage</name>
    <message>
        <source>Send results</source>
        <translation>Skicka resultat</translation>
    </message>
    <message>
        <source>The results go to another installation as one file, encrypted for it and signed by this one.</source>
        <translation>Resultaten går till en annan installation som en fil, krypterad för den och signerad av denna.</translation>
    </message>
    <message>
        <source>Pupils&apos; results (for a nurse of the same schools)</source>
        <translation>Elevernas resultat (för en hälsovårdare vid samma skolor)</translation>
    </message>
    <message>
        <source>Group figures only (counts, for the coordinator)</source>
        <translation>Endast gruppsiffror (antal, för koordinatorn)</translation>
    </message>
    <message>
        <source>Schools to send</source>
        <translation>Skolor att skicka</translation>
    </message>
    <message>
        <source>Rounds to send</source>
        <translation>Omgångar att skicka</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>&amp;Schools:</source>
        <translation>&amp;Skolor:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Omgångar:</translation>
    </message>
    <message>
        <source>Send &amp;results…</source>
        <translation>Skicka &amp;resultat…</translation>
    </message>
    <message>
        <source>Receive results</source>
        <translation>Ta emot resultat</translation>
    </message>
    <message>
        <source>A bundle file made for this installation by one it trusts. It is checked whole before anything is merged: a bundle that fails a check changes nothing, and the same bundle is received only once.</source>
        <translation>En paketfil som en betrodd installation har gjort för denna installation. Den kontrolleras i sin helhet innan något sammanfogas: ett paket som inte klarar en kontroll ändrar ingenting, och samma paket tas emot bara en gång.</translation>
    </message>
    <message>
        <source>Re&amp;ceive results…</source>
        <translation>Ta &amp;emot resultat…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No trusted installation: the administrator trusts one on the Devices page</source>
        <translation>Ingen betrodd installation: administratören litar på en på sidan Enheter</translation>
    </message>
    <message>
        <source>summary</source>
        <comment>in a file name</comment>
        <translation>sammandrag</translation>
    </message>
    <message>
        <source>Signaali bundles (*.bundle)</source>
        <translation>Signaali-paket (*.bundle)</translation>
    </message>
    <message>
        <source>Signaali bundles (*.bundle);;All files (*)</source>
        <translation>Signaali-paket (*.bundle);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the installation to send to. The administrator trusts installations on the Devices page.</source>
        <translation>Välj installationen att skicka till. Administratören litar på installationer på sidan Enheter.</translation>
    </message>
    <message>
        <source>Choose at least one school to send.</source>
        <translation>Välj minst en skola att skicka.</translation>
    </message>
    <message>
        <source>Choose at least one round to send.</source>
        <translation>Välj minst en omgång att skicka.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Paketet skrivs…</translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation>Paketet kontrolleras och sammanfogas…</translation>
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
    <name>signaali::ui::TrendPage</name>
    <message>
        <source>Group of the trend</source>
        <translation>Trendens grupp</translation>
    </message>
    <message>
        <source>Trend &amp;for</source>
        <translation>Trend &amp;för</translation>
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
        <source>%1. No round can be drawn for %2.</source>
        <translation>%1. Ingen omgång kan ritas för %2.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::TrustDeviceDialog</name>
    <message>
        <source>Trust another installation</source>
        <translation>Lita på en annan installation</translation>
    </message>
    <message>
        <source>Ask the person at the other installation to read out the fingerprint on its Devices page, and type what they read here. Trust the file only if the two are the same: a file swapped or changed on the way has another fingerprint.</source>
        <translation>Be personen vid den andra installationen läsa upp fingeravtrycket på dess sida Enheter, och skriv in det hon läser här. Lita på filen bara om de två är lika: en fil som bytts ut eller ändrats på vägen har ett annat fingeravtryck.</translation>
    </message>
    <message>
        <source>&amp;Fingerprint the other installation shows:</source>
        <translation>&amp;Fingeravtryck som den andra installationen visar:</translation>
    </message>
    <message>
        <source>&amp;Name for it here:</source>
        <translation>&amp;Namn på den här:</translation>
    </message>
    <message>
        <source>&amp;Trust this installation</source>
        <translation>&amp;Lita på denna installation</translation>
    </message>
    <message>
        <source>Type the fingerprint the other installation shows on its Devices page.</source>
        <translation>Skriv in fingeravtrycket som den andra installationen visar på sin sida Enheter.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this file, so it is not trusted. Check it again with the other installation; if it still differs, the file does not come from there: ask for a new one.</source>
        <translation>Fingeravtrycket du skrev in är inte filens fingeravtryck, så den är inte betrodd. Kontrollera det igen med den andra installationen; om det fortfarande skiljer sig kommer filen inte därifrån: be om en ny.</translation>
    </message>
    <message>
        <source>The file %1 holds the device line of “%2”.</source>
        <translation>Filen %1 innehåller enhetsraden för ”%2”.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::UserEditor</name>
    <message>
        <source>Change the chosen user</source>
        <translation>Ändra den valda användaren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skolor</translation>
    </message>
    <message>
        <source>May sign in (active)</source>
        <translation>Får logga in (aktiv)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Spara ändringarna</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Schools:</source>
        <translation>Skolor:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a user in the list above.</source>
        <translation>Välj en användare i listan ovan.</translation>
    </message>
</context>
<context>
    <name>signaali::ui::UsersPage</name>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skolor</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Ny användare</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Lägg till användare</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Lösenord:</translation>
    </message>
    <message>
        <source>Schools (nurse, welfare group):</source>
        <translation>Skolor (hälsovårdare, elevhälsogrupp):</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Ny skola</translation>
    </message>
    <message>
        <source>Add school</source>
        <translation>Lägg till skola</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Group figures: groups with fewer respondents than this are not broken down:</source>
        <translation>Gruppsiffror: grupper med färre svarande än så här delas inte upp:</translation>
    </message>
    <message>
        <source>Small-group threshold</source>
        <translation>Gräns för små grupper</translation>
    </message>
    <message>
        <source>Save threshold</source>
        <translation>Spara gränsen</translation>
    </message>
    <message>
        <source>none: sees nothing</source>
        <translation>inga skolor: ser ingenting</translation>
    </message>
    <message>
        <source>%1 (waits for confirmation)</source>
        <translation>%1 (väntar på bekräftelse)</translation>
    </message>
</context>
<context>
    <name>signaali::ui::WorkspaceWindow</name>
    <message>
        <source>&amp;Signaali</source>
        <translation>&amp;Signaali</translation>
    </message>
    <message>
        <source>Start a &amp;screening…</source>
        <translation>Starta en &amp;enkät…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>Automatic &amp;lock…</source>
        <translation>Au&amp;tomatiskt lås…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Only %1 can unlock. Sign out to change user.</source>
        <translation>Endast %1 kan låsa upp. Logga ut för att byta användare.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Class overview</source>
        <translation>Klassöversikt</translation>
    </message>
    <message>
        <source>Who has viewed</source>
        <translation>Vem har sett</translation>
    </message>
    <message>
        <source>Shared cases</source>
        <translation>Delade ärenden</translation>
    </message>
    <message>
        <source>Users and schools</source>
        <translation>Användare och skolor</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Händelselogg</translation>
    </message>
    <message>
        <source>Group figures</source>
        <translation>Gruppsiffror</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Elev</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>Automatiskt lås</translation>
    </message>
    <message>
        <source>Lock after this many minutes without input:</source>
        <translation>Lås efter så här många minuter utan aktivitet:</translation>
    </message>
    <message>
        <source>Signed in as %1. Read the notices on this page first.</source>
        <translation>Inloggad som %1. Läs först meddelandena på denna sida.</translation>
    </message>
    <message>
        <source>Access and notices</source>
        <translation>Åtkomst och meddelanden</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>The database could not be encrypted and stays as it was:
%1</source>
        <translation>Databasen kunde inte krypteras och förblir som den var:
%1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>One-time passwords</source>
        <translation>Engångslösenord</translation>
    </message>
    <message>
        <source>The database is now encrypted. These accounts sign in once with these passwords and then choose their own. Give each to its owner in person.</source>
        <translation>Databasen är nu krypterad. De här kontona loggar in en gång med de här lösenorden och väljer sedan egna. Ge vart och ett till sin ägare personligen.</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Skicka och ta emot</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
</context>
</TS>
