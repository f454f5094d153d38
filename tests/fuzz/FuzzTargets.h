#pragma once

#include <QByteArray>

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

} // namespace signaali::fuzz
