// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Barista::Test {

/// The secret values of tests/data/test-secrets.txt by name: the credentials scan searches every
/// test output and file for exactly these, so a test that hands a secret to the code under test
/// takes it from here. Fails the calling test (QFAIL-like message, empty value) for an unknown name.
class TestSecrets
{
public:
    static QString value(const QString& name);
};

} // namespace Barista::Test
