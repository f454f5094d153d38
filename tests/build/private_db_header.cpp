// Must not compile: db/store/ is db/'s implementation, not its public face.
#include "db/store/PupilStore.h"

int probePrivateDbHeader()
{
    return sizeof(signaali::db::PupilStore) > 0 ? 0 : 1;
}
