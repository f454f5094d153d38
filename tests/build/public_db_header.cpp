// Must compile: db/access/AccessRules.h is part of db/'s public face.
#include "db/access/AccessRules.h"

int probePublicDbHeader()
{
    return signaali::db::permissionId(signaali::db::Permission::ViewPupil).isEmpty() ? 1 : 0;
}
