#pragma once

#include "db/Outcome.h"
#include "db/access/SignedInUser.h"

#include <QSqlDatabase>
#include <optional>

namespace signaali::db {

// What a signed-in user asks to do. The rules for each (docs/product.md, docs/access.md):
//
// | permission         | who                                                           |
// |--------------------|---------------------------------------------------------------|
// | ViewPupil          | nurse of the pupil's school; case team member with an active  |
// |                    | share of the pupil's case                                     |
// | ViewSchoolPupils   | nurse of the school (class overview, attention list, lists)   |
// | HandleFlags        | nurse of the pupil's school                                   |
// | RecordCaseAction   | nurse of the pupil's school; case team member with a share    |
// | ShareCase          | nurse of the pupil's school                                   |
// | ViewAccessLog      | nurse (views of her own schools' pupils)                      |
// | ManageUsers        | admin                                                         |
// | ManageSchools      | admin                                                         |
// | ManageInstruments  | admin                                                         |
// | ExportAuditLog     | admin                                                         |
// | ViewAggregates     | coordinator (all schools); welfare group and nurse (their     |
// |                    | schools)                                                      |
// | ImportRoster       | nurse (her schools); admin (any school, new ones too)         |
// | CreateRound        | nurse; admin                                                  |
// | RecordResponses    | nurse of the pupil's school                                   |
// | ErasePupil         | nurse of the pupil's school; admin                            |
// | ExportDatabase     | admin (backup, restore)                                       |
// | ViewSharedCases    | case team member (the cases shared with them)                 |
// | ViewMunicipality   | coordinator (figures of the whole municipality, not only of   |
// |                    | assigned schools)                                             |
// | ConfirmAccess      | nurse of the school (another account's new access to it);     |
// |                    | coordinator where the school has no nurse (AccessGrants)      |
// | ManageDevices      | admin (trust or revoke another installation)                  |
// | SendIdentified     | nurse of every school in the bundle (pupils' identified data, |
// |                    | to another installation's nurse: docs/bundles.md)             |
// | ReceiveIdentified  | nurse of every school in the bundle                           |
// | SendSummary        | nurse or welfare group (their schools); coordinator (any)     |
// | ReceiveSummary     | coordinator (counts only, never a pupil)                      |
//
// A one-time password set by the administrator allows nothing until its
// owner has changed it (PasswordChangeRequired).
//
// Before set-up (no account exists yet: a new database being filled for its
// first start) the first-start steps ImportRoster, CreateRound,
// RecordResponses, ErasePupil, ExportDatabase and ViewSchoolPupils are allowed
// to nobody (a SignedInUser with id 0): there is no one yet whose data it is
// to protect from. The first account ends this.
enum class Permission {
    ViewPupil,
    ViewSchoolPupils,
    HandleFlags,
    RecordCaseAction,
    ShareCase,
    ViewAccessLog,
    ManageUsers,
    ManageSchools,
    ManageInstruments,
    ExportAuditLog,
    ViewAggregates,
    ImportRoster,
    CreateRound,
    RecordResponses,
    ErasePupil,
    ExportDatabase,
    ViewSharedCases,
    ViewMunicipality,
    ConfirmAccess, // a second person confirms a new account's access to a school
    ManageDevices,
    SendIdentified,
    ReceiveIdentified,
    SendSummary,
    ReceiveSummary,
};
QString permissionId(Permission permission); // view_pupil, view_school_pupils, ...

// Whom a list query may cover: the schools of a nurse (or welfare group), or the
// pupils whose cases are shared with a case team member, or everything.
struct AccessScope
{
    bool everything = false;
    QList<qint64> schoolIds;
    QList<qint64> pupilIds;
};

// The one place that decides what a signed-in user may read and change. Every
// query in db/ that returns identified data asks it first. The user is read
// again from the database each time (role, schools, shares, whether the account
// is active), so a stale or hand-made SignedInUser gains nothing.
class AccessRules
{
public:
    explicit AccessRules(QSqlDatabase& db) : m_db(db) {}

    // Whether the role may do this at all, before any school or pupil is considered.
    static bool roleMay(Role role, Permission permission);
    // What the user's role may do, for offering pages and buttons. Nothing is
    // read: every service checks again, against the database, when it is used.
    static bool allows(const SignedInUser& user, Permission permission);
    // No account exists yet (see the table above).
    bool beforeSetup();

    // The user as the database knows them now; refused when the account does
    // not exist, is deactivated or has another role than `user` claims.
    Outcome<SignedInUser> current(const SignedInUser& user);

    // Role-only permissions (ManageUsers, ExportAuditLog, ...). Nothing: allowed.
    std::optional<Refusal> check(const SignedInUser& user, Permission permission);
    // A permission on one pupil's identified data. For a user bound to schools
    // or shares, a pupil out of reach and one that does not exist get the same
    // refusal, so asking by id tells nothing about other schools.
    std::optional<Refusal> checkPupil(const SignedInUser& user, Permission permission,
                                      qint64 pupilId);
    // For a record asked for by id (a result, an action, a share) that belongs
    // to `pupilId`, or nullopt when there is no such record: the role is checked
    // before anything is looked up, and a record out of the user's reach is
    // refused as `missing`, the answer for one that does not exist.
    std::optional<Refusal> checkRecord(const SignedInUser& user, Permission permission,
                                       std::optional<qint64> pupilId, const Refusal& missing);
    // A permission on a school's pupils (schoolId 0 with ViewAggregates: the municipality).
    std::optional<Refusal> checkSchool(const SignedInUser& user, Permission permission,
                                       qint64 schoolId);
    // What a list query under `permission` may cover for this user.
    Outcome<AccessScope> scope(const SignedInUser& user, Permission permission);

private:
    // The account as now (current()), refused when its role may not do this at all.
    Outcome<SignedInUser> allowedRole(const SignedInUser& user, Permission permission);
    // Nobody (id 0) doing a first-start step on a database without accounts.
    bool firstStartStep(const SignedInUser& user, Permission permission);
    QList<qint64> schoolsOf(qint64 userId);
    QList<qint64> sharedPupilsOf(qint64 userId);
    std::optional<qint64> schoolOfPupil(qint64 pupilId);

    QSqlDatabase& m_db;
};

} // namespace signaali::db
