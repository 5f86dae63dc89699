// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/Resource.h"
#include "models/interfaces/Result.h"
#include "models/jobs/JobTypes.h"

#include <QDialog>
#include <QFuture>
#include <QList>
#include <QMap>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace Barista {

class ConnectionStore;
class CreateFormPage;
class ResourceService;

/// Creates a VPC (with subnets), a security group (with rules; SSH from anywhere to start
/// with), a key pair, a VM, a disk, an image of a VM or a load balancer on one connection. The
/// choices (specs, images, VPCs, subnets, security groups, key pairs, VMs) are listed from the
/// connection as jobs while the dialog is open; disk, image and load-balancer pages are
/// CreateFormPage classes of their own. OK builds the request, hands it to
/// ResourceService::create and closes: the
/// job panel follows the creation.
class CreateResourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateResourceDialog)

public:
    CreateResourceDialog(ConnectionStore* connections, ResourceService* service, const QString& connection,
        ResourceKind kind, QWidget* parent = nullptr);

    /// The kinds this dialog can create, in its order.
    static QList<ResourceKind> creatableKinds();
    /// "10.0.0.0/16": four octets and a prefix length of 0-32.
    static bool isValidCidr(const QString& cidr);

    QString connection() const;
    void setConnection(const QString& connection);
    ResourceKind kind() const;
    void setKind(ResourceKind kind);
    /// Makes this VM the image's source and a load balancer member (once the VMs are listed).
    void preselectVm(const QString& name);
    /// True while lists for the VM and security group choices are still running.
    bool isLoadingChoices() const { return m_pendingLists > 0; }

    /// The request the form describes, or nullopt with *error naming the bad field.
    std::optional<Resource> buildRequest(QString* error = nullptr) const;
    /// Validates and sends the request; false with *error when the form is not valid.
    bool submit(QString* error = nullptr, JobId* jobId = nullptr);

    void accept() override;

Q_SIGNALS:
    /// A create job was queued.
    void submitted(Barista::JobId id);

private:
    QWidget* buildVpcPage();
    QWidget* buildSecurityGroupPage();
    QWidget* buildKeyPairPage();
    QWidget* buildVmPage();
    void loadChoices();
    void fillChoices(ResourceKind kind, const QList<Resource>& items);
    void fillSubnets();
    void setStatus(const QString& text, bool error = false);

    ConnectionStore* m_connections;
    ResourceService* m_service;
    QComboBox* m_connection;
    QComboBox* m_kind;
    QStackedWidget* m_pages;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;

    QLineEdit* m_vpcName = nullptr;
    QLineEdit* m_vpcCidr = nullptr;
    QTableWidget* m_subnets = nullptr;

    QLineEdit* m_sgName = nullptr;
    QComboBox* m_sgVpc = nullptr;
    QTableWidget* m_rules = nullptr;

    QLineEdit* m_keyName = nullptr;

    QLineEdit* m_vmName = nullptr;
    QComboBox* m_spec = nullptr;
    QComboBox* m_image = nullptr;
    QComboBox* m_vmVpc = nullptr;
    QComboBox* m_subnet = nullptr;
    QComboBox* m_vmSecurityGroup = nullptr;
    QComboBox* m_keyPair = nullptr;

    QList<CreateFormPage*> m_formPages;
    QList<VpcInfo> m_vpcs;
    int m_pendingLists = 0;
    quint64 m_generation = 0;
    QStringList m_listErrors;
};

} // namespace Barista
