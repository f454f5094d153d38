#pragma once

#include "core/Instrument.h"
#include "db/Outcome.h"

#include <QSqlDatabase>
#include <functional>

namespace signaali::db {

struct DemoOptions
{
    int pupils = 1000;
    int rounds = 2;
    quint32 seed = 1;
    double responseRate = 0.93;
    int batchSize = 2000; // questionnaires per commit
};

struct DemoSummary
{
    int schools = 0;
    int classes = 0;
    int pupils = 0;
    int rounds = 0;
    int questionnaires = 0;
    double seconds = 0;
};

// Builds a realistic synthetic municipality: schools of grades 7-9, classes of
// about 20, pupils with made-up names, and one signaali-youth questionnaire per
// pupil and round with plausible answers. Each pupil has a baseline burden;
// some pupils and some whole classes drift worse from round to round.
class DemoGenerator
{
public:
    DemoGenerator(QSqlDatabase& db, const Instrument& instrument)
        : m_db(db), m_instrument(instrument)
    {
    }
    // `progress` is called after each committed batch with questionnaires stored so far.
    Outcome<DemoSummary> generate(const DemoOptions& options,
                                  const std::function<void(int)>& progress = {});

private:
    QSqlDatabase& m_db;
    const Instrument& m_instrument;
};

} // namespace signaali::db
