// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/servers/ec2/Ec2Catalog.h"

namespace Barista {

const QList<Ec2Region>& Ec2Catalog::regions()
{
    static const QList<Ec2Region> list = {
        { QStringLiteral("us-east-1"), QStringLiteral("use1"), 4 },
        { QStringLiteral("us-west-2"), QStringLiteral("usw2"), 3 },
        { QStringLiteral("eu-west-1"), QStringLiteral("euw1"), 3 },
        { QStringLiteral("eu-central-1"), QStringLiteral("euc1"), 3 },
        { QStringLiteral("ap-northeast-1"), QStringLiteral("apne1"), 3 },
        { QStringLiteral("ap-northeast-2"), QStringLiteral("apne2"), 4 },
    };
    return list;
}

bool Ec2Catalog::hasRegion(const QString& region)
{
    return regionNames().contains(region);
}

QStringList Ec2Catalog::regionNames()
{
    QStringList out;
    for (const Ec2Region& r : regions())
        out << r.name;
    return out;
}

QStringList Ec2Catalog::zones(const QString& region)
{
    QStringList out;
    for (const Ec2Region& r : regions()) {
        if (r.name != region)
            continue;
        for (int i = 0; i < r.zoneCount; ++i)
            out << r.name + QChar(u'a' + i);
    }
    return out;
}

QString Ec2Catalog::zoneId(const QString& zone)
{
    for (const Ec2Region& r : regions()) {
        if (zone.size() == r.name.size() + 1 && zone.startsWith(r.name))
            return QStringLiteral("%1-az%2").arg(r.zoneIdPrefix).arg(zone.back().unicode() - u'a' + 1);
    }
    return {};
}

QString Ec2Catalog::endpoint(const QString& region)
{
    return QStringLiteral("ec2.%1.amazonaws.com").arg(region);
}

const QList<Ec2InstanceType>& Ec2Catalog::instanceTypes()
{
    static const QList<Ec2InstanceType> list = {
        { QStringLiteral("t2.micro"), 1, 1024 },
        { QStringLiteral("t3.micro"), 2, 1024 },
        { QStringLiteral("t3.small"), 2, 2048 },
        { QStringLiteral("t3.medium"), 2, 4096 },
        { QStringLiteral("m5.large"), 2, 8192 },
        { QStringLiteral("m5.xlarge"), 4, 16384 },
        { QStringLiteral("c5.large"), 2, 4096 },
        { QStringLiteral("c5.2xlarge"), 8, 16384 },
        { QStringLiteral("r5.large"), 2, 16384 },
        { QStringLiteral("m6g.large"), 2, 8192, 0, {}, {}, 0, QStringLiteral("arm64") },
        { QStringLiteral("g4dn.xlarge"), 4, 16384, 1, QStringLiteral("T4"), QStringLiteral("NVIDIA"), 16384 },
        { QStringLiteral("p3.2xlarge"), 8, 62464, 1, QStringLiteral("V100"), QStringLiteral("NVIDIA"), 16384 },
        { QStringLiteral("m1.small"), 1, 1740, 0, {}, {}, 0, QStringLiteral("x86_64"), false },
    };
    return list;
}

const Ec2InstanceType* Ec2Catalog::instanceType(const QString& name)
{
    for (const Ec2InstanceType& t : instanceTypes()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const QList<Ec2Image>& Ec2Catalog::images()
{
    static const QList<Ec2Image> list = {
        { QStringLiteral("ami-0a1b2c3d4e5f60001"),
            QStringLiteral("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240301"),
            QStringLiteral("Canonical, Ubuntu, 22.04 LTS, amd64 jammy image"), QStringLiteral("099720109477"), {},
            QStringLiteral("x86_64"), {}, QStringLiteral("Linux/UNIX"), QStringLiteral("2024-03-01T10:00:00.000Z") },
        { QStringLiteral("ami-0a1b2c3d4e5f60002"),
            QStringLiteral("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-arm64-server-20240301"),
            QStringLiteral("Canonical, Ubuntu, 22.04 LTS, arm64 jammy image"), QStringLiteral("099720109477"), {},
            QStringLiteral("arm64"), {}, QStringLiteral("Linux/UNIX"), QStringLiteral("2024-03-01T10:00:00.000Z") },
        { QStringLiteral("ami-0a1b2c3d4e5f60003"), QStringLiteral("al2023-ami-2023.4.20240319.1-kernel-6.1-x86_64"),
            QStringLiteral("Amazon Linux 2023 AMI"), QStringLiteral("137112412989"), QStringLiteral("amazon"),
            QStringLiteral("x86_64"), {}, QStringLiteral("Linux/UNIX"), QStringLiteral("2024-03-19T21:00:00.000Z") },
        { QStringLiteral("ami-0a1b2c3d4e5f60004"), QStringLiteral("debian-12-amd64-20240211-1654"),
            QStringLiteral("Debian 12 (20240211-1654)"), QStringLiteral("136693071363"), {}, QStringLiteral("x86_64"),
            {}, QStringLiteral("Linux/UNIX"), QStringLiteral("2024-02-11T17:00:00.000Z") },
        { QStringLiteral("ami-0a1b2c3d4e5f60005"), QStringLiteral("Windows_Server-2022-English-Full-Base-2024.03.13"),
            QStringLiteral("Microsoft Windows Server 2022 Full Locale English AMI"), QStringLiteral("801119661308"),
            QStringLiteral("amazon"), QStringLiteral("x86_64"), QStringLiteral("windows"), QStringLiteral("Windows"),
            QStringLiteral("2024-03-13T08:00:00.000Z") },
    };
    return list;
}

const Ec2Image* Ec2Catalog::image(const QString& id)
{
    for (const Ec2Image& image : images()) {
        if (image.id == id)
            return &image;
    }
    return nullptr;
}

} // namespace Barista
