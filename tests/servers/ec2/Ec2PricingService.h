// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS Price List Query API (AWS JSON 1.1) beside the EC2 Query API on the same test server:
// a POST with X-Amz-Target "AWSPriceListService.<Operation>" and Content-Type
// application/x-amz-json-1.1 is routed here. SigV4 is checked by this service's own verifier
// (service "pricing", signed for one of the API's regions us-east-1 / eu-central-1 / ap-south-1),
// GetProducts filters the price list (ServiceCode, TERM_MATCH filters on productFamily and the
// product attributes) and pages it with an opaque NextToken (MaxResults 1..100). Errors are the
// JSON protocol's: {"__type": "<namespace>#<Code>", "Message": ...} plus x-amzn-ErrorType, with
// the codes of the service model (InvalidParameterException, InvalidNextTokenException,
// NotFoundException, ThrottlingException, InternalErrorException) and of AWS's front end
// (UnrecognizedClientException, InvalidSignatureException, MissingAuthenticationTokenException,
// IncompleteSignatureException, UnknownOperationException, SerializationException).
#pragma once

#include "tests/servers/ec2/Ec2FaultPlan.h"
#include "tests/servers/ec2/Ec2SigV4Verifier.h"
#include "tests/servers/ec2/Ec2TestServer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Barista {

class Ec2PricingService
{
public:
    static QByteArray contentType() { return QByteArrayLiteral("application/x-amz-json-1.1"); }
    static QString targetPrefix() { return QStringLiteral("AWSPriceListService."); }

    Ec2PricingService();

    Ec2SigV4Verifier& verifier() { return m_verifier; }

    /// One JSON 1.1 request; fills the record's action (the target's operation), key, status, code.
    /// Faults queued for the operation's name ("GetProducts") come out in the JSON error shape;
    /// RequestLimitExceeded (throttleEvery) becomes ThrottlingException.
    Ec2Reply handle(
        const Ec2SignedRequest& request, const QString& target, Ec2FaultPlan& faults, Ec2RequestRecord& record);

    /// What the last GetProducts asked for (for tests: the adapter's filters reach the server).
    const QJsonObject& lastInput() const { return m_lastInput; }
    int getProductsCalls() const { return m_getProductsCalls; }

    static Ec2Reply errorReply(const Ec2Error& error, Ec2RequestRecord& record);

private:
    Ec2Reply getProducts(const QJsonObject& input, Ec2RequestRecord& record);

    Ec2SigV4Verifier m_verifier;
    QJsonObject m_lastInput;
    int m_getProductsCalls = 0;
};

} // namespace Barista
