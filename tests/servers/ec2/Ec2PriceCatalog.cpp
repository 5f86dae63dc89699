// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2PriceCatalog.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>

namespace Barista {

namespace {

// skypilot-org/skypilot-catalog, catalogs/v8/aws/vms.csv at 00148f2af3672e2229b4f7bf8157d5a3f36e3c35
// (generated from AWS's public price list; copy in ../shared/reference/skypilot-catalog/v8/aws/
// vms.head.csv): the first row of each (InstanceType, Region) pair of its first 234 rows, verbatim.
const char* const kCatalogCsv
    = R"csv(InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,AvailabilityZone,Arch
a1.2xlarge,,,8.0,16.0,,0.2568,0.256800,ap-northeast-1,apne1-az2,arm64
a1.2xlarge,,,8.0,16.0,,0.204,0.204000,ap-south-1,aps1-az2,arm64
a1.2xlarge,,,8.0,16.0,,0.2352,0.235200,ap-southeast-1,apse1-az1,arm64
a1.2xlarge,,,8.0,16.0,,0.2664,0.266400,ap-southeast-2,apse2-az1,arm64
a1.2xlarge,,,8.0,16.0,,0.2328,0.232800,eu-central-1,euc1-az2,arm64
a1.2xlarge,,,8.0,16.0,,0.2304,0.230400,eu-west-1,euw1-az1,arm64
a1.2xlarge,,,8.0,16.0,,0.204,0.204000,us-east-1,use1-az2,arm64
a1.2xlarge,,,8.0,16.0,,0.204,0.105600,us-east-2,use2-az1,arm64
a1.2xlarge,,,8.0,16.0,,0.204,0.204000,us-west-2,usw2-az2,arm64
a1.4xlarge,,,16.0,32.0,,0.5136,0.513600,ap-northeast-1,apne1-az2,arm64
a1.4xlarge,,,16.0,32.0,,0.408,0.408000,ap-south-1,aps1-az2,arm64
a1.4xlarge,,,16.0,32.0,,0.4704,0.470400,ap-southeast-1,apse1-az1,arm64
a1.4xlarge,,,16.0,32.0,,0.5328,0.532800,ap-southeast-2,apse2-az1,arm64
a1.4xlarge,,,16.0,32.0,,0.4656,0.465600,eu-central-1,euc1-az2,arm64
a1.4xlarge,,,16.0,32.0,,0.4608,0.460800,eu-west-1,euw1-az1,arm64
a1.4xlarge,,,16.0,32.0,,0.408,0.408000,us-east-1,use1-az2,arm64
a1.4xlarge,,,16.0,32.0,,0.408,0.304700,us-east-2,use2-az1,arm64
a1.4xlarge,,,16.0,32.0,,0.408,0.408000,us-west-2,usw2-az2,arm64
a1.large,,,2.0,4.0,,0.0642,0.064200,ap-northeast-1,apne1-az2,arm64
a1.large,,,2.0,4.0,,0.051,0.051000,ap-south-1,aps1-az2,arm64
a1.large,,,2.0,4.0,,0.0588,0.058800,ap-southeast-1,apse1-az1,arm64
a1.large,,,2.0,4.0,,0.0666,0.066600,ap-southeast-2,apse2-az1,arm64
a1.large,,,2.0,4.0,,0.0582,0.058200,eu-central-1,euc1-az2,arm64
a1.large,,,2.0,4.0,,0.0576,0.057600,eu-west-1,euw1-az1,arm64
a1.large,,,2.0,4.0,,0.051,0.051000,us-east-1,use1-az2,arm64
a1.large,,,2.0,4.0,,0.051,0.038500,us-east-2,use2-az1,arm64
a1.large,,,2.0,4.0,,0.051,0.051000,us-west-2,usw2-az2,arm64
a1.medium,,,1.0,2.0,,0.0321,0.032100,ap-northeast-1,apne1-az2,arm64
a1.medium,,,1.0,2.0,,0.0255,0.025500,ap-south-1,aps1-az2,arm64
a1.medium,,,1.0,2.0,,0.0294,0.029400,ap-southeast-1,apse1-az1,arm64
a1.medium,,,1.0,2.0,,0.0333,0.033300,ap-southeast-2,apse2-az1,arm64
a1.medium,,,1.0,2.0,,0.0291,0.029100,eu-central-1,euc1-az2,arm64
a1.medium,,,1.0,2.0,,0.0288,0.028800,eu-west-1,euw1-az1,arm64
a1.medium,,,1.0,2.0,,0.0255,0.025500,us-east-1,use1-az2,arm64
a1.medium,,,1.0,2.0,,0.0255,0.025400,us-east-2,use2-az1,arm64
a1.medium,,,1.0,2.0,,0.0255,0.025500,us-west-2,usw2-az2,arm64
a1.metal,,,16.0,32.0,,0.514,0.514000,ap-northeast-1,apne1-az2,arm64
a1.metal,,,16.0,32.0,,0.408,0.408000,ap-south-1,aps1-az2,arm64
a1.metal,,,16.0,32.0,,0.47,0.470000,ap-southeast-1,apse1-az1,arm64
a1.metal,,,16.0,32.0,,0.533,0.533000,ap-southeast-2,apse2-az1,arm64
a1.metal,,,16.0,32.0,,0.466,0.466000,eu-central-1,euc1-az2,arm64
a1.metal,,,16.0,32.0,,0.461,0.461000,eu-west-1,euw1-az1,arm64
a1.metal,,,16.0,32.0,,0.408,0.408000,us-east-1,use1-az2,arm64
a1.metal,,,16.0,32.0,,0.408,0.405800,us-east-2,use2-az1,arm64
a1.metal,,,16.0,32.0,,0.408,0.408000,us-west-2,usw2-az2,arm64
a1.xlarge,,,4.0,8.0,,0.1284,0.128400,ap-northeast-1,apne1-az2,arm64
a1.xlarge,,,4.0,8.0,,0.102,0.102000,ap-south-1,aps1-az2,arm64
a1.xlarge,,,4.0,8.0,,0.1176,0.117600,ap-southeast-1,apse1-az1,arm64
a1.xlarge,,,4.0,8.0,,0.1332,0.133200,ap-southeast-2,apse2-az1,arm64
a1.xlarge,,,4.0,8.0,,0.1164,0.116400,eu-central-1,euc1-az2,arm64
a1.xlarge,,,4.0,8.0,,0.1152,0.115200,eu-west-1,euw1-az1,arm64
a1.xlarge,,,4.0,8.0,,0.102,0.102000,us-east-1,use1-az2,arm64
a1.xlarge,,,4.0,8.0,,0.102,0.064900,us-east-2,use2-az1,arm64
a1.xlarge,,,4.0,8.0,,0.102,0.102000,us-west-2,usw2-az2,arm64
c1.medium,,,2.0,1.69921875,,0.158,0.050100,ap-northeast-1,apne1-az1,i386
c1.medium,,,2.0,1.69921875,,0.164,0.041000,ap-southeast-1,apse1-az1,i386
c1.medium,,,2.0,1.69921875,,0.164,0.035900,ap-southeast-2,apse2-az1,i386
c1.medium,,,2.0,1.69921875,,0.148,0.059900,eu-west-1,euw1-az1,i386
c1.medium,,,2.0,1.69921875,,0.13,0.043500,us-east-1,use1-az1,i386
c1.medium,,,2.0,1.69921875,,0.148,0.040900,us-west-1,usw1-az1,i386
c1.medium,,,2.0,1.69921875,,0.13,0.044800,us-west-2,usw2-az1,i386
c1.xlarge,,,8.0,7.0,,0.632,0.148200,ap-northeast-1,apne1-az1,x86_64
c1.xlarge,,,8.0,7.0,,0.655,0.258200,ap-southeast-1,apse1-az1,x86_64
c1.xlarge,,,8.0,7.0,,0.655,0.172700,ap-southeast-2,apse2-az1,x86_64
c1.xlarge,,,8.0,7.0,,0.592,0.290600,eu-west-1,euw1-az1,x86_64
c1.xlarge,,,8.0,7.0,,0.52,0.347600,us-east-1,use1-az1,x86_64
c1.xlarge,,,8.0,7.0,,0.592,0.137800,us-west-1,usw1-az1,x86_64
c1.xlarge,,,8.0,7.0,,0.52,0.196100,us-west-2,usw2-az1,x86_64
c3.2xlarge,,,8.0,15.0,,0.511,0.190300,ap-northeast-1,apne1-az1,x86_64
c3.2xlarge,,,8.0,15.0,,0.529,0.247800,ap-southeast-1,apse1-az1,x86_64
c3.2xlarge,,,8.0,15.0,,0.529,0.264400,ap-southeast-2,apse2-az1,x86_64
c3.2xlarge,,,8.0,15.0,,0.516,0.261700,eu-central-1,euc1-az2,x86_64
c3.2xlarge,,,8.0,15.0,,0.478,0.238900,eu-west-1,euw1-az1,x86_64
c3.2xlarge,,,8.0,15.0,,0.42,0.236700,us-east-1,use1-az2,x86_64
c3.2xlarge,,,8.0,15.0,,0.478,0.166900,us-west-1,usw1-az1,x86_64
c3.2xlarge,,,8.0,15.0,,0.42,0.210600,us-west-2,usw2-az1,x86_64
c3.4xlarge,,,16.0,30.0,,1.021,0.393300,ap-northeast-1,apne1-az1,x86_64
c3.4xlarge,,,16.0,30.0,,1.058,0.548200,ap-southeast-1,apse1-az1,x86_64
c3.4xlarge,,,16.0,30.0,,1.058,0.457600,ap-southeast-2,apse2-az1,x86_64
c3.4xlarge,,,16.0,30.0,,1.032,0.520500,eu-central-1,euc1-az2,x86_64
c3.4xlarge,,,16.0,30.0,,0.956,0.398900,eu-west-1,euw1-az1,x86_64
c3.4xlarge,,,16.0,30.0,,0.84,0.626700,us-east-1,use1-az2,x86_64
c3.4xlarge,,,16.0,30.0,,0.956,0.336700,us-west-1,usw1-az1,x86_64
c3.4xlarge,,,16.0,30.0,,0.84,0.604800,us-west-2,usw2-az1,x86_64
c3.8xlarge,,,32.0,60.0,,2.043,0.729800,ap-northeast-1,apne1-az1,x86_64
c3.8xlarge,,,32.0,60.0,,2.117,0.744200,ap-southeast-1,apse1-az1,x86_64
c3.8xlarge,,,32.0,60.0,,2.117,0.775800,ap-southeast-2,apse2-az1,x86_64
c3.8xlarge,,,32.0,60.0,,2.064,1.033500,eu-central-1,euc1-az2,x86_64
c3.8xlarge,,,32.0,60.0,,1.912,0.798400,eu-west-1,euw1-az1,x86_64
c3.8xlarge,,,32.0,60.0,,1.68,0.904000,us-east-1,use1-az2,x86_64
c3.8xlarge,,,32.0,60.0,,1.912,0.602200,us-west-1,usw1-az1,x86_64
c3.8xlarge,,,32.0,60.0,,1.68,0.635200,us-west-2,usw2-az1,x86_64
c3.large,,,2.0,3.75,,0.128,0.044500,ap-northeast-1,apne1-az1,i386
c3.large,,,2.0,3.75,,0.132,0.047200,ap-southeast-1,apse1-az1,i386
c3.large,,,2.0,3.75,,0.132,0.033500,ap-southeast-2,apse2-az1,i386
c3.large,,,2.0,3.75,,0.129,0.043400,eu-central-1,euc1-az2,i386
c3.large,,,2.0,3.75,,0.12,0.056700,eu-west-1,euw1-az1,i386
c3.large,,,2.0,3.75,,0.105,0.042600,us-east-1,use1-az2,i386
c3.large,,,2.0,3.75,,0.12,0.019500,us-west-1,usw1-az1,i386
c3.large,,,2.0,3.75,,0.105,0.034500,us-west-2,usw2-az1,i386)csv";

// The test server's own instance types (Ec2Catalog) are not in that sample: a few of them in the
// same schema, with AWS's published on-demand Linux prices (aws.amazon.com/ec2/pricing/on-demand/),
// so that prices and the Spec listing of ap-northeast-2 (the adapter tests' region) meet.
const char* const kOwnTypesCsv
    = R"csv(InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,AvailabilityZone,Arch
t3.micro,,,2.0,1.0,,0.013,,ap-northeast-2,apne2-az1,x86_64
t3.small,,,2.0,2.0,,0.026,,ap-northeast-2,apne2-az1,x86_64
t3.medium,,,2.0,4.0,,0.052,,ap-northeast-2,apne2-az1,x86_64
m5.large,,,2.0,8.0,,0.118,,ap-northeast-2,apne2-az1,x86_64
c5.large,,,2.0,4.0,,0.096,,ap-northeast-2,apne2-az1,x86_64
t3.micro,,,2.0,1.0,,0.0104,,us-east-1,use1-az1,x86_64
t3.small,,,2.0,2.0,,0.0208,,us-east-1,use1-az1,x86_64
m5.large,,,2.0,8.0,,0.096,,us-east-1,use1-az1,x86_64
)csv";

struct RegionNames
{
    QString location;
    QString usagePrefix; // usagetype prefix ("USE2-BoxUsage:..."); none in us-east-1
};

const QHash<QString, RegionNames>& regionNames()
{
    static const QHash<QString, RegionNames> names {
        { QStringLiteral("us-east-1"), { QStringLiteral("US East (N. Virginia)"), QString() } },
        { QStringLiteral("us-east-2"), { QStringLiteral("US East (Ohio)"), QStringLiteral("USE2-") } },
        { QStringLiteral("us-west-1"), { QStringLiteral("US West (N. California)"), QStringLiteral("USW1-") } },
        { QStringLiteral("us-west-2"), { QStringLiteral("US West (Oregon)"), QStringLiteral("USW2-") } },
        { QStringLiteral("eu-west-1"), { QStringLiteral("EU (Ireland)"), QStringLiteral("EU-") } },
        { QStringLiteral("eu-central-1"), { QStringLiteral("EU (Frankfurt)"), QStringLiteral("EUC1-") } },
        { QStringLiteral("ap-northeast-1"), { QStringLiteral("Asia Pacific (Tokyo)"), QStringLiteral("APN1-") } },
        { QStringLiteral("ap-northeast-2"), { QStringLiteral("Asia Pacific (Seoul)"), QStringLiteral("APN2-") } },
        { QStringLiteral("ap-south-1"), { QStringLiteral("Asia Pacific (Mumbai)"), QStringLiteral("APS3-") } },
        { QStringLiteral("ap-southeast-1"), { QStringLiteral("Asia Pacific (Singapore)"), QStringLiteral("APS1-") } },
        { QStringLiteral("ap-southeast-2"), { QStringLiteral("Asia Pacific (Sydney)"), QStringLiteral("APS2-") } },
    };
    return names;
}

QString skuOf(const QString& key)
{
    // Stable 16-character SKUs in the published alphabet (A-Z, 0-9).
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().toUpper();
    return QString::fromLatin1(hash.left(16));
}

/// One offer term (OnDemand "JRTCKXETXF"; Reserved "4NA7Y494T4", 1 yr no upfront) with one
/// price dimension.
QJsonObject term(const QString& sku, const QString& offerCode, const QString& unit, double usd,
    const QString& description, const QJsonObject& termAttributes = {})
{
    const QString rateCode = sku + QLatin1Char('.') + offerCode + QStringLiteral(".6YS6EN2CT7");
    const QJsonObject dimension {
        { QStringLiteral("unit"), unit }, { QStringLiteral("endRange"), QStringLiteral("Inf") },
        { QStringLiteral("description"), description }, { QStringLiteral("appliesTo"), QJsonArray() },
        { QStringLiteral("rateCode"), rateCode }, { QStringLiteral("beginRange"), QStringLiteral("0") },
        { QStringLiteral("pricePerUnit"), QJsonObject { { QStringLiteral("USD"), Ec2PriceCatalog::priceText(usd) } } }
    };
    const QJsonObject offer { { QStringLiteral("priceDimensions"), QJsonObject { { rateCode, dimension } } },
        { QStringLiteral("sku"), sku }, { QStringLiteral("effectiveDate"), QStringLiteral("2026-11-01T00:00:00Z") },
        { QStringLiteral("offerTermCode"), offerCode }, { QStringLiteral("termAttributes"), termAttributes } };
    return QJsonObject { { sku + QLatin1Char('.') + offerCode, offer } };
}

struct Variant
{
    QString name;
    QString operatingSystem = QStringLiteral("Linux");
    QString tenancy = QStringLiteral("Shared");
    QString preInstalledSw = QStringLiteral("NA");
    QString capacityStatus = QStringLiteral("Used");
    double extraPerVcpu = 0; // Windows and SQL Server licences are charged per vCPU
    double factor = 1; // dedicated tenancy costs about 10% more
};

QJsonObject computeProduct(const Ec2PriceSeed& seed, const Variant& variant)
{
    const RegionNames names = regionNames().value(seed.region);
    const QString sku = skuOf(seed.region + QLatin1Char('|') + seed.instanceType + QLatin1Char('|') + variant.name);
    const double usd = seed.price.toDouble() * variant.factor + variant.extraPerVcpu * seed.vcpus.toDouble();
    const QString family = seed.instanceType.endsWith(QLatin1String(".metal"))
        ? QStringLiteral("Compute Instance (bare metal)")
        : QStringLiteral("Compute Instance");
    const QString usage = names.usagePrefix
        + (variant.tenancy == QLatin1String("Dedicated") ? QStringLiteral("DedicatedUsage:")
                                                         : QStringLiteral("BoxUsage:"))
        + seed.instanceType;
    const QJsonObject attributes { { QStringLiteral("instanceType"), seed.instanceType },
        { QStringLiteral("instanceFamily"), QStringLiteral("General purpose") },
        { QStringLiteral("vcpu"), QString::number(seed.vcpus.toDouble()) },
        { QStringLiteral("memory"), QStringLiteral("%1 GiB").arg(seed.memoryGiB.toDouble()) },
        { QStringLiteral("physicalProcessor"),
            seed.architecture == QLatin1String("arm64") ? QStringLiteral("AWS Graviton")
                                                        : QStringLiteral("Intel Xeon Family") },
        { QStringLiteral("processorArchitecture"), QStringLiteral("64-bit") },
        { QStringLiteral("location"), names.location },
        { QStringLiteral("locationType"), QStringLiteral("AWS Region") }, { QStringLiteral("regionCode"), seed.region },
        { QStringLiteral("servicecode"), QStringLiteral("AmazonEC2") },
        { QStringLiteral("servicename"), QStringLiteral("Amazon Elastic Compute Cloud") },
        { QStringLiteral("usagetype"), usage },
        { QStringLiteral("operation"),
            variant.operatingSystem == QLatin1String("Windows") ? QStringLiteral("RunInstances:0002")
                                                                : QStringLiteral("RunInstances") },
        { QStringLiteral("operatingSystem"), variant.operatingSystem }, { QStringLiteral("tenancy"), variant.tenancy },
        { QStringLiteral("preInstalledSw"), variant.preInstalledSw },
        { QStringLiteral("capacitystatus"), variant.capacityStatus },
        { QStringLiteral("licenseModel"), QStringLiteral("No License required") },
        { QStringLiteral("marketoption"), QStringLiteral("OnDemand") } };
    const QString description = QStringLiteral("$%1 per On Demand %2 %3 Instance Hour")
                                    .arg(QString::number(usd, 'f', 4), variant.operatingSystem, seed.instanceType);
    // A reserved price (cheaper, per hour too) that a reader of OnDemand terms must not take.
    const QJsonObject reservedAttributes { { QStringLiteral("LeaseContractLength"), QStringLiteral("1yr") },
        { QStringLiteral("OfferingClass"), QStringLiteral("standard") },
        { QStringLiteral("PurchaseOption"), QStringLiteral("No Upfront") } };
    return QJsonObject { { QStringLiteral("product"),
                             QJsonObject { { QStringLiteral("productFamily"), family },
                                 { QStringLiteral("attributes"), attributes }, { QStringLiteral("sku"), sku } } },
        { QStringLiteral("serviceCode"), QStringLiteral("AmazonEC2") },
        { QStringLiteral("terms"),
            QJsonObject { { QStringLiteral("OnDemand"),
                              term(sku, QStringLiteral("JRTCKXETXF"), QStringLiteral("Hrs"), usd, description) },
                { QStringLiteral("Reserved"),
                    term(sku, QStringLiteral("4NA7Y494T4"), QStringLiteral("Hrs"), usd * 0.62,
                        QStringLiteral("Linux/UNIX (Amazon VPC), %1 reserved instance applied").arg(seed.instanceType),
                        reservedAttributes) } } },
        { QStringLiteral("version"), QStringLiteral("20261101000000") },
        { QStringLiteral("publicationDate"), QStringLiteral("2026-11-01T00:00:00Z") } };
}

QJsonObject regionProduct(
    const QString& region, const QString& family, const QJsonObject& extra, const QString& unit, double usd)
{
    const RegionNames names = regionNames().value(region);
    const QString sku = skuOf(region + QLatin1Char('|') + family);
    QJsonObject attributes { { QStringLiteral("location"), names.location },
        { QStringLiteral("locationType"), QStringLiteral("AWS Region") }, { QStringLiteral("regionCode"), region },
        { QStringLiteral("servicecode"), QStringLiteral("AmazonEC2") } };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        attributes.insert(it.key(), it.value());
    return QJsonObject { { QStringLiteral("product"),
                             QJsonObject { { QStringLiteral("productFamily"), family },
                                 { QStringLiteral("attributes"), attributes }, { QStringLiteral("sku"), sku } } },
        { QStringLiteral("serviceCode"), QStringLiteral("AmazonEC2") },
        { QStringLiteral("terms"),
            QJsonObject {
                { QStringLiteral("OnDemand"), term(sku, QStringLiteral("JRTCKXETXF"), unit, usd, family) } } },
        { QStringLiteral("version"), QStringLiteral("20261101000000") },
        { QStringLiteral("publicationDate"), QStringLiteral("2026-11-01T00:00:00Z") } };
}

} // namespace

QString Ec2PriceCatalog::priceText(double usd)
{
    return QString::number(usd, 'f', 10);
}

const QList<Ec2PriceSeed>& Ec2PriceCatalog::seeds()
{
    static const QList<Ec2PriceSeed> list = [] {
        QList<Ec2PriceSeed> out;
        for (const char* csv : { kCatalogCsv, kOwnTypesCsv }) {
            const QStringList lines = QString::fromLatin1(csv).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            // InstanceType,AcceleratorName,AcceleratorCount,vCPUs,MemoryGiB,GpuInfo,Price,SpotPrice,Region,
            // AvailabilityZone,Arch
            for (const QString& line : lines.mid(1)) {
                const QStringList f = line.split(QLatin1Char(','));
                if (f.size() >= 11 && !f.at(6).isEmpty())
                    out.append({ f.at(0), f.at(3), f.at(4), f.at(6), f.at(8), f.at(10) });
            }
        }
        return out;
    }();
    return list;
}

QStringList Ec2PriceCatalog::regions()
{
    QStringList out;
    for (const Ec2PriceSeed& seed : seeds()) {
        if (!out.contains(seed.region))
            out.append(seed.region);
    }
    return out;
}

std::optional<double> Ec2PriceCatalog::linuxOnDemand(const QString& region, const QString& instanceType)
{
    for (const Ec2PriceSeed& seed : seeds()) {
        if (seed.region == region && seed.instanceType == instanceType)
            return seed.price.toDouble();
    }
    return std::nullopt;
}

const QList<QJsonObject>& Ec2PriceCatalog::products()
{
    static const QList<QJsonObject> list = [] {
        const QList<Variant> variants = {
            { QStringLiteral("linux") },
            { QStringLiteral("windows"), QStringLiteral("Windows"), QStringLiteral("Shared"), QStringLiteral("NA"),
                QStringLiteral("Used"), 0.046 },
            { QStringLiteral("dedicated"), QStringLiteral("Linux"), QStringLiteral("Dedicated"), QStringLiteral("NA"),
                QStringLiteral("Used"), 0, 1.1 },
            { QStringLiteral("sql"), QStringLiteral("Linux"), QStringLiteral("Shared"), QStringLiteral("SQL Std"),
                QStringLiteral("Used"), 0.12 },
            { QStringLiteral("unused"), QStringLiteral("Linux"), QStringLiteral("Shared"), QStringLiteral("NA"),
                QStringLiteral("UnusedCapacityReservation") },
        };
        QList<QJsonObject> out;
        for (const QString& region : regions()) {
            // Products of other families first, so that the first page is not all instances.
            out.append(regionProduct(region, QStringLiteral("Storage"),
                { { QStringLiteral("volumeApiName"), QStringLiteral("gp3") },
                    { QStringLiteral("volumeType"), QStringLiteral("General Purpose") },
                    { QStringLiteral("usagetype"),
                        QString(regionNames().value(region).usagePrefix + QStringLiteral("EBS:VolumeUsage.gp3")) } },
                QStringLiteral("GB-Mo"), 0.08));
            out.append(regionProduct(region, QStringLiteral("Dedicated Host"),
                { { QStringLiteral("instanceType"), QStringLiteral("a1") },
                    { QStringLiteral("tenancy"), QStringLiteral("Host") },
                    { QStringLiteral("operatingSystem"), QStringLiteral("Linux") },
                    { QStringLiteral("preInstalledSw"), QStringLiteral("NA") },
                    { QStringLiteral("capacitystatus"), QStringLiteral("Used") } },
                QStringLiteral("Hrs"), 0.449));
            for (const Ec2PriceSeed& seed : seeds()) {
                if (seed.region != region)
                    continue;
                for (const Variant& variant : variants)
                    out.append(computeProduct(seed, variant));
            }
        }
        return out;
    }();
    return list;
}

} // namespace Barista
