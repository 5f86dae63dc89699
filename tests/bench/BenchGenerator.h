// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Barista::Bench {

struct GeneratedCatalog
{
    QStringList specFiles; ///< SkyPilot vms.csv layout, one per provider: <dir>/<provider>/vms.csv
    QStringList imageFiles; ///< SkyPilot images.csv layout, one per provider
    qint64 specRows = 0;
    qint64 imageRows = 0;
    qint64 distinctImageNames = 0;
    qint64 bytes = 0;
};

/// A deterministic generator of a realistic large catalog: the real provider, region and zone
/// names of the bundled catalog, the per-provider shares of CB-Tumblebug's full catalog dump
/// (assets.dump.gz.info: Azure and AWS hold most specs, AWS almost all images), instance names in
/// each provider's own naming scheme, GPU, ARM and unknown-price shares as the dump reports them,
/// and image names that repeat across regions as public images do. Same seed, same bytes.
class BenchGenerator
{
public:
    explicit BenchGenerator(quint64 seed = 0x2026'0822ULL);
    GeneratedCatalog generate(const QString& dir, qint64 specs, qint64 images);

private:
    quint64 next();
    double uniform();

    quint64 m_state;
};

} // namespace Barista::Bench
