// SPDX-License-Identifier: GPL-3.0-or-later
// EKS's reply shapes (REST-JSON): a JSON body; on error the HTTP status, the code in the
// x-amzn-ErrorType header (with the coral namespace suffix the service sends) and a body with
// "message" plus the error shape's clusterName / nodegroupName members where they apply.
// Also the SigV4 verdicts in EKS's words and the maxResults / nextToken paging of its List calls.
#pragma once

#include "tests/servers/ec2/EksCall.h"

#include <QStringList>

namespace Barista {

struct Ec2AuthResult;

class EksReplies
{
public:
    static Ec2Reply success(const QJsonObject& body, Ec2RequestRecord& record);
    static Ec2Reply failure(int status, const QString& code, const QString& message, Ec2RequestRecord& record,
        const QString& cluster = {}, const QString& nodegroup = {});
    static Ec2Reply notFound(
        const QString& message, Ec2RequestRecord& record, const QString& cluster, const QString& nodegroup = {});
    static Ec2Reply badParameter(
        const QString& message, Ec2RequestRecord& record, const QString& cluster = {}, const QString& nodegroup = {});
    static Ec2Reply inUse(
        const QString& message, Ec2RequestRecord& record, const QString& cluster, const QString& nodegroup = {});
    // The shared SigV4 verifier's (EC2-worded) verdict as EKS answers it: InvalidSignatureException,
    // UnrecognizedClientException, MissingAuthenticationTokenException (403), IncompleteSignatureException.
    static Ec2Reply authFailure(const Ec2AuthResult& auth, Ec2RequestRecord& record);
    // One page of names under `key`, with nextToken when more follow (maxResults 1..100, default 100).
    static Ec2Reply page(const QStringList& names, const QString& key, EksCall& call);
};

} // namespace Barista
