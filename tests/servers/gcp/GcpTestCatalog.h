// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed catalog of the GCP test server: regions with zones, machine types (GPU types carry
// "accelerators") and the public images of debian-cloud and ubuntu-os-cloud, shaped as the
// Compute API v1 returns them (compare /work/shared/reference/api-examples/gcp-compute/).
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Barista {

class GcpTestCatalog
{
public:
    static QStringList regionNames();
    static QStringList zoneNames(const QString& region);
    static QStringList publicImageProjects();
    // Resources keyed by their path "projects/{p}/..." (without the API base), given the
    // project and the selfLink base ("http://host:port/compute/v1/").
    static QList<QPair<QString, QJsonObject>> resources(const QString& project, const QString& base);
};

} // namespace Barista
