// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/sim/SimSpecTable.h"

#include <QCryptographicHash>
#include <QHash>
#include <QUuid>

namespace Barista {

namespace {

struct SpecRow
{
    const char* name;
    int vcpu;
    double memoryGiB;
    double price; ///< per hour in the provider's currency; 0 = unknown
    const char* gpuModel = "";
    int gpuCount = 0;
    double gpuMemoryGiB = 0;
    const char* architecture = "x86_64";
};

struct ImageRow
{
    const char* name;
    const char* distribution;
    const char* version;
    const char* osType = "Linux";
    bool gpuReady = false;
    bool k8sReady = false;
    const char* architecture = "x86_64";
};

// Prices: on-demand Linux list prices of a reference region (us-east-1, eastus, us-central1,
// ap-northeast-1, ...), NHN and KT in KRW as their consoles quote them.
const QHash<QString, QList<SpecRow>>& specRows()
{
    static const QHash<QString, QList<SpecRow>> rows {
        { QStringLiteral("aws"),
            { { "t3.nano", 2, 0.5, 0.0052 }, { "t3.micro", 2, 1, 0.0104 }, { "t3.small", 2, 2, 0.0208 }, { "t3.medium", 2, 4, 0.0416 },
                { "t3.large", 2, 8, 0.0832 }, { "t4g.small", 2, 2, 0.0168, "", 0, 0, "arm64" },
                { "m5.large", 2, 8, 0.096 }, { "m5.xlarge", 4, 16, 0.192 }, { "c5.2xlarge", 8, 16, 0.34 },
                { "r5.large", 2, 16, 0.126 }, { "g4dn.xlarge", 4, 16, 0.526, "NVIDIA T4", 1, 16 } } },
        { QStringLiteral("azure"),
            { { "Standard_B1s", 1, 1, 0.0104 }, { "Standard_B1ms", 1, 2, 0.0207 }, { "Standard_B2s", 2, 4, 0.0416 },
                { "Standard_B2ms", 2, 8, 0.0832 }, { "Standard_D2s_v5", 2, 8, 0.096 },
                { "Standard_D4s_v5", 4, 16, 0.192 }, { "Standard_E2s_v5", 2, 16, 0.126 },
                { "Standard_F4s_v2", 4, 8, 0.169 }, { "Standard_NC4as_T4_v3", 4, 28, 0.526, "NVIDIA T4", 1, 16 } } },
        { QStringLiteral("gcp"),
            { { "g1-small", 1, 1.7, 0.0257 }, { "e2-micro", 2, 1, 0.00838 }, { "e2-small", 2, 2, 0.01675 }, { "e2-medium", 2, 4, 0.03351 },
                { "e2-standard-2", 2, 8, 0.06701 }, { "e2-standard-4", 4, 16, 0.13402 },
                { "n2-standard-2", 2, 8, 0.097118 }, { "n2-standard-4", 4, 16, 0.194236 },
                { "t2a-standard-2", 2, 8, 0.077, "", 0, 0, "arm64" },
                { "g2-standard-4", 4, 16, 0.70683, "NVIDIA L4", 1, 24 } } },
        { QStringLiteral("alibaba"),
            { { "ecs.t6-c1m1.large", 2, 2, 0 }, { "ecs.t6-c1m2.large", 2, 4, 0 }, { "ecs.c7.large", 2, 4, 0 },
                { "ecs.g7.large", 2, 8, 0.112 }, { "ecs.g7.xlarge", 4, 16, 0.223 }, { "ecs.g7.2xlarge", 8, 32, 0.446 },
                { "ecs.r7.large", 2, 16, 0 }, { "ecs.g6e.large", 2, 8, 0.12122 },
                { "ecs.gn6i-c4g1.xlarge", 4, 15, 0, "NVIDIA T4", 1, 16 } } },
        { QStringLiteral("tencent"),
            { { "S5.SMALL2", 1, 2, 0 }, { "S5.MEDIUM2", 2, 2, 0 }, { "S5.MEDIUM4", 2, 4, 0.03 },
                { "S5.LARGE8", 4, 8, 0 }, { "S5.2XLARGE16", 8, 16, 0 }, { "SA2.MEDIUM4", 2, 4, 0.04 },
                { "M5.MEDIUM16", 2, 16, 0 }, { "GN7.2XLARGE32", 8, 32, 0, "NVIDIA T4", 1, 16 } } },
        { QStringLiteral("ibm"),
            { { "cx2-2x4", 2, 4, 0.083 }, { "cx2-4x8", 4, 8, 0.166 }, { "bx2-2x8", 2, 8, 0.096 },
                { "bx2-4x16", 4, 16, 0.192 }, { "bx2-8x32", 8, 32, 0.384 }, { "mx2-2x16", 2, 16, 0.127 },
                { "gx2-8x64x1v100", 8, 64, 0, "NVIDIA V100", 1, 16 } } },
        { QStringLiteral("openstack"),
            { { "m1.tiny", 1, 0.5, 0 }, { "m1.small", 1, 2, 0 }, { "m1.medium", 2, 4, 0 }, { "m1.large", 4, 8, 0 },
                { "m1.xlarge", 8, 16, 0 } } },
        { QStringLiteral("ncp"),
            { { "c2-g3", 2, 4, 0 }, { "s2-g3", 2, 8, 0.0848 }, { "s4-g3", 4, 16, 0.1747 }, { "s8-g3", 8, 32, 0.3546 },
                { "s16-g3", 16, 64, 0.7151 }, { "m2-g3", 2, 16, 0.1172 }, { "m4-g3", 4, 32, 0.2403 } } },
        { QStringLiteral("nhn"),
            { { "t2.c1m1", 1, 1, 24 }, { "m2.c1m2", 1, 2, 43 }, { "m2.c2m4", 2, 4, 93 }, { "m2.c4m8", 4, 8, 196 },
                { "m2.c8m16", 8, 16, 399 }, { "c2.c2m2", 2, 2, 57 }, { "r2.c2m8", 2, 8, 128 },
                { "g2.t4.c4m32", 4, 32, 797, "NVIDIA T4", 1, 16 } } },
        { QStringLiteral("kt"),
            { { "1x1.itl", 1, 1, 31 }, { "1x2.itl", 1, 2, 53 }, { "2x4.itl", 2, 4, 107 }, { "2x8.itl", 2, 8, 137 },
                { "4x8.itl", 4, 8, 214 }, { "8x16.itl", 8, 16, 429 }, { "16x32.itl", 16, 32, 859 } } },
    };
    return rows;
}

const QHash<QString, QList<ImageRow>>& imageRows()
{
    static const QHash<QString, QList<ImageRow>> rows {
        { QStringLiteral("aws"),
            { { "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301", "Ubuntu", "22.04" },
                { "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240423", "Ubuntu", "24.04" },
                { "al2023-ami-2023.4.20240401.1-kernel-6.1-x86_64", "Amazon Linux", "2023", "Linux", false, true },
                { "Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 22.04) 20240410", "Ubuntu", "22.04", "Linux",
                    true },
                { "Windows_Server-2022-English-Full-Base-2024.04.10", "Windows Server", "2022", "Windows" } } },
        { QStringLiteral("azure"),
            { { "Canonical:0001-com-ubuntu-server-jammy:22_04-lts-gen2:latest", "Ubuntu", "22.04" },
                { "Canonical:ubuntu-24_04-lts:server:latest", "Ubuntu", "24.04" },
                { "Debian:debian-12:12-gen2:latest", "Debian", "12" },
                { "RedHat:RHEL:9-lvm-gen2:latest", "Red Hat Enterprise Linux", "9" },
                { "MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition:latest", "Windows Server", "2022",
                    "Windows" } } },
        { QStringLiteral("gcp"),
            { { "projects/ubuntu-os-cloud/global/images/ubuntu-2204-jammy-v20240319", "Ubuntu", "22.04" },
                { "projects/ubuntu-os-cloud/global/images/ubuntu-2404-noble-amd64-v20240423", "Ubuntu", "24.04" },
                { "projects/debian-cloud/global/images/debian-12-bookworm-v20240312", "Debian", "12" },
                { "projects/rocky-linux-cloud/global/images/rocky-linux-9-v20240312", "Rocky Linux", "9" },
                { "projects/cos-cloud/global/images/cos-109-17800-147-15", "Container-Optimized OS", "109", "Linux",
                    false, true } } },
        { QStringLiteral("alibaba"),
            { { "ubuntu_22_04_x64_20G_alibase_20240220.vhd", "Ubuntu", "22.04" },
                { "ubuntu_24_04_x64_20G_alibase_20240710.vhd", "Ubuntu", "24.04" },
                { "aliyun_3_x64_20G_alibase_20240528.vhd", "Alibaba Cloud Linux", "3" },
                { "debian_12_5_x64_20G_alibase_20240403.vhd", "Debian", "12.5" },
                { "rockylinux_9_3_x64_20G_alibase_20240103.vhd", "Rocky Linux", "9.3" } } },
        { QStringLiteral("tencent"),
            { { "Ubuntu Server 22.04 LTS 64bit", "Ubuntu", "22.04" },
                { "Ubuntu Server 20.04 LTS 64bit", "Ubuntu", "20.04" },
                { "TencentOS Server 3.1 (TK4)", "TencentOS Server", "3.1" }, { "Debian 12.0 64bit", "Debian", "12" },
                { "CentOS 7.9 64bit", "CentOS", "7.9" } } },
        { QStringLiteral("ibm"),
            { { "ibm-ubuntu-22-04-4-minimal-amd64-1", "Ubuntu", "22.04" },
                { "ibm-ubuntu-24-04-minimal-amd64-1", "Ubuntu", "24.04" },
                { "ibm-debian-12-5-minimal-amd64-1", "Debian", "12.5" },
                { "ibm-redhat-9-4-minimal-amd64-1", "Red Hat Enterprise Linux", "9.4" },
                { "ibm-rocky-linux-9-3-minimal-amd64-1", "Rocky Linux", "9.3" } } },
        { QStringLiteral("openstack"),
            { { "ubuntu-22.04-server-cloudimg-amd64", "Ubuntu", "22.04" },
                { "ubuntu-24.04-server-cloudimg-amd64", "Ubuntu", "24.04" },
                { "Rocky-9-GenericCloud-Base", "Rocky Linux", "9" },
                { "cirros-0.6.2-x86_64-disk", "CirrOS", "0.6.2" } } },
        { QStringLiteral("ncp"),
            { { "SW.VSVR.OS.LNX64.UBNTU.SVR2204.B050", "Ubuntu", "22.04" },
                { "SW.VSVR.OS.LNX64.UBNTU.SVR2004.B050", "Ubuntu", "20.04" },
                { "SW.VSVR.OS.LNX64.ROCKY.0810.B050", "Rocky Linux", "8.10" },
                { "SW.VSVR.OS.WND64.WND.SVR2019EN.B100", "Windows Server", "2019", "Windows" } } },
        { QStringLiteral("nhn"),
            { { "Ubuntu Server 22.04.4 LTS (2024.05.21)", "Ubuntu", "22.04" },
                { "Ubuntu Server 20.04.6 LTS (2024.05.21)", "Ubuntu", "20.04" },
                { "Rocky Linux 8.9 (2024.05.21)", "Rocky Linux", "8.9" },
                { "Debian 12.5 Bookworm (2024.05.21)", "Debian", "12.5" },
                { "Windows 2022 STD (2024.05.21) EN", "Windows Server", "2022", "Windows" } } },
        { QStringLiteral("kt"),
            { { "Ubuntu 22.04 64bit", "Ubuntu", "22.04" }, { "Ubuntu 20.04 64bit", "Ubuntu", "20.04" },
                { "Rocky 8.10 64bit", "Rocky Linux", "8.10" }, { "CentOS 7.9 64bit", "CentOS", "7.9" } } },
    };
    return rows;
}

QString hexDigest(const QString& text, int length)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex()).left(length);
}

/// Image ids look like the provider's and differ per region where the provider's do (AMIs).
QString imageId(const QString& provider, const QString& region, const QString& name)
{
    const QString key = provider + QLatin1Char('|') + region + QLatin1Char('|') + name;
    if (provider == QLatin1String("aws"))
        return QStringLiteral("ami-") + hexDigest(key, 17);
    if (provider == QLatin1String("azure") || provider == QLatin1String("gcp") || provider == QLatin1String("alibaba")
        || provider == QLatin1String("ncp"))
        return name; // URNs, self links, image file names and product codes are the ids
    if (provider == QLatin1String("tencent"))
        return QStringLiteral("img-") + hexDigest(key, 8);
    const QUuid uuid = QUuid::createUuidV5(QUuid(), key);
    if (provider == QLatin1String("ibm"))
        return QStringLiteral("r006-") + uuid.toString(QUuid::WithoutBraces);
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

QList<SpecInfo> SimSpecTable::specs(const QString& provider, const QString& region)
{
    QList<SpecInfo> out;
    for (const SpecRow& row : specRows().value(provider)) {
        SpecInfo spec;
        spec.provider = provider;
        spec.region = region;
        spec.name = QString::fromLatin1(row.name);
        spec.vcpu = row.vcpu;
        spec.memoryGiB = row.memoryGiB;
        spec.architecture = QString::fromLatin1(row.architecture);
        spec.gpuModel = QString::fromLatin1(row.gpuModel);
        spec.gpuCount = row.gpuCount;
        spec.gpuMemoryGiB = row.gpuMemoryGiB;
        if (row.price > 0)
            spec.costPerHour = row.price;
        spec.currency = currency(provider);
        out.append(spec);
    }
    return out;
}

std::optional<SpecInfo> SimSpecTable::spec(const QString& provider, const QString& region, const QString& name)
{
    // ARM treats VM size names case-insensitively ("standard_b1s" is Standard_B1s); the others do not.
    const Qt::CaseSensitivity cs = provider == QLatin1String("azure") ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const SpecInfo& spec : specs(provider, region)) {
        if (spec.name.compare(name, cs) == 0)
            return spec;
    }
    return std::nullopt;
}

QList<ImageInfo> SimSpecTable::images(const QString& provider, const QString& region)
{
    QList<ImageInfo> out;
    for (const ImageRow& row : imageRows().value(provider)) {
        ImageInfo image;
        image.provider = provider;
        image.region = region;
        image.name = QString::fromLatin1(row.name);
        image.id = imageId(provider, region, image.name);
        image.osType = QString::fromLatin1(row.osType);
        image.osDistribution = QString::fromLatin1(row.distribution);
        image.osVersion = QString::fromLatin1(row.version);
        image.architecture = QString::fromLatin1(row.architecture);
        image.gpuReady = row.gpuReady;
        image.k8sReady = row.k8sReady;
        out.append(image);
    }
    return out;
}

QList<PriceInfo> SimSpecTable::prices(const QString& provider, const QString& region)
{
    QList<PriceInfo> out;
    for (const SpecInfo& spec : specs(provider, region)) {
        if (!spec.costPerHour)
            continue;
        PriceInfo price;
        price.provider = provider;
        price.region = region;
        price.productId = spec.name;
        price.pricePerHour = spec.costPerHour;
        price.currency = spec.currency;
        out.append(price);
    }
    return out;
}

QStringList SimSpecTable::diskTypes(const QString& provider)
{
    static const QHash<QString, QStringList> types {
        { QStringLiteral("aws"),
            { QStringLiteral("gp3"), QStringLiteral("gp2"), QStringLiteral("standard"), QStringLiteral("io1"),
                QStringLiteral("io2"), QStringLiteral("st1"), QStringLiteral("sc1") } },
        { QStringLiteral("azure"),
            { QStringLiteral("PremiumSSD"), QStringLiteral("StandardSSD"), QStringLiteral("StandardHDD") } },
        { QStringLiteral("gcp"),
            { QStringLiteral("pd-balanced"), QStringLiteral("pd-standard"), QStringLiteral("pd-ssd"),
                QStringLiteral("pd-extreme") } },
        { QStringLiteral("alibaba"),
            { QStringLiteral("cloud_essd"), QStringLiteral("cloud_efficiency"), QStringLiteral("cloud"),
                QStringLiteral("cloud_ssd") } },
        { QStringLiteral("tencent"),
            { QStringLiteral("CLOUD_PREMIUM"), QStringLiteral("CLOUD_SSD"), QStringLiteral("CLOUD_HSSD"),
                QStringLiteral("CLOUD_BASIC"), QStringLiteral("CLOUD_TSSD") } },
        { QStringLiteral("ibm"),
            { QStringLiteral("general-purpose"), QStringLiteral("5iops-tier"), QStringLiteral("10iops-tier"),
                QStringLiteral("sdp") } },
        { QStringLiteral("openstack"), { QStringLiteral("default") } },
        { QStringLiteral("ncp"), { QStringLiteral("SSD"), QStringLiteral("HDD") } },
        { QStringLiteral("nhn"), { QStringLiteral("General_SSD"), QStringLiteral("General_HDD") } },
        { QStringLiteral("kt"), { QStringLiteral("SSD"), QStringLiteral("HDD") } },
    };
    return types.value(provider, { QStringLiteral("default") });
}

QString SimSpecTable::defaultVmUser(const QString& provider)
{
    Q_UNUSED(provider)
    return QStringLiteral("cb-user");
}

QString SimSpecTable::defaultClusterVersion(const QString& provider)
{
    static const QHash<QString, QString> versions {
        { QStringLiteral("aws"), QStringLiteral("1.30") },
        { QStringLiteral("azure"), QStringLiteral("1.30.3") },
        { QStringLiteral("gcp"), QStringLiteral("1.30.5-gke.1014001") },
        { QStringLiteral("alibaba"), QStringLiteral("1.30.1-aliyun.1") },
        { QStringLiteral("tencent"), QStringLiteral("1.30.0") },
        { QStringLiteral("ibm"), QStringLiteral("1.30.4") },
        { QStringLiteral("nhn"), QStringLiteral("v1.30.3") },
        { QStringLiteral("ncp"), QStringLiteral("1.29.9") },
    };
    return versions.value(provider, QStringLiteral("1.30"));
}

QString SimSpecTable::currency(const QString& provider)
{
    return provider == QLatin1String("nhn") || provider == QLatin1String("kt") ? QStringLiteral("KRW")
                                                                               : QStringLiteral("USD");
}

} // namespace Barista
