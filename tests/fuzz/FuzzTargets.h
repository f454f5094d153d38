#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// What each libFuzzer harness does with one input, shared with
// tst_fuzzregressions, which runs every input a harness once crashed on
// (tests/data/fuzz/<harness>/) in the normal suite. Each returns normally for
// any input; a crash or a sanitizer report is the finding.
namespace signaali::fuzz {

void instrument(const QByteArray& json); // an instrument definition file
void answers(const QByteArray& json);    // an answers file for `score`
void roster(const QByteArray& bytes);    // a class list
void wording(const QByteArray& json);    // an official wording file
void keyHeader(const QByteArray& bytes); // the key area of an encrypted database
void bundle(const QByteArray& bytes);    // a bundle file from another installation

// A bundle of `records` under the harness's fixed sender and recipient keys,
// which the harness opens as far as the content: how its seeds are made.
QByteArray bundleSeed(const QList<QByteArray>& records, const QString& kind);
// How many records the harness reads from `bytes` to the end; -1 when it stops early.
qint64 bundleRecordsRead(const QByteArray& bytes);

} // namespace signaali::fuzz
