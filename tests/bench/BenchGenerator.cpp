// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchGenerator.h"

#include "models/catalog/RegionCatalog.h"

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QList>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace Barista::Bench {

namespace {

/// Per-provider shares from CB-Tumblebug's catalog dump (assets.dump.gz.info, 2026-08-21):
/// specs, images, the share of specs with a price. (SkyPilot's layout has no currency column:
/// every generated price is in USD, the layout's currency.)
struct Share
{
    const char* provider;
    double specs;
    double images;
    double priced;
    const char* currency;
    bool spot;
};
constexpr Share SHARES[] = {
    { "aws", 21207, 200523, 0.98, "USD", true },
    { "azure", 46176, 850, 0.94, "USD", true },
    { "gcp", 11946, 245, 0.91, "USD", true },
    { "alibaba", 4999, 401, 0.92, "USD", true },
    { "tencent", 2942, 149, 1.00, "USD", true },
    { "ibm", 2002, 761, 0.97, "USD", false },
    { "ncp", 393, 67, 0.45, "USD", false },
    { "kt", 220, 31, 0.14, "KRW", false },
    { "nhn", 71, 127, 0.92, "KRW", false },
    { "openstack", 6, 7, 0.0, "USD", false },
};

struct Shape
{
    QByteArray name;
    int vcpu = 0;
    double memory = 0;
    QByteArray gpu;
    int gpus = 0;
    double gpuMemory = 0; ///< per GPU, GiB
    QByteArray arch = "x86_64";
};

double gpuPrice(const QByteArray& gpu)
{
    static const QHash<QByteArray, double> prices = { { "T4", 0.35 }, { "A10G", 0.75 }, { "A10", 0.7 }, { "L4", 0.6 },
        { "V100", 2.5 }, { "A100", 3.4 }, { "H100", 9.8 } };
    return prices.value(gpu, 1.0);
}

double gpuMemory(const QByteArray& gpu)
{
    static const QHash<QByteArray, double> sizes
        = { { "T4", 16 }, { "A10G", 24 }, { "A10", 24 }, { "L4", 24 }, { "V100", 16 }, { "A100", 40 }, { "H100", 80 } };
    return sizes.value(gpu, 16);
}

void add(QList<Shape>& shapes, const QByteArray& name, int vcpu, double memPerVcpu, const QByteArray& gpu = {},
    const QByteArray& arch = "x86_64")
{
    Shape shape { name, vcpu, vcpu * memPerVcpu, gpu, 0, 0, arch };
    if (!gpu.isEmpty()) {
        shape.gpus = std::clamp(vcpu / 12, 1, 8);
        shape.gpuMemory = gpuMemory(gpu);
    }
    shapes.append(shape);
}

QByteArray num(int value)
{
    return QByteArray::number(value);
}

/// Instance names in each provider's own scheme.
QList<Shape> shapesOf(const QByteArray& provider)
{
    QList<Shape> shapes;
    const QList<std::pair<QByteArray, int>> sizes
        = { { "large", 2 }, { "xlarge", 4 }, { "2xlarge", 8 }, { "4xlarge", 16 }, { "8xlarge", 32 }, { "12xlarge", 48 },
              { "16xlarge", 64 }, { "24xlarge", 96 }, { "48xlarge", 192 } };
    const QList<int> counts = { 1, 2, 4, 8, 12, 16, 20, 24, 32, 48, 64, 72, 96, 128, 192 };
    if (provider == "aws") {
        const QHash<char, double> ratio = { { 'm', 4 }, { 'c', 2 }, { 'r', 8 }, { 't', 4 }, { 'i', 8 }, { 'x', 16 },
            { 'z', 8 }, { 'd', 8 }, { 'g', 4 }, { 'p', 8 } };
        for (const char letter : QByteArray("mcrtixzdgp")) {
            for (int gen = 4; gen <= 8; ++gen) {
                for (const char* attr : { "", "a", "i", "g", "d", "n", "gd", "id", "in", "gn", "zn", "dn" }) {
                    QByteArray gpu;
                    if (letter == 'g')
                        gpu = gen == 4 ? "T4" : gen == 5 ? "A10G" : "L4";
                    else if (letter == 'p')
                        gpu = gen == 4 ? "A100" : gen >= 5 ? "H100" : "V100";
                    const QByteArray arch = QByteArray(attr).contains('g') ? "arm64" : "x86_64";
                    for (const auto& [size, vcpu] : sizes)
                        add(shapes, letter + num(gen) + attr + '.' + size, vcpu, ratio.value(letter), gpu, arch);
                }
            }
        }
    } else if (provider == "azure") {
        const QList<std::pair<QByteArray, double>> series = { { "A", 2 }, { "B", 4 }, { "D", 4 }, { "E", 8 },
            { "F", 2 }, { "L", 8 }, { "M", 28 }, { "NC", 7 }, { "ND", 20 }, { "NV", 14 }, { "H", 4 } };
        for (const auto& [letters, ratio] : series) {
            for (const char* suffix : { "s_v3", "s_v4", "s_v5", "as_v5", "ds_v5", "ps_v5", "ads_v5", "_v2", "ms",
                     "ls_v3", "ads_A100_v4", "s_v6", "ds_v6" }) {
                const QByteArray tail(suffix);
                QByteArray gpu;
                if (letters == "NC")
                    gpu = tail.contains("A100") ? "A100" : "T4";
                else if (letters == "ND")
                    gpu = "H100";
                else if (letters == "NV")
                    gpu = "A10";
                for (const int vcpu : counts)
                    add(shapes, "Standard_" + letters + num(vcpu) + tail, vcpu, ratio, gpu,
                        tail.startsWith('p') ? "arm64" : "x86_64");
            }
        }
    } else if (provider == "gcp") {
        for (const char* family : { "e2", "n1", "n2", "n2d", "n4", "c2", "c2d", "c3", "c3d", "c4", "c4a", "t2d", "t2a",
                 "m1", "m3", "a2", "a3", "g2" }) {
            const QByteArray f(family);
            const QByteArray gpu = f == "a2" ? "A100" : f == "a3" ? "H100" : f == "g2" ? "L4" : QByteArray();
            const QByteArray arch = f == "t2a" || f == "c4a" ? "arm64" : "x86_64";
            for (const auto& [kind, ratio] :
                { std::pair { "standard", 4.0 }, std::pair { "highmem", 8.0 }, std::pair { "highcpu", 1.0 } }) {
                for (const int vcpu : counts)
                    add(shapes, f + '-' + kind + '-' + num(vcpu), vcpu, ratio, gpu, arch);
            }
        }
    } else if (provider == "alibaba") {
        for (const char* family : { "g5", "g6", "g6e", "g7", "g7a", "g8i", "g8y", "c5", "c6", "c7", "c8y", "r6", "r7",
                 "r8y", "hfg7", "gn6i", "gn6v", "gn7i", "gn7e" }) {
            const QByteArray f(family);
            const QByteArray gpu = f == "gn6i" ? "T4"
                : f == "gn6v"                  ? "V100"
                : f == "gn7i"                  ? "A10"
                : f == "gn7e"                  ? "A100"
                                               : "";
            for (const auto& [size, vcpu] : sizes)
                add(shapes, "ecs." + f + '.' + size, vcpu,
                    f.startsWith('r')       ? 8
                        : f.startsWith('c') ? 2
                                            : 4,
                    gpu, f.endsWith('y') ? "arm64" : "x86_64");
        }
    } else if (provider == "tencent") {
        for (const char* family : { "S5", "S6", "SA2", "SA3", "SR1", "M5", "C5", "C6", "GN7", "GN10X", "PNV4" }) {
            const QByteArray f(family);
            const QByteArray gpu = f == "GN7" ? "T4" : f == "GN10X" ? "V100" : f == "PNV4" ? "A10" : "";
            const double ratio = f.startsWith('M') ? 8 : f.startsWith('C') ? 2 : 4;
            for (const auto& [size, vcpu] :
                { std::pair { "MEDIUM", 2 }, std::pair { "LARGE", 4 }, std::pair { "2XLARGE", 8 },
                    std::pair { "4XLARGE", 16 }, std::pair { "8XLARGE", 32 }, std::pair { "16XLARGE", 64 } })
                add(shapes, f + '.' + size + num(static_cast<int>(vcpu * ratio)), vcpu, ratio, gpu,
                    f == "SR1" ? "arm64" : "x86_64");
        }
    } else if (provider == "ibm") {
        for (const char* family : { "bx2", "cx2", "mx2", "bx3d", "cx3d", "mx3d", "gx2", "gx3", "ux2d", "vx2d" }) {
            const QByteArray f(family);
            const double ratio = f.startsWith('c') ? 2 : f.startsWith('m') ? 8 : f.startsWith('u') ? 28 : 4;
            for (const int vcpu : counts)
                add(shapes, f + '-' + num(vcpu) + 'x' + num(static_cast<int>(vcpu * ratio)), vcpu, ratio,
                    f == "gx2"       ? "V100"
                        : f == "gx3" ? "L4"
                                     : "");
        }
    } else if (provider == "ncp") {
        for (const char* family : { "c", "s", "m", "ci", "mi" }) {
            for (const int vcpu : counts) {
                add(shapes, family + num(vcpu) + "-g3", vcpu, 4);
                add(shapes, family + num(vcpu) + "-g3a", vcpu, 4);
            }
        }
    } else if (provider == "kt") {
        for (const int vcpu : counts) {
            for (const int ratio : { 1, 2, 4, 8 })
                add(shapes, num(vcpu) + 'x' + num(vcpu * ratio) + ".itl", vcpu, ratio);
        }
    } else if (provider == "nhn") {
        for (const char* family : { "m2", "c2", "r2", "x1", "t2", "g2.t4", "g2.v100" }) {
            const QByteArray f(family);
            for (const int vcpu : counts)
                add(shapes, f + ".c" + num(vcpu) + 'm' + num(vcpu * 4), vcpu, 4,
                    f == "g2.t4"         ? "T4"
                        : f == "g2.v100" ? "V100"
                                         : "");
        }
    } else {
        for (const auto& [size, vcpu] : { std::pair { "tiny", 1 }, std::pair { "small", 1 }, std::pair { "medium", 2 },
                 std::pair { "large", 4 }, std::pair { "xlarge", 8 } })
            add(shapes, QByteArray("m1.") + size, vcpu, 2);
    }
    return shapes;
}

struct Os
{
    const char* name;
    const char* version;
};
constexpr Os OPERATING_SYSTEMS[] = {
    { "ubuntu", "20.04" },
    { "ubuntu", "22.04" },
    { "ubuntu", "24.04" },
    { "debian", "11" },
    { "debian", "12" },
    { "rhel", "8.10" },
    { "rhel", "9.4" },
    { "rocky", "9.4" },
    { "almalinux", "9.4" },
    { "amzn2", "2" },
    { "al2023", "2023" },
    { "windows", "2019" },
    { "windows", "2022" },
    { "windows", "2025" },
    { "sles", "15-sp6" },
    { "centos", "7" },
};
constexpr const char* FLAVORS[] = { "server", "minimal", "gpu-nvidia", "k8s-node", "pro" };
constexpr const char* PRODUCTS[] = { "firewall", "database", "analytics", "vpn", "waf", "siem", "nginx", "wordpress",
    "gitlab", "jenkins", "kafka", "redis", "postgres", "mongodb", "splunk", "backup", "sftp", "ldap", "mail", "cms",
    "erp", "crm", "ml-studio", "jupyter", "spark", "hadoop", "elastic", "grafana", "vault", "tableau" };
constexpr int OS_BUILDS = 16 * 2 * 5 * 260;

/// The k-th image name of a provider, with its OS and version.
QByteArray imageName(const QByteArray& provider, quint64 k, QByteArray* os, QByteArray* version)
{
    if (k < OS_BUILDS) {
        const Os& system = OPERATING_SYSTEMS[k % 16];
        const QByteArray arch = (k / 16) % 2 ? "arm64" : "amd64";
        const QByteArray flavor = FLAVORS[(k / 32) % 5];
        const QByteArray date = QDate(2021, 1, 4)
                                    .addDays(7 * static_cast<qint64>(k / 160))
                                    .toString(QStringLiteral("yyyyMMdd"))
                                    .toLatin1();
        *os = system.name;
        *version = system.version;
        if (provider == "aws")
            return *os + "/images/hvm-ssd/" + *os + '-' + *version + '-' + arch + '-' + flavor + '-' + date;
        if (provider == "azure")
            return "Publisher-" + *os + ':' + *os + '-' + *version + ':' + flavor + '-' + arch + ':' + *version + '.'
                + date;
        if (provider == "gcp")
            return *os + '-' + QByteArray(*version).replace('.', "") + '-' + arch + '-' + flavor + "-v" + date;
        return *os + '-' + *version + '-' + arch + '-' + flavor + '-' + date;
    }
    // Marketplace products: vendor, product, version.
    const quint64 m = k - OS_BUILDS;
    *os = "linux";
    *version = QByteArray::number(m % 7 + 1) + '.' + QByteArray::number((m / 7) % 10);
    return "marketplace/vendor" + QByteArray::number(m / 2100) + '-' + PRODUCTS[(m / 70) % 30] + "-v" + *version + '-'
        + QByteArray::number(m % 70);
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

BenchGenerator::BenchGenerator(quint64 seed)
    : m_state(seed)
{
}

quint64 BenchGenerator::next()
{
    // splitmix64: tiny, fast and the same on every platform.
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double BenchGenerator::uniform()
{
    return static_cast<double>(next() >> 11) / static_cast<double>(1ULL << 53);
}

GeneratedCatalog BenchGenerator::generate(const QString& dir, qint64 specs, qint64 images)
{
    GeneratedCatalog result;
    double specTotal = 0;
    double imageTotal = 0;
    for (const Share& share : SHARES) {
        specTotal += share.specs;
        imageTotal += share.images;
    }
    const RegionCatalog& catalog = RegionCatalog::bundled();
    // Smallest share first: a provider with too few distinct (spec, region, zone) triples for its
    // share leaves the rest to the bigger ones, so the totals are exactly what was asked.
    QList<Share> order(std::begin(SHARES), std::end(SHARES));
    std::sort(order.begin(), order.end(), [](const Share& a, const Share& b) { return a.specs < b.specs; });
    double specShareLeft = specTotal;
    double imageShareLeft = imageTotal;
    qint64 specsLeft = specs;
    qint64 imagesLeft = images;
    for (const Share& share : std::as_const(order)) {
        const QByteArray provider(share.provider);
        const QList<RegionInfo> regions = catalog.regions(QString::fromLatin1(provider));
        QDir().mkpath(dir + QLatin1Char('/') + QLatin1String(provider));

        // Specs: (shape, region, zone) triples without repeats.
        const QList<Shape> shapes = shapesOf(provider);
        const qint64 specRows = std::llround(specsLeft * share.specs / specShareLeft);
        specShareLeft -= share.specs;
        QFile vms(dir + QLatin1Char('/') + QLatin1String(provider) + QStringLiteral("/vms.csv"));
        if (!vms.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(vms.fileName()));
        vms.write("InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,"
                  "AvailabilityZone,Arch\n");
        QSet<quint64> used;
        qsizetype capacity = 0;
        for (const RegionInfo& region : regions)
            capacity += shapes.size() * std::max<qsizetype>(1, region.zones.size());
        for (qint64 row = 0; row < specRows;) {
            const int shapeIndex = static_cast<int>(next() % shapes.size());
            const int regionIndex = static_cast<int>(next() % regions.size());
            const RegionInfo& region = regions.at(regionIndex);
            const int zoneIndex = region.zones.isEmpty() ? 0 : static_cast<int>(next() % region.zones.size());
            const quint64 key = (quint64(shapeIndex) << 32) | (quint64(regionIndex) << 8) | quint64(zoneIndex);
            if (used.contains(key)) {
                if (used.size() >= capacity)
                    break; // every combination is taken (tiny providers)
                continue;
            }
            used.insert(key);
            const Shape& shape = shapes.at(shapeIndex);
            const double regionFactor = 1.0 + 0.25 * ((qHash(region.name) % 100) / 100.0);
            double price = (0.021 * shape.vcpu + 0.0045 * shape.memory + gpuPrice(shape.gpu) * shape.gpus)
                * (shape.arch == "arm64" ? 0.8 : 1.0) * regionFactor * (0.97 + 0.06 * uniform());
            const bool priced = uniform() < share.priced;
            const QString gpuInfo = shape.gpu.isEmpty()
                ? QString()
                : QStringLiteral("\"{'Gpus': [{'Name': '%1', 'Count': %2, 'MemoryInfo': {'SizeInMiB': %3}}]}\"")
                      .arg(QLatin1String(shape.gpu))
                      .arg(shape.gpus)
                      .arg(static_cast<int>(shape.gpuMemory * 1024));
            const QString line
                = QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11\n")
                      .arg(QLatin1String(shape.name), QLatin1String(shape.gpu),
                          shape.gpus ? QString::number(shape.gpus) : QString(), QString::number(shape.vcpu),
                          fixed(shape.memory, 1), gpuInfo, priced ? fixed(price, 4) : QString(),
                          priced && share.spot ? fixed(price * (0.3 + 0.2 * uniform()), 4) : QString(), region.name)
                      .arg(region.zones.isEmpty() ? QString() : region.zones.at(zoneIndex).name,
                          QLatin1String(shape.arch));
            vms.write(line.toUtf8());
            ++row;
            ++result.specRows;
            --specsLeft;
        }
        result.bytes += vms.size();
        result.specFiles.append(vms.fileName());

        // Images: a name pool per provider (about twelve regions per name), skewed towards the
        // popular names, and a unique id per row.
        const qint64 imageRows = std::llround(imagesLeft * share.images / imageShareLeft);
        imageShareLeft -= share.images;
        imagesLeft -= imageRows;
        if (imageRows == 0)
            continue;
        const quint64 pool = std::max<quint64>(50, static_cast<quint64>(imageRows / 12));
        QFile csv(dir + QLatin1Char('/') + QLatin1String(provider) + QStringLiteral("/images.csv"));
        if (!csv.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(csv.fileName()));
        csv.write("Tag,Region,OS,OSVersion,ImageId,CreationDate,BaseImageId\n");
        QSet<quint64> names;
        for (qint64 row = 0; row < imageRows; ++row) {
            const quint64 k = static_cast<quint64>(pool * std::pow(uniform(), 1.5));
            names.insert(k);
            QByteArray os;
            QByteArray version;
            const QByteArray name = imageName(provider, k, &os, &version);
            const RegionInfo& region = regions.at(static_cast<int>(next() % regions.size()));
            // An odd multiplier is a bijection on 64 bits: every row gets its own id.
            const QByteArray id = (provider == "aws" ? "ami-" : "img-")
                + QByteArray::number((quint64(row) + 1) * 0x9E3779B97F4A7C15ULL, 16).rightJustified(17, '0');
            csv.write(name + ',' + region.name.toUtf8() + ',' + os + ',' + version + ',' + id + ",20240301,\n");
        }
        result.imageRows += imageRows;
        result.distinctImageNames += names.size();
        result.bytes += csv.size();
        result.imageFiles.append(csv.fileName());
    }
    return result;
}

} // namespace Barista::Bench
