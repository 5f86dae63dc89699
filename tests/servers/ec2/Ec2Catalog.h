// SPDX-License-Identifier: GPL-3.0-or-later
// The EC2 test server's fixed catalog: regions and zones, instance types and public images.
// Values are the published ones for these types (vCPUs, MiB, GPUs); image ids are placeholders.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Barista {

struct Ec2InstanceType
{
    QString name;
    int vcpus = 1;
    int memoryMiB = 1024;
    int gpus = 0;
    QString gpuName;
    QString gpuManufacturer;
    int gpuMemoryMiB = 0;
    QString architecture = QStringLiteral("x86_64");
    bool currentGeneration = true;
};

struct Ec2Image
{
    QString id;
    QString name;
    QString description;
    QString ownerId;
    QString ownerAlias; // "amazon" for Amazon-owned images, empty otherwise
    QString architecture = QStringLiteral("x86_64");
    QString platform; // "windows" or empty
    QString platformDetails = QStringLiteral("Linux/UNIX");
    QString creationDate;
};

struct Ec2Region
{
    QString name;
    QString zoneIdPrefix; // "use1" -> zone ids "use1-az1", ...
    int zoneCount = 3;
};

class Ec2Catalog
{
public:
    static const QList<Ec2Region>& regions();
    static bool hasRegion(const QString& region);
    static QStringList regionNames();
    static QStringList zones(const QString& region);
    static QString zoneId(const QString& zone);
    static QString endpoint(const QString& region);

    static const QList<Ec2InstanceType>& instanceTypes();
    static const Ec2InstanceType* instanceType(const QString& name);

    static const QList<Ec2Image>& images();
    static const Ec2Image* image(const QString& id);

    static QString accountId() { return QStringLiteral("123456789012"); }
};

} // namespace Barista
