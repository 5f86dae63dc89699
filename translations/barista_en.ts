<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AwsCatalogOps</name>
    <message>
        <location filename="../providers/aws/AwsCatalogOps.cpp" line="88"/>
        <source>AWS has no region &quot;%1&quot;.</source>
        <translation>AWS has no region &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCatalogOps.cpp" line="122"/>
        <source>No instance type &quot;%1&quot; in region %2.</source>
        <translation>No instance type &quot;%1&quot; in region %2.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCatalogOps.cpp" line="158"/>
        <source>No image &quot;%1&quot; in region %2.</source>
        <translation>No image &quot;%1&quot; in region %2.</translation>
    </message>
</context>
<context>
    <name>AwsCompute</name>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="82"/>
        <source>No instance &quot;%1&quot; in region %2.</source>
        <translation>No instance &quot;%1&quot; in region %2.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="112"/>
        <source>A VM needs an image and a spec (instance type).</source>
        <translation>A VM needs an image and a spec (instance type).</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="178"/>
        <source>RunInstances answered without an instance.</source>
        <translation>RunInstances answered without an instance.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="241"/>
        <source>No key pair &quot;%1&quot; in region %2.</source>
        <translation>No key pair &quot;%1&quot; in region %2.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="248"/>
        <source>A key pair for AWS needs the public key to import (OpenSSH format).</source>
        <translation>A key pair for AWS needs the public key to import (OpenSSH format).</translation>
    </message>
</context>
<context>
    <name>AwsCredentialSource</name>
    <message>
        <location filename="../providers/aws/AwsCredentialSource.cpp" line="32"/>
        <source>The credential %1 needs an access key id and a secret access key.</source>
        <translation>The credential %1 needs an access key id and a secret access key.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCredentialSource.cpp" line="44"/>
        <source>The credential &quot;%1&quot; is not an AWS credential (JSON with aws_access_key_id and aws_secret_access_key).</source>
        <translation>The credential &quot;%1&quot; is not an AWS credential (JSON with aws_access_key_id and aws_secret_access_key).</translation>
    </message>
</context>
<context>
    <name>AwsDispatch</name>
    <message>
        <location filename="../providers/aws/AwsDispatch.cpp" line="62"/>
        <source>AWS does not support this operation on %1.</source>
        <translation>AWS does not support this operation on %1.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsDispatch.cpp" line="134"/>
        <source>A resource to create needs a name.</source>
        <translation>A resource to create needs a name.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsDispatch.cpp" line="189"/>
        <source>Unknown function &quot;%1&quot;; AWS offers: %2.</source>
        <translation>Unknown function &quot;%1&quot;; AWS offers: %2.</translation>
    </message>
</context>
<context>
    <name>AwsKubernetes</name>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="198"/>
        <source>An EKS cluster needs the ARN of its IAM cluster role in the request&apos;s extra &quot;roleArn&quot;.</source>
        <translation>An EKS cluster needs the ARN of its IAM cluster role in the request&apos;s extra &quot;roleArn&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="201"/>
        <source>EKS node groups need the ARN of their IAM node role in the request&apos;s extra &quot;nodeRoleArn&quot;.</source>
        <translation>EKS node groups need the ARN of their IAM node role in the request&apos;s extra &quot;nodeRoleArn&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="204"/>
        <source>A cluster needs a VPC.</source>
        <translation>A cluster needs a VPC.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="206"/>
        <source>A cluster needs subnets.</source>
        <translation>A cluster needs subnets.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="209"/>
        <source>A node group needs a name.</source>
        <translation>A node group needs a name.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="212"/>
        <source>Node group %1 needs 0 &lt;= min &lt;= desired &lt;= max, max &gt;= 1.</source>
        <translation>Node group %1 needs 0 &lt;= min &lt;= desired &lt;= max, max &gt;= 1.</translation>
    </message>
</context>
<context>
    <name>AwsLoadBalancing</name>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="129"/>
        <source>No load balancer &quot;%1&quot; in region %2.</source>
        <translation>No load balancer &quot;%1&quot; in region %2.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="205"/>
        <source>VPC %1 has no subnet for the load balancer.</source>
        <translation>VPC %1 has no subnet for the load balancer.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="223"/>
        <source>A load balancer needs a VPC.</source>
        <translation>A load balancer needs a VPC.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="226"/>
        <source>Ports must be between 1 and 65535.</source>
        <translation>Ports must be between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="228"/>
        <source>The load balancer type must be PUBLIC or INTERNAL, not &quot;%1&quot;.</source>
        <translation>The load balancer type must be PUBLIC or INTERNAL, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="243"/>
        <source>VM %1 is not in VPC %2.</source>
        <translation>VM %1 is not in VPC %2.</translation>
    </message>
</context>
<context>
    <name>AwsMyImages</name>
    <message>
        <location filename="../providers/aws/AwsMyImages.cpp" line="60"/>
        <source>No image of this account named &quot;%1&quot; in region %2.</source>
        <translation>No image of this account named &quot;%1&quot; in region %2.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsMyImages.cpp" line="80"/>
        <source>An image needs the VM to make it from.</source>
        <translation>An image needs the VM to make it from.</translation>
    </message>
</context>
<context>
    <name>AwsNetwork</name>
    <message>
        <location filename="../providers/aws/AwsNetwork.cpp" line="33"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>No %1 &quot;%2&quot; in region %3.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsNetwork.cpp" line="97"/>
        <source>A VPC is needed.</source>
        <translation>A VPC is needed.</translation>
    </message>
</context>
<context>
    <name>AwsPricing</name>
    <message>
        <location filename="../providers/aws/AwsPricing.cpp" line="125"/>
        <source>The price list answer has no PriceList array.</source>
        <translation>The price list answer has no PriceList array.</translation>
    </message>
</context>
<context>
    <name>AwsProfileReader</name>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="20"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="34"/>
        <source>%1 line %2: a section header without &apos;]&apos;.</source>
        <translation>%1 line %2: a section header without &apos;]&apos;.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="49"/>
        <source>%1 line %2: expected key = value inside a [section].</source>
        <translation>%1 line %2: expected key = value inside a [section].</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="95"/>
        <source>There is no profile &quot;%1&quot; in %2.</source>
        <translation>There is no profile &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="104"/>
        <source>The profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key (SSO, role and credential_process profiles are not supported yet).</source>
        <translation>The profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key (SSO, role and credential_process profiles are not supported yet).</translation>
    </message>
</context>
<context>
    <name>AwsProvider</name>
    <message>
        <location filename="../providers/aws/AwsProvider.cpp" line="80"/>
        <source>The provider is &quot;%1&quot;, not aws.</source>
        <translation>The provider is &quot;%1&quot;, not aws.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProvider.cpp" line="82"/>
        <source>An AWS connection needs a region (e.g. ap-northeast-2).</source>
        <translation>An AWS connection needs a region (e.g. ap-northeast-2).</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProvider.cpp" line="84"/>
        <source>An AWS connection needs a credential: a secret store key, or &quot;%1&quot; for the AWS_* variables.</source>
        <translation>An AWS connection needs a credential: a secret store key, or &quot;%1&quot; for the AWS_* variables.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProvider.cpp" line="89"/>
        <source>The endpoint override &quot;%1&quot; is not a URL.</source>
        <translation>The endpoint override &quot;%1&quot; is not a URL.</translation>
    </message>
</context>
<context>
    <name>AwsSession</name>
    <message>
        <location filename="../providers/aws/AwsSession.cpp" line="39"/>
        <source>The request was canceled.</source>
        <translation>The request was canceled.</translation>
    </message>
</context>
<context>
    <name>AwsStorage</name>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="19"/>
        <source>No volume &quot;%1&quot; in region %2.</source>
        <translation>No volume &quot;%1&quot; in region %2.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="90"/>
        <source>Volume %1 went to state %2.</source>
        <translation>Volume %1 went to state %2.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="93"/>
        <source>Volume %1 is still %2.</source>
        <translation>Volume %1 is still %2.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="111"/>
        <source>Region %1 has no available zone.</source>
        <translation>Region %1 has no available zone.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="187"/>
        <source>Instance %1 has no free device name for another volume.</source>
        <translation>Instance %1 has no free device name for another volume.</translation>
    </message>
</context>
<context>
    <name>AwsXml</name>
    <message>
        <location filename="../providers/aws/AwsXml.cpp" line="47"/>
        <source>The answer is not readable XML: %1</source>
        <translation>The answer is not readable XML: %1</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsXml.cpp" line="48"/>
        <source>no element</source>
        <translation>no element</translation>
    </message>
</context>
<context>
    <name>AzureAuth</name>
    <message>
        <location filename="../providers/azure/AzureAuth.cpp" line="77"/>
        <source>The token endpoint %1 answered without access_token or expires_in.</source>
        <translation>The token endpoint %1 answered without access_token or expires_in.</translation>
    </message>
</context>
<context>
    <name>AzureCatalogOps</name>
    <message>
        <location filename="../providers/azure/AzureCatalogOps.cpp" line="16"/>
        <source>No %1 &quot;%2&quot; here.</source>
        <translation>No %1 &quot;%2&quot; here.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCatalogOps.cpp" line="142"/>
        <source>&quot;%1&quot; is not an image URN (publisher:offer:sku:version).</source>
        <translation>&quot;%1&quot; is not an image URN (publisher:offer:sku:version).</translation>
    </message>
</context>
<context>
    <name>AzureCompute</name>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="52"/>
        <source>Azure imports key pairs: the request needs the public key (&quot;ssh-ed25519 AAAA...&quot; or &quot;ssh-rsa AAAA...&quot;).</source>
        <translation>Azure imports key pairs: the request needs the public key (&quot;ssh-ed25519 AAAA...&quot; or &quot;ssh-rsa AAAA...&quot;).</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="130"/>
        <source>A VM on Azure needs a VPC (virtual network) and a subnet.</source>
        <translation>A VM on Azure needs a VPC (virtual network) and a subnet.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="144"/>
        <source>The virtual network %1 has no subnet &quot;%2&quot;.</source>
        <translation>The virtual network %1 has no subnet &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="151"/>
        <source>The image &quot;%1&quot; is not an Azure image URN (publisher:offer:sku:version).</source>
        <translation>The image &quot;%1&quot; is not an Azure image URN (publisher:offer:sku:version).</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="154"/>
        <source>A VM needs a spec (VM size, e.g. Standard_B2s).</source>
        <translation>A VM needs a spec (VM size, e.g. Standard_B2s).</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="156"/>
        <source>An Azure network interface takes one network security group; the request names %1.</source>
        <translation>An Azure network interface takes one network security group; the request names %1.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="159"/>
        <source>A Linux VM on Azure needs a key pair.</source>
        <translation>A Linux VM on Azure needs a key pair.</translation>
    </message>
</context>
<context>
    <name>AzureCredentialSource</name>
    <message>
        <location filename="../providers/azure/AzureCredentialSource.cpp" line="38"/>
        <source>The credential &quot;%1&quot; is not an Azure service principal (JSON with tenantId, clientId, clientSecret and subscriptionId).</source>
        <translation>The credential &quot;%1&quot; is not an Azure service principal (JSON with tenantId, clientId, clientSecret and subscriptionId).</translation>
    </message>
</context>
<context>
    <name>AzureDispatch</name>
    <message>
        <location filename="../providers/azure/AzureDispatch.cpp" line="30"/>
        <source>Azure does not support this operation on %1.</source>
        <translation>Azure does not support this operation on %1.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureDispatch.cpp" line="101"/>
        <source>A resource to create needs a name.</source>
        <translation>A resource to create needs a name.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureDispatch.cpp" line="156"/>
        <source>Unknown function &quot;%1&quot;; Azure offers: %2.</source>
        <translation>Unknown function &quot;%1&quot;; Azure offers: %2.</translation>
    </message>
</context>
<context>
    <name>AzureKubernetes</name>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="133"/>
        <source>An AKS cluster on Azure needs a VPC (virtual network) and a subnet for its nodes.</source>
        <translation>An AKS cluster on Azure needs a VPC (virtual network) and a subnet for its nodes.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="136"/>
        <source>An AKS cluster needs at least one node group (its system pool).</source>
        <translation>An AKS cluster needs at least one node group (its system pool).</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="138"/>
        <source>AKS manages the security group of its nodes itself; create the cluster without security groups.</source>
        <translation>AKS manages the security group of its nodes itself; create the cluster without security groups.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="145"/>
        <source>AKS takes one key pair for all node groups of a cluster; the request names %1 and %2.</source>
        <translation>AKS takes one key pair for all node groups of a cluster; the request names %1 and %2.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="176"/>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
</context>
<context>
    <name>AzureLoadBalancing</name>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="201"/>
        <source>The VM %1 is not in the virtual network %2.</source>
        <translation>The VM %1 is not in the virtual network %2.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="274"/>
        <source>An NLB type is PUBLIC or INTERNAL, not &quot;%1&quot;.</source>
        <translation>An NLB type is PUBLIC or INTERNAL, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="277"/>
        <source>An Azure load balancer listens on TCP or UDP, not &quot;%1&quot;.</source>
        <translation>An Azure load balancer listens on TCP or UDP, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="281"/>
        <source>An Azure health probe uses TCP, HTTP or HTTPS, not &quot;%1&quot;.</source>
        <translation>An Azure health probe uses TCP, HTTP or HTTPS, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="286"/>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>The port %1 is not between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="289"/>
        <source>An NLB on Azure needs a VPC (virtual network).</source>
        <translation>An NLB on Azure needs a VPC (virtual network).</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="309"/>
        <source>The virtual network %1 has no subnet for an internal NLB.</source>
        <translation>The virtual network %1 has no subnet for an internal NLB.</translation>
    </message>
</context>
<context>
    <name>AzureMyImages</name>
    <message>
        <location filename="../providers/azure/AzureMyImages.cpp" line="83"/>
        <source>An image on Azure is made from a VM: the request needs the source VM.</source>
        <translation>An image on Azure is made from a VM: the request needs the source VM.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureMyImages.cpp" line="95"/>
        <source>Azure makes an image only from a generalized VM, and a generalized VM cannot be started again. Generalize %1 yourself, or ask for it with &quot;generalize&quot;: true in the image&apos;s extra fields (CLI: --body &apos;{&quot;extra&quot;:{&quot;generalize&quot;:true}}&apos;).</source>
        <translation>Azure makes an image only from a generalized VM, and a generalized VM cannot be started again. Generalize %1 yourself, or ask for it with &quot;generalize&quot;: true in the image&apos;s extra fields (CLI: --body &apos;{&quot;extra&quot;:{&quot;generalize&quot;:true}}&apos;).</translation>
    </message>
</context>
<context>
    <name>AzurePricing</name>
    <message>
        <location filename="../providers/azure/AzurePricing.cpp" line="77"/>
        <location filename="../providers/azure/AzurePricing.cpp" line="97"/>
        <source>The Retail Prices API sent a link to another place (%1); it is not followed.</source>
        <translation>The Retail Prices API sent a link to another place (%1); it is not followed.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzurePricing.cpp" line="91"/>
        <source>%1 answered without an Items list.</source>
        <translation>%1 answered without an Items list.</translation>
    </message>
</context>
<context>
    <name>AzureProvider</name>
    <message>
        <location filename="../providers/azure/AzureProvider.cpp" line="97"/>
        <source>The provider is &quot;%1&quot;, not azure.</source>
        <translation>The provider is &quot;%1&quot;, not azure.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureProvider.cpp" line="99"/>
        <source>An Azure connection needs a region (a location, e.g. koreacentral).</source>
        <translation>An Azure connection needs a region (a location, e.g. koreacentral).</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureProvider.cpp" line="101"/>
        <source>An Azure connection needs a credential (a service principal in the secret store).</source>
        <translation>An Azure connection needs a credential (a service principal in the secret store).</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureProvider.cpp" line="104"/>
        <source>The endpoint override &quot;%1&quot; is not a URL.</source>
        <translation>The endpoint override &quot;%1&quot; is not a URL.</translation>
    </message>
</context>
<context>
    <name>AzureSession</name>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="25"/>
        <source>The request was canceled.</source>
        <translation>The request was canceled.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="59"/>
        <source>ARM sent a link to another host (%1); it is not followed.</source>
        <translation>ARM sent a link to another host (%1); it is not followed.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="104"/>
        <source>%1 did not answer a JSON array.</source>
        <translation>%1 did not answer a JSON array.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="118"/>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="208"/>
        <source>The operation ended with status %1.</source>
        <translation>The operation ended with status %1.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="224"/>
        <source>The operation did not end after %1 polls.</source>
        <translation>The operation did not end after %1 polls.</translation>
    </message>
</context>
<context>
    <name>AzureStorage</name>
    <message>
        <location filename="../providers/azure/AzureStorage.cpp" line="43"/>
        <source>A disk needs a size in GB.</source>
        <translation>A disk needs a size in GB.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureStorage.cpp" line="102"/>
        <source>The disk %1 is not attached to %2.</source>
        <translation>The disk %1 is not attached to %2.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureStorage.cpp" line="129"/>
        <source>The disk %1 is not attached to a VM.</source>
        <translation>The disk %1 is not attached to a VM.</translation>
    </message>
</context>
<context>
    <name>Barista::ActivityLogModel</name>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="60"/>
        <source>Queued: %1</source>
        <translation>Queued: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="85"/>
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="88"/>
        <source>Started attempt %1 of %2: %3</source>
        <translation>Started attempt %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="92"/>
        <source>Attempt %1 of %2 failed, retrying: %3 — %4</source>
        <translation>Attempt %1 of %2 failed, retrying: %3 — %4</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="98"/>
        <location filename="../models/items/ActivityLogModel.cpp" line="220"/>
        <source>Succeeded: %1</source>
        <translation>Succeeded: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="102"/>
        <location filename="../models/items/ActivityLogModel.cpp" line="227"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="102"/>
        <location filename="../models/items/ActivityLogModel.cpp" line="227"/>
        <source>Failed: %1 — %2</source>
        <translation>Failed: %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="105"/>
        <location filename="../models/items/ActivityLogModel.cpp" line="230"/>
        <source>Canceled: %1</source>
        <translation>Canceled: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="232"/>
        <source>Running in another session: %1</source>
        <translation>Running in another session: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="236"/>
        <source>Interrupted when its session ended: %1</source>
        <translation>Interrupted when its session ended: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="274"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="276"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="278"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="340"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="342"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="344"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="346"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="348"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Barista::ActivityLogView</name>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="29"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="36"/>
        <source>Filter the activity log</source>
        <translation>Filter the activity log</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="38"/>
        <source>Shows only rows containing this text in any column (case-insensitive)</source>
        <translation>Shows only rows containing this text in any column (case-insensitive)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="42"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="43"/>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="44"/>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="45"/>
        <source>The least severe level shown</source>
        <translation>The least severe level shown</translation>
    </message>
</context>
<context>
    <name>Barista::CatalogPanel</name>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="74"/>
        <source>Use this spec</source>
        <translation>Use this spec</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="84"/>
        <source>Search the catalog, e.g. gpu:a100 vcpu&gt;=8 mem&gt;=32 near:seoul sort:price</source>
        <translation>Search the catalog, e.g. gpu:a100 vcpu&gt;=8 mem&gt;=32 near:seoul sort:price</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="127"/>
        <source>Clear map filter</source>
        <translation>Clear map filter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="193"/>
        <source>Spec id</source>
        <translation>Spec id</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="194"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="195"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="196"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="197"/>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="198"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="199"/>
        <source>On-demand</source>
        <translation>On-demand</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="200"/>
        <source>Spot</source>
        <translation>Spot</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="201"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="202"/>
        <source>Fetched at</source>
        <translation>Fetched at</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="233"/>
        <source>Map: %n region(s), near %1, %2</source>
        <translation>
            <numerusform>Map: %n region, near %1, %2</numerusform>
            <numerusform>Map: %n regions, near %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="237"/>
        <source>Map: %n region(s) selected</source>
        <translation>
            <numerusform>Map: %n region selected</numerusform>
            <numerusform>Map: %n regions selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="239"/>
        <source>Map: near %1, %2</source>
        <translation>Map: near %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="345"/>
        <source>Column %1: %2</source>
        <translation>Column %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="363"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="367"/>
        <source>Type a query to search the catalog.</source>
        <translation>Type a query to search the catalog.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="372"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="374"/>
        <source>First %n spec(s); refine the query to see others.</source>
        <translation>
            <numerusform>First %n spec; refine the query to see others.</numerusform>
            <numerusform>First %n specs; refine the query to see others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="376"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>%n spec</numerusform>
            <numerusform>%n specs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="385"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="387"/>
        <source>%1 %2 per hour</source>
        <translation>%1 %2 per hour</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="391"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="400"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="402"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="404"/>
        <source>%1 × %2, %3 GiB</source>
        <translation>%1 × %2, %3 GiB</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="406"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>Barista::CatalogRefresher</name>
    <message>
        <location filename="../models/workspace/CatalogRefresher.cpp" line="82"/>
        <source>No connection named &apos;%1&apos;.</source>
        <translation>No connection named &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../models/workspace/CatalogRefresher.cpp" line="169"/>
        <source>The catalog could not be written.</source>
        <translation>The catalog could not be written.</translation>
    </message>
</context>
<context>
    <name>Barista::CatalogResultModel</name>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="222"/>
        <location filename="../models/items/CatalogResultModel.cpp" line="224"/>
        <location filename="../models/items/CatalogResultModel.cpp" line="234"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="231"/>
        <source>%1 × %2</source>
        <extracomment>GPU count and model, e.g. &quot;4 × A100&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="231"/>
        <location filename="../models/items/CatalogResultModel.cpp" line="288"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="236"/>
        <source>%1 %2</source>
        <extracomment>Price per hour and currency, e.g. &quot;0.096 USD&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="278"/>
        <source>Region id</source>
        <translation>Region id</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="278"/>
        <source>Spec id</source>
        <translation>Spec id</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="280"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="282"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="284"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="286"/>
        <source>Memory GiB</source>
        <translation>Memory GiB</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="290"/>
        <source>Price/hour</source>
        <translation>Price/hour</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="292"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Barista::ChartCard</name>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="54"/>
        <source>Chart. Use &quot;Show as table&quot; for the same numbers as a table.</source>
        <translation>Chart. Use &quot;Show as table&quot; for the same numbers as a table.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="155"/>
        <source>Show as chart</source>
        <translation>Show as chart</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="155"/>
        <source>Show as table</source>
        <translation>Show as table</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="157"/>
        <source>Show %1 as a chart</source>
        <translation>Show %1 as a chart</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="157"/>
        <source>Show %1 as a table</source>
        <translation>Show %1 as a table</translation>
    </message>
</context>
<context>
    <name>Barista::ConnectionDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="57"/>
        <source>Add connection</source>
        <translation>Add connection</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="63"/>
        <source>e.g. aws-seoul</source>
        <translation>e.g. aws-seoul</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="64"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="69"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="72"/>
        <source>Native (the provider&apos;s own API)</source>
        <translation>Native (the provider&apos;s own API)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="73"/>
        <source>Simulated cloud</source>
        <translation>Simulated cloud</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="74"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Driver:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="78"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="81"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="82"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="84"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="88"/>
        <source>the provider&apos;s public endpoint</source>
        <translation>the provider&apos;s public endpoint</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="89"/>
        <source>&amp;Override URL:</source>
        <translation>&amp;Override URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="92"/>
        <source>the system&apos;s trusted certificates</source>
        <translation>the system&apos;s trusted certificates</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="96"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="97"/>
        <source>Choose a PEM file of CA certificates</source>
        <translation>Choose a PEM file of CA certificates</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="99"/>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA bundle:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="102"/>
        <source>Allow plain &amp;http to this host</source>
        <translation>Allow plain &amp;http to this host</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="106"/>
        <source>Without TLS, credentials and data cross the network unencrypted. Only for a private cloud on a network you trust.</source>
        <translation>Without TLS, credentials and data cross the network unencrypted. Only for a private cloud on a network you trust.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="113"/>
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="118"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="169"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="170"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="191"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="216"/>
        <source>Edit connection %1</source>
        <translation>Edit connection %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="282"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="293"/>
        <source>Connected: %n region(s)</source>
        <translation>
            <numerusform>Connected: %n region</numerusform>
            <numerusform>Connected: %n regions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="303"/>
        <source>Error code: %1</source>
        <translation>Error code: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="325"/>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>A connection named &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="332"/>
        <source>No secret store is available to keep the credential.</source>
        <translation>No secret store is available to keep the credential.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="335"/>
        <source>Could not store the credential: %1</source>
        <translation>Could not store the credential: %1</translation>
    </message>
</context>
<context>
    <name>Barista::ConnectionStore</name>
    <message>
        <location filename="../models/workspace/ConnectionStore.cpp" line="112"/>
        <source>No connection named &apos;%1&apos;.</source>
        <translation>No connection named &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Barista::CreateResourceDialog</name>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="63"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="65"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="114"/>
        <source>Create resource</source>
        <translation>Create resource</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="121"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="136"/>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="137"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="193"/>
        <source>Subnet name</source>
        <translation>Subnet name</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="193"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="211"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="195"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="217"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="233"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="254"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="196"/>
        <source>IPv4 CIDR:</source>
        <translation>IPv4 CIDR:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>Subnets:</source>
        <translation>Subnets:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="211"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="211"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="211"/>
        <source>From port</source>
        <translation>From port</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="211"/>
        <source>To port</source>
        <translation>To port</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="218"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="257"/>
        <source>VPC:</source>
        <translation>VPC:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="219"/>
        <source>Rules:</source>
        <translation>Rules:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="255"/>
        <source>Spec:</source>
        <translation>Spec:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="256"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="258"/>
        <source>Subnet:</source>
        <translation>Subnet:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="259"/>
        <source>Security group:</source>
        <translation>Security group:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="260"/>
        <source>Key pair:</source>
        <translation>Key pair:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="284"/>
        <source>There is no connection to create resources on.</source>
        <translation>There is no connection to create resources on.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="287"/>
        <source>Loading choices from %1…</source>
        <translation>Loading choices from %1…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="300"/>
        <source>Listing %1 was canceled.</source>
        <translation>Listing %1 was canceled.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="303"/>
        <source>Listing %1 failed: %2</source>
        <translation>Listing %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="334"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="339"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="347"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (%2 vCPU, %3 GiB)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="391"/>
        <source>Enter a name for the VPC.</source>
        <translation>Enter a name for the VPC.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="393"/>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.0.0/16.</source>
        <translation>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.0.0/16.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="399"/>
        <source>Subnet %1 has no name.</source>
        <translation>Subnet %1 has no name.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="401"/>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.1.0/24.</source>
        <translation>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.1.0/24.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="405"/>
        <source>A VPC needs at least one subnet.</source>
        <translation>A VPC needs at least one subnet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="413"/>
        <source>Enter a name for the security group.</source>
        <translation>Enter a name for the security group.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="415"/>
        <source>Choose the VPC of the security group.</source>
        <translation>Choose the VPC of the security group.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="426"/>
        <source>Rule %1: the direction must be inbound or outbound.</source>
        <translation>Rule %1: the direction must be inbound or outbound.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="430"/>
        <source>Rule %1: the protocol must be tcp, udp, icmp or all.</source>
        <translation>Rule %1: the protocol must be tcp, udp, icmp or all.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="432"/>
        <source>Rule %1: the ports must be -1 (all) or 0-65535, from ≤ to.</source>
        <translation>Rule %1: the ports must be -1 (all) or 0-65535, from ≤ to.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="434"/>
        <source>Rule %1: &quot;%2&quot; is not an IPv4 CIDR.</source>
        <translation>Rule %1: &quot;%2&quot; is not an IPv4 CIDR.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="443"/>
        <source>Enter a name for the key pair.</source>
        <translation>Enter a name for the key pair.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="457"/>
        <source>Enter a name for the VM.</source>
        <translation>Enter a name for the VM.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="459"/>
        <source>Choose a spec.</source>
        <translation>Choose a spec.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="461"/>
        <source>Choose an image.</source>
        <translation>Choose an image.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="463"/>
        <source>Choose a VPC and a subnet; create a VPC first if there is none.</source>
        <translation>Choose a VPC and a subnet; create a VPC first if there is none.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="471"/>
        <source>This kind cannot be created here.</source>
        <translation>This kind cannot be created here.</translation>
    </message>
</context>
<context>
    <name>Barista::CredentialEditor</name>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="25"/>
        <source>Import from a file…</source>
        <translation>Import from a file…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="26"/>
        <source>Type or paste the keys</source>
        <translation>Type or paste the keys</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="27"/>
        <source>Environment variables (AWS_*, OS_*)</source>
        <translation>Environment variables (AWS_*, OS_*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="37"/>
        <source>&amp;File type:</source>
        <translation>&amp;File type:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="43"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="44"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="46"/>
        <source>Fil&amp;e:</source>
        <translation>Fil&amp;e:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="49"/>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="54"/>
        <source>&amp;Subscription:</source>
        <translation>&amp;Subscription:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="57"/>
        <source>AZURE_SUBSCRIPTION_ID, or the file&apos;s subscriptionId</source>
        <translation>AZURE_SUBSCRIPTION_ID, or the file&apos;s subscriptionId</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="60"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="86"/>
        <source>The stored credential is kept.</source>
        <translation>The stored credential is kept.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="87"/>
        <source>Read from the environment of Barista Console when the connection is used.</source>
        <translation>Read from the environment of Barista Console when the connection is used.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="91"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="103"/>
        <source>AWS CLI profile (~/.aws/credentials)</source>
        <translation>AWS CLI profile (~/.aws/credentials)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="105"/>
        <source>Service-account key (JSON)</source>
        <translation>Service-account key (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="107"/>
        <source>Service principal (az ad sp create-for-rbac)</source>
        <translation>Service principal (az ad sp create-for-rbac)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="109"/>
        <source>clouds.yaml</source>
        <translation>clouds.yaml</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="110"/>
        <source>openrc file</source>
        <translation>openrc file</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="125"/>
        <source>Keep the stored credential</source>
        <translation>Keep the stored credential</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="144"/>
        <source>Profi&amp;le:</source>
        <translation>Profi&amp;le:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="144"/>
        <source>C&amp;loud:</source>
        <translation>C&amp;loud:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="152"/>
        <source>the usual place</source>
        <translation>the usual place</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="168"/>
        <source>Access key ID:</source>
        <translation>Access key ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="169"/>
        <source>Secret access key:</source>
        <translation>Secret access key:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="170"/>
        <source>Session token (optional):</source>
        <translation>Session token (optional):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="172"/>
        <source>Service-account key JSON:</source>
        <translation>Service-account key JSON:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="174"/>
        <source>Tenant ID:</source>
        <translation>Tenant ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="174"/>
        <source>Client (app) ID:</source>
        <translation>Client (app) ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="175"/>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="175"/>
        <source>Subscription ID:</source>
        <translation>Subscription ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="177"/>
        <source>Keystone URL:</source>
        <translation>Keystone URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="177"/>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="178"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="178"/>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="179"/>
        <source>User domain:</source>
        <translation>User domain:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="179"/>
        <source>Project domain:</source>
        <translation>Project domain:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="192"/>
        <source>This provider has no native adapter yet: use the simulated cloud.</source>
        <translation>This provider has no native adapter yet: use the simulated cloud.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="217"/>
        <source>Import the credential file first.</source>
        <translation>Import the credential file first.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="251"/>
        <source>Imported. The secret is stored when you press OK.</source>
        <translation>Imported. The secret is stored when you press OK.</translation>
    </message>
</context>
<context>
    <name>Barista::DashboardPanel</name>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="93"/>
        <source>Show all as tables</source>
        <translation>Show all as tables</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <source>Running cost per hour by provider</source>
        <translation>Running cost per hour by provider</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="167"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="191"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="309"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="374"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="167"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="175"/>
        <source>Running VMs</source>
        <translation>Running VMs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="167"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="169"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="172"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="175"/>
        <source>USD/hour</source>
        <translation>USD/hour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="167"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="175"/>
        <source>Without a known price</source>
        <translation>Without a known price</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="173"/>
        <source>Running cost per hour by infra</source>
        <translation>Running cost per hour by infra</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="175"/>
        <source>Infra</source>
        <translation>Infra</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="184"/>
        <source>VMs by status</source>
        <translation>VMs by status</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="184"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="184"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="186"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="191"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="190"/>
        <source>VMs by provider and region</source>
        <translation>VMs by provider and region</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="191"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="205"/>
        <source>%1: %2 USD/h</source>
        <translation>%1: %2 USD/h</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="212"/>
        <source>%n running VM(s) without a known price</source>
        <translation>
            <numerusform>%n running VM without a known price</numerusform>
            <numerusform>%n running VMs without a known price</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="220"/>
        <source>Not in an infra</source>
        <translation>Not in an infra</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="237"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="246"/>
        <source>%n connection(s) could not be listed; their last known VMs are shown.</source>
        <translation>
            <numerusform>%n connection could not be listed; its last known VMs are shown.</numerusform>
            <numerusform>%n connections could not be listed; their last known VMs are shown.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="256"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="267"/>
        <source>Running now: %1 USD/hour (%n VM(s) without a known price not included)</source>
        <translation>
            <numerusform>Running now: %1 USD/hour (%n VM without a known price not included)</numerusform>
            <numerusform>Running now: %1 USD/hour (%n VMs without a known price not included)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="269"/>
        <source>Running now: %1 USD/hour</source>
        <translation>Running now: %1 USD/hour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="276"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="287"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="278"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="280"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>Throttles</source>
        <translation>Throttles</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="282"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>p95 latency (ms)</source>
        <translation>p95 latency (ms)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="284"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>Seconds ago</source>
        <translation>Seconds ago</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="290"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="305"/>
        <source>Provider API health</source>
        <translation>Provider API health</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="312"/>
        <source>All providers</source>
        <translation>All providers</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="363"/>
        <source>No provider calls yet.</source>
        <translation>No provider calls yet.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="363"/>
        <source>Calls, errors and throttles are counted per sample.</source>
        <translation>Calls, errors and throttles are counted per sample.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="368"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="374"/>
        <source>Age (hours)</source>
        <translation>Age (hours)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="371"/>
        <source>Hours since fetched</source>
        <translation>Hours since fetched</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="372"/>
        <source>Catalog freshness per provider</source>
        <translation>Catalog freshness per provider</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="374"/>
        <source>Fetched at</source>
        <translation>Fetched at</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="388"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="400"/>
        <source>%n provider(s) never fetched</source>
        <translation>
            <numerusform>%n provider never fetched</numerusform>
            <numerusform>%n providers never fetched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Barista::DiskFormPage</name>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="43"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="47"/>
        <source>the connection&apos;s zone</source>
        <translation>the connection&apos;s zone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="49"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="50"/>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="51"/>
        <source>Disk type:</source>
        <translation>Disk type:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="52"/>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="59"/>
        <source>(the cloud&apos;s default)</source>
        <translation>(the cloud&apos;s default)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="78"/>
        <source>Enter a name for the disk.</source>
        <translation>Enter a name for the disk.</translation>
    </message>
</context>
<context>
    <name>Barista::DriftDialog</name>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="31"/>
        <source>infrastructure</source>
        <translation>infrastructure</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="31"/>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="32"/>
        <source>Barista tag, untracked (orphan)</source>
        <translation>Barista tag, untracked (orphan)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="32"/>
        <source>foreign</source>
        <translation>foreign</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="38"/>
        <source>%1 / node %2</source>
        <translation>%1 / node %2</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="40"/>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="40"/>
        <source>shared by %1</source>
        <translation>shared by %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="48"/>
        <source>Mapped (%1)</source>
        <translation>Mapped (%1)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="50"/>
        <source>Only ours (%1)</source>
        <translation>Only ours (%1)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="52"/>
        <source>Only in the cloud (%1)</source>
        <translation>Only in the cloud (%1)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="64"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="66"/>
        <source>&amp;Adopt…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="67"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="68"/>
        <source>&amp;Forget…</source>
        <translation>&amp;Forget…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="71"/>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="83"/>
        <source>Record a resource that only the cloud has in the journal (and its infrastructure).</source>
        <translation>Record a resource that only the cloud has in the journal (and its infrastructure).</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="84"/>
        <source>Delete the resource in the cloud (journaled).</source>
        <translation>Delete the resource in the cloud (journaled).</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="85"/>
        <source>Record that a resource the cloud no longer lists is gone.</source>
        <translation>Record that a resource the cloud no longer lists is gone.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="87"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="92"/>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="94"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>System ID</source>
        <translation>System ID</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="199"/>
        <source>Comparing the workspace with %1…</source>
        <translation>Comparing the workspace with %1…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="210"/>
        <source>The comparison was canceled.</source>
        <translation>The comparison was canceled.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="245"/>
        <source>The connection cannot be used: %1</source>
        <translation>The connection cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="247"/>
        <source>%1 could not be listed, so nothing is concluded about them: %2</source>
        <translation>%1 could not be listed, so nothing is concluded about them: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/DriftDialog.cpp" line="254"/>
        <source>Compared %n kind(s) on %1.</source>
        <translation>
            <numerusform>Compared %n kind on %1.</numerusform>
            <numerusform>Compared %n kinds on %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="315"/>
        <source>Adopt %1 &apos;%2&apos; on %3? The workspace will treat it as its own.</source>
        <translation>Adopt %1 &apos;%2&apos; on %3? The workspace will treat it as its own.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="326"/>
        <source>Forget %1 &apos;%2&apos; on %3? The cloud does not list it; the workspace will record it as gone.</source>
        <translation>Forget %1 &apos;%2&apos; on %3? The cloud does not list it; the workspace will record it as gone.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="338"/>
        <source>Delete %1 &apos;%2&apos; on %3? Barista did not make it: someone else may still use it. This cannot be undone.</source>
        <translation>Delete %1 &apos;%2&apos; on %3? Barista did not make it: someone else may still use it. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="339"/>
        <source>Delete %1 &apos;%2&apos; on %3? This cannot be undone.</source>
        <translation>Delete %1 &apos;%2&apos; on %3? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="344"/>
        <source>Deleting %1 &apos;%2&apos;…</source>
        <translation>Deleting %1 &apos;%2&apos;…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="353"/>
        <source>The delete was canceled.</source>
        <translation>The delete was canceled.</translation>
    </message>
</context>
<context>
    <name>Barista::DriftReport</name>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="177"/>
        <source>The drift view was closed.</source>
        <translation>The drift view was closed.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="186"/>
        <source>The listing was canceled.</source>
        <translation>The listing was canceled.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="300"/>
        <source>Only a resource that the cloud lists and the workspace has no record of can be adopted.</source>
        <translation>Only a resource that the cloud lists and the workspace has no record of can be adopted.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="308"/>
        <source>Adopted from the cloud&apos;s listing by the drift view.</source>
        <translation>Adopted from the cloud&apos;s listing by the drift view.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="309"/>
        <location filename="../models/infra/DriftReport.cpp" line="451"/>
        <source>Cannot write the journal.</source>
        <translation>Cannot write the journal.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="314"/>
        <source>Adopted %1 &apos;%2&apos; (journal entry %3).</source>
        <translation>Adopted %1 &apos;%2&apos; (journal entry %3).</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="316"/>
        <source>Adopted %1 &apos;%2&apos; (journal entry %3) as node %4 of infrastructure &apos;%5&apos;.</source>
        <translation>Adopted %1 &apos;%2&apos; (journal entry %3) as node %4 of infrastructure &apos;%5&apos;.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="321"/>
        <source>Adopted %1 &apos;%2&apos; (journal entry %3) as a shared resource of connection &apos;%4&apos;.</source>
        <translation>Adopted %1 &apos;%2&apos; (journal entry %3) as a shared resource of connection &apos;%4&apos;.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="408"/>
        <source>The cloud does not list %1 &apos;%2&apos;; forget it instead.</source>
        <translation>The cloud does not list %1 &apos;%2&apos;; forget it instead.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="413"/>
        <source>%1 &apos;%2&apos; belongs to an infrastructure; delete or scale the infrastructure instead.</source>
        <translation>%1 &apos;%2&apos; belongs to an infrastructure; delete or scale the infrastructure instead.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="424"/>
        <source>Deleted %1 &apos;%2&apos;.</source>
        <translation>Deleted %1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="428"/>
        <source>%1 &apos;%2&apos; was already gone.</source>
        <translation>%1 &apos;%2&apos; was already gone.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="431"/>
        <source>Cannot delete %1 &apos;%2&apos;: %3</source>
        <translation>Cannot delete %1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="443"/>
        <source>Only a resource that the cloud does not list can be forgotten.</source>
        <translation>Only a resource that the cloud does not list can be forgotten.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="450"/>
        <source>Not in the cloud&apos;s listing: forgotten by the drift view.</source>
        <translation>Not in the cloud&apos;s listing: forgotten by the drift view.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="463"/>
        <source>The cloud lists no VM for this node: it is gone.</source>
        <translation>The cloud lists no VM for this node: it is gone.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="475"/>
        <source>Forgot %1 &apos;%2&apos; (journal entry %3).</source>
        <translation>Forgot %1 &apos;%2&apos; (journal entry %3).</translation>
    </message>
</context>
<context>
    <name>Barista::FleetMonitor</name>
    <message>
        <location filename="../models/fleet/FleetMonitor.cpp" line="194"/>
        <source>The list was canceled.</source>
        <translation>The list was canceled.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraCommandDialog</name>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="19"/>
        <source>Run command</source>
        <translation>Run command</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="21"/>
        <source>e.g. uname -a</source>
        <translation>e.g. uname -a</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="24"/>
        <source>the node&apos;s own user</source>
        <translation>the node&apos;s own user</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="27"/>
        <source>Runs on %1, in parallel; the output appears in the Infrastructures panel.</source>
        <translation>Runs on %1, in parallel; the output appears in the Infrastructures panel.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="30"/>
        <source>&amp;Command:</source>
        <translation>&amp;Command:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="31"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="34"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
</context>
<context>
    <name>Barista::InfraEditorDialog</name>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="39"/>
        <source>New infrastructure</source>
        <translation>New infrastructure</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="51"/>
        <source>lowercase letters, digits and hyphens, e.g. shop</source>
        <translation>lowercase letters, digits and hyphens, e.g. shop</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="57"/>
        <source>Continue: keep the nodes that were created</source>
        <translation>Continue: keep the nodes that were created</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="58"/>
        <source>Refine: keep the good nodes, drop the failed ones</source>
        <translation>Refine: keep the good nodes, drop the failed ones</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="59"/>
        <source>Rollback: delete everything this create made</source>
        <translation>Rollback: delete everything this create made</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="61"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="62"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="63"/>
        <source>When some nodes &amp;fail:</source>
        <translation>When some nodes &amp;fail:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Node group</source>
        <translation>Node group</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Spec ID</source>
        <translation>Spec ID</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Image ID</source>
        <translation>Image ID</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Connection (optional)</source>
        <translation>Connection (optional)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="75"/>
        <source>&amp;Add group</source>
        <translation>&amp;Add group</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="77"/>
        <source>&amp;Remove group</source>
        <translation>&amp;Remove group</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="101"/>
        <source>Node groups:</source>
        <translation>Node groups:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="112"/>
        <source>&amp;Load…</source>
        <translation>&amp;Load…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="114"/>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="116"/>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="118"/>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="120"/>
        <source>Enabled once a review of the form as it is now found no error.</source>
        <translation>Enabled once a review of the form as it is now found no error.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="121"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="160"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="163"/>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="164"/>
        <source>latency from the map&apos;s chosen point</source>
        <translation>latency from the map&apos;s chosen point</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="174"/>
        <source>Minimum vCPU:</source>
        <translation>Minimum vCPU:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="176"/>
        <source>Minimum memory:</source>
        <translation>Minimum memory:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="178"/>
        <source>Rank by:</source>
        <translation>Rank by:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="269"/>
        <source>Add from map selection (%n region(s))</source>
        <translation>
            <numerusform>Add from map selection (%n region)</numerusform>
            <numerusform>Add from map selection (%n regions)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="271"/>
        <source>Select regions on the map first (click, Ctrl+click or Shift+drag).</source>
        <translation>Select regions on the map first (click, Ctrl+click or Shift+drag).</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="272"/>
        <source>The catalog is not open yet.</source>
        <translation>The catalog is not open yet.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="303"/>
        <source>The review was canceled.</source>
        <translation>The review was canceled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="340"/>
        <source>Looking for the cheapest specs in %n region(s)…</source>
        <translation>
            <numerusform>Looking for the cheapest specs in %n region…</numerusform>
            <numerusform>Looking for the cheapest specs in %n regions…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="365"/>
        <source>%1: the catalog does not know the vCPU and memory of the specs there; refresh the catalog from the cloud, or enter a spec ID.</source>
        <translation>%1: the catalog does not know the vCPU and memory of the specs there; refresh the catalog from the cloud, or enter a spec ID.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="371"/>
        <source>%1: no spec with at least %2 vCPU and %3 GiB in the catalog.</source>
        <translation>%1: no spec with at least %2 vCPU and %3 GiB in the catalog.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="375"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="392"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="396"/>
        <source>%1: %2 (%3 vCPU, %4 GiB), %5 per hour, about %6 ms from the chosen point</source>
        <translation>%1: %2 (%3 vCPU, %4 GiB), %5 per hour, about %6 ms from the chosen point</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="399"/>
        <source>%1: %2 (%3 vCPU, %4 GiB), %5 per hour</source>
        <translation>%1: %2 (%3 vCPU, %4 GiB), %5 per hour</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="401"/>
        <source>%1: the catalog knows no image there; enter an image ID.</source>
        <translation>%1: the catalog knows no image there; enter an image ID.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="439"/>
        <source>Load infrastructure</source>
        <translation>Load infrastructure</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="439"/>
        <source>Infrastructure specs (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Infrastructure specs (*.yaml *.yml *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="446"/>
        <source>Save infrastructure</source>
        <translation>Save infrastructure</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="448"/>
        <source>JSON (*.json);;YAML (*.yaml *.yml)</source>
        <translation>JSON (*.json);;YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="451"/>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
</context>
<context>
    <name>Barista::InfraEngine</name>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="265"/>
        <source>Not confirmed gone: %1</source>
        <translation>Not confirmed gone: %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="358"/>
        <source>%1 did not reach %2 within %3 s (last status %4).</source>
        <translation>%1 did not reach %2 within %3 s (last status %4).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="470"/>
        <source>The review found errors; nothing was created.</source>
        <translation>The review found errors; nothing was created.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="472"/>
        <source>An infrastructure named &apos;%1&apos; already exists.</source>
        <translation>An infrastructure named &apos;%1&apos; already exists.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="477"/>
        <source>Cannot add connection &apos;%1&apos;: %2</source>
        <translation>Cannot add connection &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="485"/>
        <source>The review has no node group &apos;%1&apos;.</source>
        <translation>The review has no node group &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="522"/>
        <source>Creating %n node(s) on %1 connection(s)</source>
        <translation>
            <numerusform>Creating %n node on %1 connection(s)</numerusform>
            <numerusform>Creating %n nodes on %1 connection(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="548"/>
        <location filename="../models/infra/InfraEngine.cpp" line="570"/>
        <source>The create was aborted before this node was asked for.</source>
        <translation>The create was aborted before this node was asked for.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="691"/>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="692"/>
        <source>Created with %n failed node(s): %1</source>
        <translation>
            <numerusform>Created with %n failed node: %1</numerusform>
            <numerusform>Created with %n failed nodes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="712"/>
        <source>Refining: removing %n failed node(s)</source>
        <translation>
            <numerusform>Refining: removing %n failed node</numerusform>
            <numerusform>Refining: removing %n failed nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="723"/>
        <source>Rolling back: %n node(s) failed</source>
        <translation>
            <numerusform>Rolling back: %n node failed</numerusform>
            <numerusform>Rolling back: %n nodes failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="736"/>
        <source>Rolled back: the create failed and everything it made was deleted.</source>
        <translation>Rolled back: the create failed and everything it made was deleted.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="738"/>
        <source>Roll back incomplete: some resources could not be confirmed deleted.</source>
        <translation>Roll back incomplete: some resources could not be confirmed deleted.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="838"/>
        <source>%1: is %2; %3 needs %4</source>
        <translation>%1: is %2; %3 needs %4</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="894"/>
        <location filename="../models/infra/InfraEngine.cpp" line="931"/>
        <source>%1 (cannot list: %2)</source>
        <translation>%1 (cannot list: %2)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="978"/>
        <source>The cloud lists no VM for this node: it was never created or is gone.</source>
        <translation>The cloud lists no VM for this node: it was never created or is gone.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1063"/>
        <source>remote commands are not available (no SSH client or secret store)</source>
        <translation>remote commands are not available (no SSH client or secret store)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1070"/>
        <source>%1: is %2, not Running with an address</source>
        <translation>%1: is %2, not Running with an address</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1124"/>
        <source>Unknown action &apos;%1&apos; (one of %2).</source>
        <translation>Unknown action &apos;%1&apos; (one of %2).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1126"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1219"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1277"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1305"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1343"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1366"/>
        <source>No infrastructure named &apos;%1&apos;.</source>
        <translation>No infrastructure named &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1146"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1221"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1279"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1307"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1345"/>
        <source>&apos;%1&apos; is busy with %2; wait, or abort it.</source>
        <translation>&apos;%1&apos; is busy with %2; wait, or abort it.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1154"/>
        <source>Reconciled: %1</source>
        <translation>Reconciled: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="1168"/>
        <source>Aborted: %n unfinished node(s) terminated; %1</source>
        <translation>
            <numerusform>Aborted: %n unfinished node terminated; %1</numerusform>
            <numerusform>Aborted: %n unfinished nodes terminated; %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1183"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1348"/>
        <source>No node of &apos;%1&apos; matches the scope.</source>
        <translation>No node of &apos;%1&apos; matches the scope.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="1194"/>
        <source>Refined: %n failed node(s) removed; %1</source>
        <translation>
            <numerusform>Refined: %n failed node removed; %1</numerusform>
            <numerusform>Refined: %n failed nodes removed; %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1201"/>
        <source>Terminated: %1</source>
        <translation>Terminated: %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1209"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1223"/>
        <source>A node group&apos;s size must be from 0 to 1000.</source>
        <translation>A node group&apos;s size must be from 0 to 1000.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1233"/>
        <source>&apos;%1&apos; has no node group &apos;%2&apos; with nodes.</source>
        <translation>&apos;%1&apos; has no node group &apos;%2&apos; with nodes.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1237"/>
        <source>Node group &apos;%1&apos; already has %2 node(s).</source>
        <translation>Node group &apos;%1&apos; already has %2 node(s).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1254"/>
        <source>Scaled %1 out to %2: %3</source>
        <translation>Scaled %1 out to %2: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1267"/>
        <source>Scaled %1 in to %2: %3</source>
        <translation>Scaled %1 in to %2: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1282"/>
        <source>&apos;%1&apos; already has a node group &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; already has a node group &apos;%2&apos;.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1286"/>
        <source>No connection named &apos;%1&apos;.</source>
        <translation>No connection named &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1296"/>
        <source>Added node group %1: %2</source>
        <translation>Added node group %1: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1315"/>
        <source>Not deleted: some connections could not be listed, so nothing was removed.</source>
        <translation>Not deleted: some connections could not be listed, so nothing was removed.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1326"/>
        <source>Deleted &apos;%1&apos;: every node and the shared resources nothing else uses are gone.</source>
        <translation>Deleted &apos;%1&apos;: every node and the shared resources nothing else uses are gone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="1328"/>
        <source>Delete of &apos;%1&apos; incomplete: %n resource(s) not confirmed gone; run delete again.</source>
        <translation>
            <numerusform>Delete of &apos;%1&apos; incomplete: %n resource not confirmed gone; run delete again.</numerusform>
            <numerusform>Delete of &apos;%1&apos; incomplete: %n resources not confirmed gone; run delete again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1355"/>
        <source>Command finished on %1 of %2 node(s) with exit status 0.</source>
        <translation>Command finished on %1 of %2 node(s) with exit status 0.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraOutputView</name>
    <message>
        <location filename="../ui/infra/InfraOutputView.cpp" line="67"/>
        <source>[%1] exit %2: %3</source>
        <translation>[%1] exit %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraOutputView.cpp" line="68"/>
        <source>[%1] exit %2</source>
        <translation>[%1] exit %2</translation>
    </message>
</context>
<context>
    <name>Barista::InfraPanel</name>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="55"/>
        <source>New infrastructure…</source>
        <translation>New infrastructure…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="57"/>
        <source>Refresh status</source>
        <translation>Refresh status</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="61"/>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="62"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="63"/>
        <source>Reboot</source>
        <translation>Reboot</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="64"/>
        <source>Terminate…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="69"/>
        <source>Scale…</source>
        <translation>Scale…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="71"/>
        <source>Run command…</source>
        <translation>Run command…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="74"/>
        <source>Reconcile</source>
        <translation>Reconcile</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="76"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="78"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="239"/>
        <source>node %1 of %2</source>
        <translation>node %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="241"/>
        <source>node group %1 of %2</source>
        <translation>node group %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="242"/>
        <source>every node of %1</source>
        <translation>every node of %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraPanel.cpp" line="301"/>
        <source>%1 of %n node(s) settled</source>
        <translation>
            <numerusform>%1 of %n node settled</numerusform>
            <numerusform>%1 of %n nodes settled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="302"/>
        <source>%1: %2 in progress</source>
        <translation>%1: %2 in progress</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="311"/>
        <source>The operation on %1 ended without an outcome.</source>
        <translation>The operation on %1 ended without an outcome.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="333"/>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraPanel.cpp" line="338"/>
        <source>… and %n more failed node(s)</source>
        <translation>
            <numerusform>… and %n more failed node</numerusform>
            <numerusform>… and %n more failed nodes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="340"/>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="342"/>
        <source>Not confirmed gone: %1</source>
        <translation>Not confirmed gone: %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="364"/>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="403"/>
        <source>Terminate %1? Terminated VMs cannot be started again.</source>
        <translation>Terminate %1? Terminated VMs cannot be started again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraPanel.cpp" line="430"/>
        <source>Delete the infrastructure %1 and its %n node(s)? Every VM is terminated, and the shared networks, security group and key that nothing else uses are released.</source>
        <translation>
            <numerusform>Delete the infrastructure %1 and its %n node? Every VM is terminated, and the shared networks, security group and key that nothing else uses are released.</numerusform>
            <numerusform>Delete the infrastructure %1 and its %n nodes? Every VM is terminated, and the shared networks, security group and key that nothing else uses are released.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="447"/>
        <location filename="../ui/infra/InfraPanel.cpp" line="451"/>
        <source>Scale %1</source>
        <translation>Scale %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="447"/>
        <source>Node group:</source>
        <translation>Node group:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="451"/>
        <source>Nodes in %1:</source>
        <translation>Nodes in %1:</translation>
    </message>
</context>
<context>
    <name>Barista::InfraReviewView</name>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="18"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="38"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="40"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="44"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <location filename="../ui/infra/InfraReviewView.cpp" line="152"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>Memory (GiB)</source>
        <translation>Memory (GiB)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="67"/>
        <source>Price/h</source>
        <translation>Price/h</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="67"/>
        <source>Cost/h</source>
        <translation>Cost/h</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="67"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="103"/>
        <source>Review the infrastructure to see where each node group goes, what it costs and whether it can be created.</source>
        <translation>Review the infrastructure to see where each node group goes, what it costs and whether it can be created.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="111"/>
        <source>Reviewing: asking the clouds about specs, images, quotas and networks…</source>
        <translation>Reviewing: asking the clouds about specs, images, quotas and networks…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="117"/>
        <source>The form changed since the review: review again before creating.</source>
        <translation>The form changed since the review: review again before creating.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="123"/>
        <source>The infrastructure is not valid yet:</source>
        <translation>The infrastructure is not valid yet:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="135"/>
        <source>%1 (to be added)</source>
        <translation>%1 (to be added)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="138"/>
        <location filename="../ui/infra/InfraReviewView.cpp" line="139"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="154"/>
        <source>existing network</source>
        <translation>existing network</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="154"/>
        <source>network %1</source>
        <translation>network %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraReviewView.cpp" line="174"/>
        <source>Estimated cost: %1 per hour for %n node(s).</source>
        <translation>
            <numerusform>Estimated cost: %1 per hour for %n node.</numerusform>
            <numerusform>Estimated cost: %1 per hour for %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraReviewView.cpp" line="176"/>
        <source>Estimated cost: unknown: no price is known for the %n node(s).</source>
        <translation>
            <numerusform>Estimated cost: unknown: no price is known for the %n node.</numerusform>
            <numerusform>Estimated cost: unknown: no price is known for the %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraReviewView.cpp" line="179"/>
        <source>Estimated cost: %1 per hour, plus %n node(s) of unknown price (not counted).</source>
        <translation>
            <numerusform>Estimated cost: %1 per hour, plus %n node of unknown price (not counted).</numerusform>
            <numerusform>Estimated cost: %1 per hour, plus %n nodes of unknown price (not counted).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="181"/>
        <source>Review: OK. The infrastructure can be created.</source>
        <translation>Review: OK. The infrastructure can be created.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="182"/>
        <source>Review: errors. Nothing can be created until they are fixed.</source>
        <translation>Review: errors. Nothing can be created until they are fixed.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraReviewer</name>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="142"/>
        <source>An infra named &quot;%1&quot; already exists; choose another name or delete that one first.</source>
        <translation>An infra named &quot;%1&quot; already exists; choose another name or delete that one first.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="145"/>
        <source>No catalog is open: prices are unknown.</source>
        <translation>No catalog is open: prices are unknown.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="160"/>
        <source>Node group %1: nodeGroupSize must be at least 1, not %2.</source>
        <translation>Node group %1: nodeGroupSize must be at least 1, not %2.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="166"/>
        <source>Node group %1: rootDiskSize must be 0 (the image&apos;s default) or 1 to %2 GB, not %3.</source>
        <translation>Node group %1: rootDiskSize must be 0 (the image&apos;s default) or 1 to %2 GB, not %3.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="191"/>
        <source>Node group %1: spec %2 and image %3 are checked on the cloud once connection %4 exists.</source>
        <translation>Node group %1: spec %2 and image %3 are checked on the cloud once connection %4 exists.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="218"/>
        <source>Connection %1 will be added by create: its quota and existing networks are checked then.</source>
        <translation>Connection %1 will be added by create: its quota and existing networks are checked then.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="225"/>
        <source>Connection %1 cannot be used: %2</source>
        <translation>Connection %1 cannot be used: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="289"/>
        <source>Node group %1: spec %2 is not offered in %3 (%4).</source>
        <translation>Node group %1: spec %2 is not offered in %3 (%4).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="293"/>
        <source>Node group %1: spec %2 could not be checked on connection %3: %4</source>
        <translation>Node group %1: spec %2 could not be checked on connection %3: %4</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="315"/>
        <source>Node group %1: image %2 is not listed in %3 (%4); private and shared images often are not, so the cloud decides at create.</source>
        <translation>Node group %1: image %2 is not listed in %3 (%4); private and shared images often are not, so the cloud decides at create.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="321"/>
        <source>Node group %1: image %2 could not be checked on connection %3: %4</source>
        <translation>Node group %1: image %2 could not be checked on connection %3: %4</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="334"/>
        <source>Connection %1: quota unknown: the provider does not report it, so create may still meet a limit.</source>
        <translation>Connection %1: quota unknown: the provider does not report it, so create may still meet a limit.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="340"/>
        <source>Get the quota of %1</source>
        <translation>Get the quota of %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="353"/>
        <source>Connection %1: quota unknown: %2</source>
        <translation>Connection %1: quota unknown: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="361"/>
        <source>Connection %1: quota unknown: the provider&apos;s answer has no limit and usage.</source>
        <translation>Connection %1: quota unknown: the provider&apos;s answer has no limit and usage.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="377"/>
        <source>Connection %1: its networks could not be listed (%2), so the planned address range may overlap one of them.</source>
        <translation>Connection %1: its networks could not be listed (%2), so the planned address range may overlap one of them.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="443"/>
        <source>Connection %1: no address range can be planned for its shared network: %2</source>
        <translation>Connection %1: no address range can be planned for its shared network: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="468"/>
        <source>Node group %1: price unknown: no catalog is open.</source>
        <translation>Node group %1: price unknown: no catalog is open.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="470"/>
        <source>Node group %1: price unknown.</source>
        <translation>Node group %1: price unknown.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="472"/>
        <source>Node group %1: price unknown: the catalog does not list %2 in %3.</source>
        <translation>Node group %1: price unknown: the catalog does not list %2 in %3.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="475"/>
        <source>Node group %1: price unknown: the catalog has no price for %2 in %3.</source>
        <translation>Node group %1: price unknown: the catalog has no price for %2 in %3.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="487"/>
        <source>Connection %1: %2 more VMs exceed the VM quota: %3 of %4 are in use, so %5 more fit.</source>
        <translation>Connection %1: %2 more VMs exceed the VM quota: %3 of %4 are in use, so %5 more fit.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="496"/>
        <source>Connection %1: %2 more vCPUs exceed the vCPU quota: %3 of %4 are in use, so %5 more fit.</source>
        <translation>Connection %1: %2 more vCPUs exceed the vCPU quota: %3 of %4 are in use, so %5 more fit.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="504"/>
        <source>Connection %1: the vCPU quota check counts only the node groups whose vCPU count is known.</source>
        <translation>Connection %1: the vCPU quota check counts only the node groups whose vCPU count is known.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraSharedResources</name>
    <message>
        <location filename="../models/infra/InfraSharedResources.cpp" line="414"/>
        <source>The cloud still lists it after the delete.</source>
        <translation>The cloud still lists it after the delete.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraStore</name>
    <message>
        <location filename="../models/infra/InfraStore.cpp" line="187"/>
        <source>An infrastructure named &apos;%1&apos; already exists.</source>
        <translation>An infrastructure named &apos;%1&apos; already exists.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraTreeModel</name>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="470"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="472"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="474"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="476"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="478"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="480"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="482"/>
        <source>Public IP</source>
        <translation>Public IP</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="484"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Barista::JobListModel</name>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="18"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="20"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="22"/>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="24"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="26"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="28"/>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="135"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="152"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="154"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="156"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="158"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="160"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="162"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Barista::JobPanel</name>
    <message>
        <location filename="../ui/jobs/JobPanel.cpp" line="25"/>
        <source>Cancel job</source>
        <translation>Cancel job</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobPanel.cpp" line="47"/>
        <source>Cancel the selected job. A call already sent to the cloud is abandoned, and the journal finds out what the cloud did.</source>
        <translation>Cancel the selected job. A call already sent to the cloud is abandoned, and the journal finds out what the cloud did.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobPanel.cpp" line="50"/>
        <source>Select a failed job to see the error as the cloud reported it.</source>
        <translation>Select a failed job to see the error as the cloud reported it.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobPanel.cpp" line="114"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobPanel.cpp" line="124"/>
        <source>Code: %1
Message: %2</source>
        <translation>Code: %1
Message: %2</translation>
    </message>
</context>
<context>
    <name>Barista::JobQueue</name>
    <message numerus="yes">
        <location filename="../models/jobs/JobQueue.cpp" line="340"/>
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/jobs/JobQueue.cpp" line="341"/>
        <source>No answer within %1 ms.</source>
        <translation>No answer within %1 ms.</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobQueue.cpp" line="547"/>
        <source>The job was canceled.</source>
        <translation>The job was canceled.</translation>
    </message>
</context>
<context>
    <name>Barista::Journal</name>
    <message>
        <location filename="../models/workspace/Journal.cpp" line="156"/>
        <source>Cannot write the journal: %1</source>
        <translation>Cannot write the journal: %1</translation>
    </message>
</context>
<context>
    <name>Barista::KeychainSecretStore</name>
    <message>
        <location filename="../providers/secrets/KeychainSecretStore.cpp" line="29"/>
        <source>The keychain request was abandoned.</source>
        <translation>The keychain request was abandoned.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/KeychainSecretStore.cpp" line="53"/>
        <source>A secret needs a name.</source>
        <translation>A secret needs a name.</translation>
    </message>
    <message numerus="yes">
        <location filename="../providers/secrets/KeychainSecretStore.cpp" line="174"/>
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keychain did not answer within %n second.</numerusform>
            <numerusform>The keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../providers/secrets/KeychainSecretStore.cpp" line="216"/>
        <source>The keychain reported error %1.</source>
        <translation>The keychain reported error %1.</translation>
    </message>
</context>
<context>
    <name>Barista::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="57"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="58"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="62"/>
        <source>Barista Console</source>
        <translation>Barista Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="66"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="67"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="186"/>
        <source>Cheapest known spec: $%1/h</source>
        <translation>Cheapest known spec: $%1/h</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="188"/>
        <source>Cheapest known spec: price unknown</source>
        <translation>Cheapest known spec: price unknown</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="203"/>
        <source>Latency from %1: about %2 ms (estimated from distance)</source>
        <translation>Latency from %1: about %2 ms (estimated from distance)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="204"/>
        <source>Latency from %1: %2 ms (measured)</source>
        <translation>Latency from %1: %2 ms (measured)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="220"/>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="239"/>
        <source>Infrastructures</source>
        <translation>Infrastructures</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="268"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="270"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="275"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="278"/>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="284"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="287"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="291"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="301"/>
        <source>The language changes the next time Barista Console starts.</source>
        <translation>The language changes the next time Barista Console starts.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="307"/>
        <source>&amp;Resources</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="311"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="314"/>
        <source>&amp;Resource</source>
        <translation>&amp;Resource</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="316"/>
        <source>&amp;Create…</source>
        <translation>&amp;Create…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="319"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="324"/>
        <source>&amp;Infra</source>
        <translation>&amp;Infra</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="328"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="330"/>
        <source>&amp;About Barista Console</source>
        <translation>&amp;About Barista Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="340"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="345"/>
        <source>&amp;Drift…</source>
        <translation>&amp;Drift…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="352"/>
        <source>&amp;Connections</source>
        <translation>&amp;Connections</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="356"/>
        <source>&amp;Add connection…</source>
        <translation>&amp;Add connection…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="361"/>
        <source>&amp;Edit selected connection…</source>
        <translation>&amp;Edit selected connection…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="366"/>
        <source>&amp;Remove selected connection</source>
        <translation>&amp;Remove selected connection</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="369"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="376"/>
        <source>Remove connection</source>
        <translation>Remove connection</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="370"/>
        <source>Remove the connection &quot;%1&quot;? Its resources in the cloud are not touched.</source>
        <translation>Remove the connection &quot;%1&quot;? Its resources in the cloud are not touched.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="418"/>
        <source>Jobs: %1 running, %2 queued</source>
        <translation>Jobs: %1 running, %2 queued</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="455"/>
        <source>About Barista Console</source>
        <translation>About Barista Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="456"/>
        <source>&lt;h3&gt;Barista Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for many clouds at once, in the spirit of the Cloud-Barista projects CB-Spider and CB-Tumblebug.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Barista Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for many clouds at once, in the spirit of the Cloud-Barista projects CB-Spider and CB-Tumblebug.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Barista::MyImageFormPage</name>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="20"/>
        <source>Generalize the VM first (it cannot be started again afterwards)</source>
        <translation>Generalize the VM first (it cannot be started again afterwards)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="27"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="28"/>
        <source>From VM:</source>
        <translation>From VM:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="77"/>
        <source>Enter a name for the image.</source>
        <translation>Enter a name for the image.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="79"/>
        <source>Choose the VM to make the image from; only running or stopped VMs can be captured.</source>
        <translation>Choose the VM to make the image from; only running or stopped VMs can be captured.</translation>
    </message>
</context>
<context>
    <name>Barista::NlbFormPage</name>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="54"/>
        <source>Public (reachable from the internet)</source>
        <translation>Public (reachable from the internet)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="55"/>
        <source>Internal (inside the VPC)</source>
        <translation>Internal (inside the VPC)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="58"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="59"/>
        <source>VPC:</source>
        <translation>VPC:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="60"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="61"/>
        <source>Listener protocol:</source>
        <translation>Listener protocol:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="62"/>
        <source>Listener port:</source>
        <translation>Listener port:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="63"/>
        <source>VMs:</source>
        <translation>VMs:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="64"/>
        <source>VM port:</source>
        <translation>VM port:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="65"/>
        <source>Health check protocol:</source>
        <translation>Health check protocol:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="66"/>
        <source>Health check port:</source>
        <translation>Health check port:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="149"/>
        <source>Enter a name for the load balancer.</source>
        <translation>Enter a name for the load balancer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="151"/>
        <source>Choose the VPC of the load balancer; create a VPC first if there is none.</source>
        <translation>Choose the VPC of the load balancer; create a VPC first if there is none.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="153"/>
        <source>Check at least one VM of the VPC to put behind the load balancer.</source>
        <translation>Check at least one VM of the VPC to put behind the load balancer.</translation>
    </message>
</context>
<context>
    <name>Barista::NodeGroupFollowUp</name>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="63"/>
        <source>The application stopped following cluster &apos;%1&apos;.</source>
        <translation>The application stopped following cluster &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="172"/>
        <source>Adding the node groups of cluster &apos;%1&apos; was canceled.</source>
        <translation>Adding the node groups of cluster &apos;%1&apos; was canceled.</translation>
    </message>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="199"/>
        <source>Check whether cluster &apos;%1&apos; on %2 is ready for its node groups</source>
        <translation>Check whether cluster &apos;%1&apos; on %2 is ready for its node groups</translation>
    </message>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="223"/>
        <source>Cluster &apos;%1&apos; is %2: its node groups cannot be added.</source>
        <translation>Cluster &apos;%1&apos; is %2: its node groups cannot be added.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="230"/>
        <source>Cluster &apos;%1&apos; is still %2 after %n minute(s): its node groups were not added.</source>
        <translation>
            <numerusform>Cluster &apos;%1&apos; is still %2 after %n minute: its node groups were not added.</numerusform>
            <numerusform>Cluster &apos;%1&apos; is still %2 after %n minutes: its node groups were not added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="263"/>
        <source>The cloud answered something else than cluster &apos;%1&apos;.</source>
        <translation>The cloud answered something else than cluster &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="286"/>
        <source>Cluster &apos;%1&apos; still has node groups to add after %n attempt(s).</source>
        <translation>
            <numerusform>Cluster &apos;%1&apos; still has node groups to add after %n attempt.</numerusform>
            <numerusform>Cluster &apos;%1&apos; still has node groups to add after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Barista::OverviewPage</name>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="42"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="44"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="46"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="48"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="50"/>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="80"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="80"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="105"/>
        <source>Select a provider, connection or resource in the tree to see its details.</source>
        <translation>Select a provider, connection or resource in the tree to see its details.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="117"/>
        <source>%1 &quot;%2&quot; on %3</source>
        <translation>%1 &quot;%2&quot; on %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="118"/>
        <source>%1 &quot;%2&quot; on %3 — %4</source>
        <translation>%1 &quot;%2&quot; on %3 — %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="120"/>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="123"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="124"/>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 on %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="131"/>
        <source>Listing failed: %1</source>
        <translation>Listing failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="131"/>
        <source>Listing failed: [%1] %2</source>
        <translation>Listing failed: [%1] %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="147"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Barista::Reconciler</name>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="86"/>
        <source>Reconcile %1 &apos;%2&apos; on %3</source>
        <translation>Reconcile %1 &apos;%2&apos; on %3</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="105"/>
        <source>The cloud could not be asked: %1</source>
        <translation>The cloud could not be asked: %1</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="117"/>
        <source>The cloud has the resource (found by its tag); adopted into the journal.</source>
        <translation>The cloud has the resource (found by its tag); adopted into the journal.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="121"/>
        <source>The cloud has no resource with this intent&apos;s tag: it was never created.</source>
        <translation>The cloud has no resource with this intent&apos;s tag: it was never created.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="127"/>
        <source>The cloud reports the resource as terminating or terminated.</source>
        <translation>The cloud reports the resource as terminating or terminated.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="128"/>
        <source>The cloud no longer has the resource: the delete took effect.</source>
        <translation>The cloud no longer has the resource: the delete took effect.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="133"/>
        <source>The resource still exists: the delete did not take effect.</source>
        <translation>The resource still exists: the delete did not take effect.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="139"/>
        <source>The cloud reports the resource with status %1.</source>
        <translation>The cloud reports the resource with status %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="143"/>
        <source>The resource no longer exists.</source>
        <translation>The resource no longer exists.</translation>
    </message>
</context>
<context>
    <name>Barista::ResourceService</name>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="65"/>
        <source>List %1 on %2</source>
        <translation>List %1 on %2</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="79"/>
        <source>Get %1 &apos;%2&apos; on %3</source>
        <translation>Get %1 &apos;%2&apos; on %3</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="93"/>
        <source>Create %1 &apos;%2&apos; on %3</source>
        <translation>Create %1 &apos;%2&apos; on %3</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="104"/>
        <source>The journal has no entry %1.</source>
        <translation>The journal has no entry %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="114"/>
        <source>Adding the node groups now that the cluster is active.</source>
        <translation>Adding the node groups now that the cluster is active.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="116"/>
        <source>Cannot write the journal.</source>
        <translation>Cannot write the journal.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="118"/>
        <source>Add node groups to cluster &apos;%1&apos; on %2</source>
        <translation>Add node groups to cluster &apos;%1&apos; on %2</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="131"/>
        <source>Delete %1 &apos;%2&apos; on %3</source>
        <translation>Delete %1 &apos;%2&apos; on %3</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="189"/>
        <source>%1 %2 &apos;%3&apos; on %4</source>
        <translation>%1 %2 &apos;%3&apos; on %4</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="308"/>
        <source>The cloud no longer had the resource.</source>
        <translation>The cloud no longer had the resource.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="314"/>
        <source>Outcome unknown; asking the cloud.</source>
        <translation>Outcome unknown; asking the cloud.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="323"/>
        <source>The cluster exists; its node groups were not added.</source>
        <translation>The cluster exists; its node groups were not added.</translation>
    </message>
</context>
<context>
    <name>Barista::ResourceTreeModel</name>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="97"/>
        <source>The list was canceled.</source>
        <translation>The list was canceled.</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="645"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="647"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="649"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="665"/>
        <source>(no region)</source>
        <translation>(no region)</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="669"/>
        <source>Security groups</source>
        <translation>Security groups</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="671"/>
        <source>Key pairs</source>
        <translation>Key pairs</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="673"/>
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="675"/>
        <source>Load balancers</source>
        <translation>Load balancers</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="677"/>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="679"/>
        <source>My images</source>
        <translation>My images</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="681"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="691"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="693"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/ResourceTreeModel.cpp" line="702"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="704"/>
        <source>simulated cloud</source>
        <translation>simulated cloud</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="704"/>
        <source>native API</source>
        <translation>native API</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/ResourceTreeModel.cpp" line="710"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/ResourceTreeModel.cpp" line="722"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="726"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="732"/>
        <source>Kubernetes %1</source>
        <translation>Kubernetes %1</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="734"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>Barista::ResourceTreeView</name>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="54"/>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="132"/>
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="153"/>
        <source>Create image…</source>
        <translation>Create image…</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="164"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="178"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="195"/>
        <source>Terminate %1 &quot;%2&quot; on %3? Its local disks are lost.</source>
        <translation>Terminate %1 &quot;%2&quot; on %3? Its local disks are lost.</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="209"/>
        <source>Delete %1 &quot;%2&quot; on %3? This cannot be undone.</source>
        <translation>Delete %1 &quot;%2&quot; on %3? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>Barista::WorldMapWidget</name>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="34"/>
        <source>World map of cloud regions</source>
        <translation>World map of cloud regions</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="427"/>
        <source>Regions Near Here</source>
        <translation>Regions Near Here</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="428"/>
        <source>Fit to Selection</source>
        <translation>Fit to Selection</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="430"/>
        <source>Show Whole World</source>
        <translation>Show Whole World</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="431"/>
        <source>Clear Selection</source>
        <translation>Clear Selection</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="460"/>
        <source>Click to hide %1 regions</source>
        <translation>Click to hide %1 regions</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="461"/>
        <source>Click to show %1 regions</source>
        <translation>Click to show %1 regions</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/WorldMapWidget.cpp" line="469"/>
        <source>%n regions (click to zoom in)</source>
        <translation>
            <numerusform>%n region (click to zoom in)</numerusform>
            <numerusform>%n regions (click to zoom in)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="473"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/WorldMapWidget.cpp" line="477"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="486"/>
        <source>Provider: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="487"/>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="489"/>
        <source>Cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="491"/>
        <source>Zones: none listed</source>
        <translation>Zones: none listed</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="491"/>
        <source>Zones: %1</source>
        <translation>Zones: %1</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="496"/>
        <source>Nodes: %1</source>
        <translation>Nodes: %1</translation>
    </message>
</context>
<context>
    <name>BuiltinProviderFactory</name>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="60"/>
        <source>native adapters are not available yet for %1</source>
        <translation>native adapters are not available yet for %1</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="70"/>
        <source>Unknown driver &quot;%1&quot;.</source>
        <translation>Unknown driver &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="73"/>
        <source>The connection &quot;%1&quot; cannot use the simulated cloud: %2</source>
        <translation>The connection &quot;%1&quot; cannot use the simulated cloud: %2</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="79"/>
        <source>The simulated cloud&apos;s state file %1 cannot be opened: %2</source>
        <translation>The simulated cloud&apos;s state file %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>BundledCatalog</name>
    <message>
        <location filename="../models/catalog/BundledCatalog.cpp" line="49"/>
        <source>The bundled spec catalog is missing.</source>
        <translation>The bundled spec catalog is missing.</translation>
    </message>
    <message>
        <location filename="../models/catalog/BundledCatalog.cpp" line="54"/>
        <source>Unsupported bundled spec catalog schema version.</source>
        <translation>Unsupported bundled spec catalog schema version.</translation>
    </message>
    <message>
        <location filename="../models/catalog/BundledCatalog.cpp" line="93"/>
        <source>A bundled spec names an unknown source.</source>
        <translation>A bundled spec names an unknown source.</translation>
    </message>
    <message>
        <location filename="../models/catalog/BundledCatalog.cpp" line="177"/>
        <source>The bundled region catalog is missing.</source>
        <translation>The bundled region catalog is missing.</translation>
    </message>
</context>
<context>
    <name>CatalogCsvFormat</name>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="119"/>
        <source>%1 fields, but the header has %2.</source>
        <translation>%1 fields, but the header has %2.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="143"/>
        <source>%1 &quot;%2&quot; is not a valid number.</source>
        <translation>%1 &quot;%2&quot; is not a valid number.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="157"/>
        <source>The row has neither an InstanceType nor an AcceleratorName.</source>
        <translation>The row has neither an InstanceType nor an AcceleratorName.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="197"/>
        <source>The row has no providerName or no cspSpecName.</source>
        <translation>The row has no providerName or no cspSpecName.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="230"/>
        <source>The row has no region.</source>
        <translation>The row has no region.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="279"/>
        <source>The row has no providerName.</source>
        <translation>The row has no providerName.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="284"/>
        <source>The row has no image id.</source>
        <translation>The row has no image id.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="66"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="72"/>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="78"/>
        <source>%1:1: the header matches no known catalog layout (SkyPilot vms.csv or images.csv, Tumblebug cloudspec.csv or cloudimage.csv).</source>
        <translation>%1:1: the header matches no known catalog layout (SkyPilot vms.csv or images.csv, Tumblebug cloudspec.csv or cloudimage.csv).</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="86"/>
        <source>%1 has no provider column; name the provider.</source>
        <translation>%1 has no provider column; name the provider.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="152"/>
        <location filename="../models/catalog/CatalogTypes.cpp" line="111"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="161"/>
        <source>%1: more than %2 bad rows; nothing was imported.</source>
        <translation>%1: more than %2 bad rows; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="169"/>
        <source>The import was canceled; nothing was imported.</source>
        <translation>The import was canceled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="178"/>
        <source>%1:%2: %3 Nothing was imported.</source>
        <translation>%1:%2: %3 Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="180"/>
        <location filename="../models/catalog/CatalogImporter.cpp" line="182"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <location filename="../models/catalog/CatalogReader.cpp" line="60"/>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unknown provider &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogReader.cpp" line="67"/>
        <source>No region matches &quot;%1&quot;.</source>
        <translation>No region matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogReader.cpp" line="74"/>
        <source>Unknown place &quot;%1&quot;.</source>
        <translation>Unknown place &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CatalogSchema</name>
    <message>
        <location filename="../models/catalog/CatalogSchema.cpp" line="118"/>
        <source>%1 (in: %2)</source>
        <translation>%1 (in: %2)</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogSchema.cpp" line="161"/>
        <source>Cannot read the catalog schema version.</source>
        <translation>Cannot read the catalog schema version.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogSchema.cpp" line="166"/>
        <source>The catalog was written by a newer Barista (schema %1; this one understands up to %2).</source>
        <translation>The catalog was written by a newer Barista (schema %1; this one understands up to %2).</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <location filename="../models/catalog/CatalogStore.cpp" line="106"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogStore.cpp" line="138"/>
        <location filename="../models/catalog/CatalogStore.cpp" line="154"/>
        <location filename="../models/catalog/CatalogStore.cpp" line="246"/>
        <source>The catalog is not open.</source>
        <translation>The catalog is not open.</translation>
    </message>
</context>
<context>
    <name>CidrAllocator</name>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="60"/>
        <source>%1 nodes and the %2 addresses %3 reserves in each subnet need %4 addresses, more than its largest subnet (/%5) holds.</source>
        <translation>%1 nodes and the %2 addresses %3 reserves in each subnet need %4 addresses, more than its largest subnet (/%5) holds.</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="93"/>
        <source>Connection %1: the node count cannot be negative (%2).</source>
        <translation>Connection %1: the node count cannot be negative (%2).</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="99"/>
        <source>Connection %1: a VPC needs at least one subnet (%2 asked for).</source>
        <translation>Connection %1: a VPC needs at least one subnet (%2 asked for).</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="108"/>
        <source>Connection %1: %2</source>
        <translation>Connection %1: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="116"/>
        <source>Connection %1: %2 subnets of /%3 need a /%4 VPC, larger than the largest %5 allows (/%6).</source>
        <translation>Connection %1: %2 subnets of /%3 need a /%4 VPC, larger than the largest %5 allows (/%6).</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="156"/>
        <source>Connection %1: no free /%2 to /%3 range is left in %4 (%5); every one overlaps a reserved range, an existing VPC or another VPC of this infra.</source>
        <translation>Connection %1: no free /%2 to /%3 range is left in %4 (%5); every one overlaps a reserved range, an existing VPC or another VPC of this infra.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="55"/>
        <source>vpc %1, %n rule(s)</source>
        <translation>
            <numerusform>vpc %1, %n rule</numerusform>
            <numerusform>vpc %1, %n rules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="57"/>
        <source>%1 GB %2</source>
        <translation>%1 GB %2</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="59"/>
        <source>%1 vCPU, %2 GiB %3</source>
        <translation>%1 vCPU, %2 GiB %3</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="65"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="67"/>
        <source>%1 %2:%3 -&gt; %n VM(s) on %4</source>
        <translation>
            <numerusform>%1 %2:%3 -&gt; %n VM on %4</numerusform>
            <numerusform>%1 %2:%3 -&gt; %n VMs on %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="73"/>
        <source>Kubernetes %1, %n node group(s)</source>
        <translation>
            <numerusform>Kubernetes %1, %n node group</numerusform>
            <numerusform>Kubernetes %1, %n node groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="105"/>
        <source>gave up waiting after 30 minutes; status is %1</source>
        <translation>gave up waiting after 30 minutes; status is %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="151"/>
        <source>Barista Console: one console for many clouds.</source>
        <translation>Barista Console: one console for many clouds.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="156"/>
        <source>Use the workspace in DIR (default: $BARISTA_WORKSPACE, else the user data folder).</source>
        <translation>Use the workspace in DIR (default: $BARISTA_WORKSPACE, else the user data folder).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="158"/>
        <source>Print JSON (schema version %1).</source>
        <translation>Print JSON (schema version %1).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="160"/>
        <source>Do not settle intents left unfinished by a crashed session first.</source>
        <translation>Do not settle intents left unfinished by a crashed session first.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="164"/>
        <source>The resource&apos;s or connection&apos;s name.</source>
        <translation>The resource&apos;s or connection&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="225"/>
        <source>unknown command &apos;%1&apos; (try &apos;barista --help&apos;)</source>
        <translation>unknown command &apos;%1&apos; (try &apos;barista --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="253"/>
        <source>reconciled intent %1 (%2 &apos;%3&apos; on %4): %5 - %6</source>
        <translation>reconciled intent %1 (%2 &apos;%3&apos; on %4): %5 - %6</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="265"/>
        <source>--connection is required</source>
        <translation>--connection is required</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="269"/>
        <source>no connection named &apos;%1&apos; (see &apos;barista connection list&apos;)</source>
        <translation>no connection named &apos;%1&apos; (see &apos;barista connection list&apos;)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="282"/>
        <source>barista: error: %1</source>
        <translation>barista: error: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="422"/>
        <location filename="../app/Cli.cpp" line="504"/>
        <location filename="../app/Cli.cpp" line="572"/>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <location filename="../app/CliConnection.cpp" line="62"/>
        <location filename="../app/CliDrift.cpp" line="63"/>
        <location filename="../app/CliInfra.cpp" line="262"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="62"/>
        <source>DRIVER</source>
        <translation>DRIVER</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <location filename="../app/CliConnection.cpp" line="62"/>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <location filename="../app/CliConnection.cpp" line="62"/>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="62"/>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="63"/>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="92"/>
        <source>warning: the stored credential of &apos;%1&apos; could not be removed: %2</source>
        <translation>warning: the stored credential of &apos;%1&apos; could not be removed: %2</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="103"/>
        <source>usage: barista connection list|add|remove|test</source>
        <translation>usage: barista connection list|add|remove|test</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="109"/>
        <source>Connection name.</source>
        <translation>Connection name.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="110"/>
        <source>One of: %1.</source>
        <translation>One of: %1.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="112"/>
        <source>The provider&apos;s region id.</source>
        <translation>The provider&apos;s region id.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="113"/>
        <source>The provider&apos;s zone id.</source>
        <translation>The provider&apos;s zone id.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="114"/>
        <source>sim (the simulated cloud, default) or native.</source>
        <translation>sim (the simulated cloud, default) or native.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="115"/>
        <source>Endpoint override URL.</source>
        <translation>Endpoint override URL.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="116"/>
        <source>Secret store key of the credential.</source>
        <translation>Secret store key of the credential.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="118"/>
        <source>aws only: import the keys (and region) of this AWS CLI profile from ~/.aws/credentials and ~/.aws/config (or AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE) into the secret store.</source>
        <translation>aws only: import the keys (and region) of this AWS CLI profile from ~/.aws/credentials and ~/.aws/config (or AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE) into the secret store.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="122"/>
        <source>gcp only: import this service-account key JSON file into the secret store.</source>
        <translation>gcp only: import this service-account key JSON file into the secret store.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="124"/>
        <source>azure only: import this service principal JSON (the output of &apos;az ad sp create-for-rbac&apos;) into the secret store.</source>
        <translation>azure only: import this service principal JSON (the output of &apos;az ad sp create-for-rbac&apos;) into the secret store.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="128"/>
        <source>azure only: the subscription id (default: AZURE_SUBSCRIPTION_ID, else the file&apos;s subscriptionId).</source>
        <translation>azure only: the subscription id (default: AZURE_SUBSCRIPTION_ID, else the file&apos;s subscriptionId).</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="131"/>
        <source>openstack only: import from this clouds.yaml (default: OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml; secure.yaml is merged).</source>
        <translation>openstack only: import from this clouds.yaml (default: OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml; secure.yaml is merged).</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="134"/>
        <source>openstack only: the cloud of clouds.yaml to import.</source>
        <translation>openstack only: the cloud of clouds.yaml to import.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="136"/>
        <source>openstack only: import the OS_* variables of this openrc file (it is read, never run).</source>
        <translation>openstack only: import the OS_* variables of this openrc file (it is read, never run).</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="138"/>
        <source>A PEM file of extra CA certificates to trust for this connection.</source>
        <translation>A PEM file of extra CA certificates to trust for this connection.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="141"/>
        <source>Allow a plain http endpoint override that is not on loopback (a private cloud without TLS).</source>
        <translation>Allow a plain http endpoint override that is not on loopback (a private cloud without TLS).</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="150"/>
        <source>usage: barista connection add [NAME] --provider P ...</source>
        <translation>usage: barista connection add [NAME] --provider P ...</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="153"/>
        <source>two names given: &apos;%1&apos; and --name &apos;%2&apos;</source>
        <translation>two names given: &apos;%1&apos; and --name &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="164"/>
        <source>--endpoint &apos;%1&apos; is not a URL</source>
        <translation>--endpoint &apos;%1&apos; is not a URL</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="170"/>
        <source>--ca-bundle &apos;%1&apos; is not a readable file</source>
        <translation>--ca-bundle &apos;%1&apos; is not a readable file</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="181"/>
        <source>--%1 and --%2 are two different imports: use one</source>
        <translation>--%1 and --%2 are two different imports: use one</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="186"/>
        <source>--profile reads AWS CLI profiles: it needs --provider aws</source>
        <translation>--profile reads AWS CLI profiles: it needs --provider aws</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="187"/>
        <source>--%1 needs --provider %2</source>
        <translation>--%1 needs --provider %2</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="245"/>
        <source>No secret store is available: %1</source>
        <translation>No secret store is available: %1</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="253"/>
        <source>Could not store the credential: %1</source>
        <translation>Could not store the credential: %1</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="279"/>
        <source>added connection &apos;%1&apos;</source>
        <translation>added connection &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="279"/>
        <source>replaced connection &apos;%1&apos;</source>
        <translation>replaced connection &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="289"/>
        <source>usage: barista connection test NAME</source>
        <translation>usage: barista connection test NAME</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliConnection.cpp" line="303"/>
        <source>ok: connection &apos;%1&apos; answered; %n region(s) listed</source>
        <translation>
            <numerusform>ok: connection &apos;%1&apos; answered; %n region listed</numerusform>
            <numerusform>ok: connection &apos;%1&apos; answered; %n regions listed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="77"/>
        <source>usage: barista connection remove NAME</source>
        <translation>usage: barista connection remove NAME</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="99"/>
        <source>removed connection &apos;%1&apos;</source>
        <translation>removed connection &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="195"/>
        <source>Commands:
  connection list|add|remove|test   manage and test connections (driver, provider, region)
  resource list|get|create|delete|control   work on resources of a connection
  jobs                         recent jobs of every session
  journal                      the operation journal (settles crashed intents first)
  reconcile                    settle intents left unfinished by a crash
  catalog regions|search|recommend|import|refresh|stats   the local catalog of offers
  infra review|create|list|status|control|scale|delete|cmd   multi-cloud infrastructures
  drift --connection C         the workspace&apos;s records against the cloud&apos;s listing (adopt, delete, forget)
Run &apos;barista COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Commands:
  connection list|add|remove|test   manage and test connections (driver, provider, region)
  resource list|get|create|delete|control   work on resources of a connection
  jobs                         recent jobs of every session
  journal                      the operation journal (settles crashed intents first)
  reconcile                    settle intents left unfinished by a crash
  catalog regions|search|recommend|import|refresh|stats   the local catalog of offers
  infra review|create|list|status|control|scale|delete|cmd   multi-cloud infrastructures
  drift --connection C         the workspace&apos;s records against the cloud&apos;s listing (adopt, delete, forget)
Run &apos;barista COMMAND --help&apos; for a command&apos;s options.
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="344"/>
        <source>usage: barista resource list|get|create|delete|control --connection C --kind K</source>
        <translation>usage: barista resource list|get|create|delete|control --connection C --kind K</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="347"/>
        <source>The connection to use.</source>
        <translation>The connection to use.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="348"/>
        <source>Resource kind: region, vpc, securitygroup, keypair, vm, disk, myimage, nlb, cluster, spec, image, price.</source>
        <translation>Resource kind: region, vpc, securitygroup, keypair, vm, disk, myimage, nlb, cluster, spec, image, price.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="355"/>
        <source>Wait until the new resource leaves its transitional status.</source>
        <translation>Wait until the new resource leaves its transitional status.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="357"/>
        <source>suspend, resume, reboot or terminate.</source>
        <translation>suspend, resume, reboot or terminate.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="358"/>
        <source>Wait until the resource leaves its transitional status.</source>
        <translation>Wait until the resource leaves its transitional status.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="361"/>
        <source>Wait until the cloud no longer lists the resource as existing (a terminated VM still holds its network until then).</source>
        <translation>Wait until the cloud no longer lists the resource as existing (a terminated VM still holds its network until then).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="372"/>
        <source>--kind is required</source>
        <translation>--kind is required</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="375"/>
        <source>--kind &apos;%1&apos; is not a resource kind</source>
        <translation>--kind &apos;%1&apos; is not a resource kind</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="380"/>
        <source>usage: barista resource %1 --connection C --kind K NAME</source>
        <translation>usage: barista resource %1 --connection C --kind K NAME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="383"/>
        <location filename="../app/CliCatalog.cpp" line="130"/>
        <location filename="../app/CliDrift.cpp" line="91"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="389"/>
        <source>--action must be suspend, resume, reboot or terminate</source>
        <translation>--action must be suspend, resume, reboot or terminate</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="422"/>
        <location filename="../app/Cli.cpp" line="504"/>
        <location filename="../app/CliDrift.cpp" line="63"/>
        <source>SYSTEM ID</source>
        <translation>SYSTEM ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="422"/>
        <location filename="../app/Cli.cpp" line="504"/>
        <location filename="../app/CliDrift.cpp" line="63"/>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <location filename="../app/CliInfra.cpp" line="262"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="422"/>
        <location filename="../app/Cli.cpp" line="504"/>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="460"/>
        <source>deleted %1 &apos;%2&apos; on %3</source>
        <translation>deleted %1 &apos;%2&apos; on %3</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="514"/>
        <source>Show at most N jobs (default 50).</source>
        <translation>Show at most N jobs (default 50).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="520"/>
        <location filename="../app/Cli.cpp" line="552"/>
        <location filename="../app/CliCatalog.cpp" line="162"/>
        <source>--limit must be a positive number</source>
        <translation>--limit must be a positive number</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="535"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <source>QUEUED</source>
        <translation>QUEUED</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <location filename="../app/Cli.cpp" line="572"/>
        <location filename="../app/CliCatalog.cpp" line="337"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <source>ATTEMPTS</source>
        <translation>ATTEMPTS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <location filename="../app/CliInfra.cpp" line="78"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="546"/>
        <source>Show at most N entries (default: all).</source>
        <translation>Show at most N entries (default: all).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>OPERATION</source>
        <translation>OPERATION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <location filename="../app/CliInfra.cpp" line="45"/>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <source>CONNECTION</source>
        <translation>CONNECTION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <location filename="../app/CliDrift.cpp" line="63"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="572"/>
        <location filename="../app/CliInfra.cpp" line="262"/>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="588"/>
        <source>%n intent(s) settled</source>
        <translation>
            <numerusform>%n intent settled</numerusform>
            <numerusform>%n intents settled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="31"/>
        <location filename="../app/CliInfra.cpp" line="28"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="80"/>
        <source>the catalog cannot be opened: %1</source>
        <translation>the catalog cannot be opened: %1</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="92"/>
        <source>usage: barista catalog regions|search|recommend|import|refresh|stats</source>
        <translation>usage: barista catalog regions|search|recommend|import|refresh|stats</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="97"/>
        <source>Only this provider&apos;s regions.</source>
        <translation>Only this provider&apos;s regions.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="102"/>
        <source>Provider of a SkyPilot file (default: its folder name).</source>
        <translation>Provider of a SkyPilot file (default: its folder name).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="105"/>
        <source>Refresh from this connection (default: every connection).</source>
        <translation>Refresh from this connection (default: every connection).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="108"/>
        <source>vCPU count or range MIN:MAX.</source>
        <translation>vCPU count or range MIN:MAX.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="109"/>
        <source>Memory GiB or range MIN:MAX.</source>
        <translation>Memory GiB or range MIN:MAX.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="110"/>
        <source>GPU count or range.</source>
        <translation>GPU count or range.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="111"/>
        <source>GPU memory GiB or range.</source>
        <translation>GPU memory GiB or range.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="112"/>
        <source>Cost per hour or range.</source>
        <translation>Cost per hour or range.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="113"/>
        <source>Providers, comma-separated.</source>
        <translation>Providers, comma-separated.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="114"/>
        <source>Regions, comma-separated.</source>
        <translation>Regions, comma-separated.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="115"/>
        <source>Architectures, comma-separated.</source>
        <translation>Architectures, comma-separated.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="116"/>
        <source>Accelerator models, comma-separated.</source>
        <translation>Accelerator models, comma-separated.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="117"/>
        <source>cost (default), performance, location or latency.</source>
        <translation>cost (default), performance, location or latency.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="119"/>
        <source>location: a place, a region or LAT,LON.</source>
        <translation>location: a place, a region or LAT,LON.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="120"/>
        <source>latency: the region users connect from, e.g. aws/ap-northeast-2.</source>
        <translation>latency: the region users connect from, e.g. aws/ap-northeast-2.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="122"/>
        <source>How many specs (default 10).</source>
        <translation>How many specs (default 10).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="128"/>
        <source>usage: barista catalog %1 %2</source>
        <translation>usage: barista catalog %1 %2</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="140"/>
        <source>--%1 &apos;%2&apos;: expected N, MIN:, :MAX or MIN:MAX</source>
        <translation>--%1 &apos;%2&apos;: expected N, MIN:, :MAX or MIN:MAX</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="149"/>
        <source>--priority must be cost, performance, location or latency</source>
        <translation>--priority must be cost, performance, location or latency</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="155"/>
        <source>--priority location needs --near</source>
        <translation>--priority location needs --near</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="157"/>
        <source>--priority latency needs --from</source>
        <translation>--priority latency needs --from</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="175"/>
        <source>no regions for provider &apos;%1&apos;</source>
        <translation>no regions for provider &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <source>LAT, LON</source>
        <translation>LAT, LON</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>ZONES</source>
        <translation>ZONES</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="217"/>
        <location filename="../app/CliCatalog.cpp" line="256"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="262"/>
        <source>DISTANCE</source>
        <translation>DISTANCE</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="229"/>
        <location filename="../app/CliCatalog.cpp" line="261"/>
        <source>SPEC ID</source>
        <translation>SPEC ID</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="229"/>
        <location filename="../app/CliCatalog.cpp" line="261"/>
        <location filename="../app/CliInfra.cpp" line="45"/>
        <source>VCPU</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="229"/>
        <location filename="../app/CliCatalog.cpp" line="261"/>
        <location filename="../app/CliInfra.cpp" line="46"/>
        <source>MEM GIB</source>
        <translation>MEM GIB</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="229"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="229"/>
        <location filename="../app/CliCatalog.cpp" line="261"/>
        <source>PRICE/HOUR</source>
        <translation>PRICE/HOUR</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <source>IMAGE ID</source>
        <translation>IMAGE ID</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="239"/>
        <source>nothing found</source>
        <translation>nothing found</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="261"/>
        <source>RANK</source>
        <translation>RANK</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="270"/>
        <source>no such file: %1</source>
        <translation>no such file: %1</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="280"/>
        <source>nothing was imported from %1</source>
        <translation>nothing was imported from %1</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="282"/>
        <source>imported %1 of %2 rows from %3 (%4 skipped)</source>
        <translation>imported %1 of %2 rows from %3 (%4 skipped)</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="308"/>
        <source>refresh of %1 failed: %2</source>
        <translation>refresh of %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="312"/>
        <source>%1 +%2 ~%3 -%4</source>
        <translation>%1 +%2 ~%3 -%4</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="313"/>
        <source>refreshed %1: %2</source>
        <translation>refreshed %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="333"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="334"/>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="334"/>
        <source>fresh</source>
        <translation>fresh</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>REGIONS</source>
        <translation>REGIONS</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>SPECS</source>
        <translation>SPECS</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>PRICED</source>
        <translation>PRICED</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>IMAGES</source>
        <translation>IMAGES</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="337"/>
        <source>SPECS FETCHED</source>
        <translation>SPECS FETCHED</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="339"/>
        <source>database: %1 (%2 bytes, schema %3)</source>
        <translation>database: %1 (%2 bytes, schema %3)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="28"/>
        <source>shared</source>
        <translation>shared</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="28"/>
        <source>shared (%1)</source>
        <translation>shared (%1)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="35"/>
        <source>tracked</source>
        <translation>tracked</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="36"/>
        <source>ours, untracked (orphan)</source>
        <translation>ours, untracked (orphan)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="36"/>
        <source>foreign</source>
        <translation>foreign</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="44"/>
        <source>Mapped: known to the workspace and listed by the cloud (%1)</source>
        <translation>Mapped: known to the workspace and listed by the cloud (%1)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="47"/>
        <source>Only ours: known to the workspace, not listed by the cloud (%1)</source>
        <translation>Only ours: known to the workspace, not listed by the cloud (%1)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="50"/>
        <source>Only in the cloud: listed by the cloud, no record in the workspace (%1)</source>
        <translation>Only in the cloud: listed by the cloud, no record in the workspace (%1)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="63"/>
        <source>ORIGIN</source>
        <translation>ORIGIN</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="64"/>
        <source>INFRA/NODE</source>
        <translation>INFRA/NODE</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="64"/>
        <source>JOURNAL</source>
        <translation>JOURNAL</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="74"/>
        <source>The connection to compare.</source>
        <translation>The connection to compare.</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="76"/>
        <source>Only this kind: vpc, securitygroup, keypair, vm, disk, myimage, nlb or cluster (default: every kind the provider can list).</source>
        <translation>Only this kind: vpc, securitygroup, keypair, vm, disk, myimage, nlb or cluster (default: every kind the provider can list).</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="80"/>
        <source>Record a resource that only the cloud has as ours (by system id or name).</source>
        <translation>Record a resource that only the cloud has as ours (by system id or name).</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="81"/>
        <source>Delete a resource the cloud lists (journaled; by system id or name).</source>
        <translation>Delete a resource the cloud lists (journaled; by system id or name).</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="84"/>
        <source>Record as gone a resource the cloud no longer lists (by system id or name).</source>
        <translation>Record as gone a resource the cloud no longer lists (by system id or name).</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="97"/>
        <source>--kind &apos;%1&apos; is not a kind of resource you create</source>
        <translation>--kind &apos;%1&apos; is not a kind of resource you create</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="105"/>
        <source>--%1 and --%2 cannot be used together</source>
        <translation>--%1 and --%2 cannot be used together</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="123"/>
        <source>warning: cannot list %1 (nothing is concluded about them): %2</source>
        <translation>warning: cannot list %1 (nothing is concluded about them): %2</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="146"/>
        <source>nothing named &apos;%1&apos; on %2 in any drift group</source>
        <translation>nothing named &apos;%1&apos; on %2 in any drift group</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="147"/>
        <source>nothing named &apos;%1&apos; on %2 in the kinds that could be listed</source>
        <translation>nothing named &apos;%1&apos; on %2 in the kinds that could be listed</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="150"/>
        <source>&apos;%1&apos; names %2 resources: use the system id or --kind</source>
        <translation>&apos;%1&apos; names %2 resources: use the system id or --kind</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="45"/>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <source>GROUP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="45"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="45"/>
        <source>NODES</source>
        <translation>NODES</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="46"/>
        <source>PRICE/H</source>
        <translation>PRICE/H</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="46"/>
        <source>COST/H</source>
        <translation>COST/H</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="46"/>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="49"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="55"/>
        <source>existing network</source>
        <translation>existing network</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="56"/>
        <source>  %1: %2 node(s), %3 vCPU, network %4</source>
        <translation>  %1: %2 node(s), %3 vCPU, network %4</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="61"/>
        <source>Estimated cost: %1 USD/hour for %2 node(s)</source>
        <translation>Estimated cost: %1 USD/hour for %2 node(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliInfra.cpp" line="65"/>
        <source> (+ %n node(s) with an unknown price, not counted)</source>
        <translation>
            <numerusform> (+ %n node with an unknown price, not counted)</numerusform>
            <numerusform> (+ %n nodes with an unknown price, not counted)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="66"/>
        <source>Review: OK</source>
        <translation>Review: OK</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="66"/>
        <source>Review: errors, nothing can be created</source>
        <translation>Review: errors, nothing can be created</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <source>PUBLIC IP</source>
        <translation>PUBLIC IP</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="102"/>
        <source>failed: %1 on %2: %3</source>
        <translation>failed: %1 on %2: %3</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="108"/>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="110"/>
        <source>not confirmed: %1</source>
        <translation>not confirmed: %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="120"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="137"/>
        <source>&apos;infra add-group NAME&apos; needs --group G --spec PROVIDER+REGION+SPEC --image I --size N (N &gt;= 1)</source>
        <translation>&apos;infra add-group NAME&apos; needs --group G --spec PROVIDER+REGION+SPEC --image I --size N (N &gt;= 1)</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="160"/>
        <source>cannot add connection &apos;%1&apos;: %2</source>
        <translation>cannot add connection &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="169"/>
        <source>suspend, resume, reboot, terminate, refine, reconcile or abort.</source>
        <translation>suspend, resume, reboot, terminate, refine, reconcile or abort.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="171"/>
        <source>Only this node group.</source>
        <translation>Only this node group.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="172"/>
        <source>Only this node.</source>
        <translation>Only this node.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="173"/>
        <source>Only nodes whose labels match KEY=VALUE[,KEY=VALUE].</source>
        <translation>Only nodes whose labels match KEY=VALUE[,KEY=VALUE].</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="174"/>
        <source>The node group&apos;s new size.</source>
        <translation>The node group&apos;s new size.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="175"/>
        <source>add-group: the spec, PROVIDER+REGION+SPEC as in a spec file&apos;s specId.</source>
        <translation>add-group: the spec, PROVIDER+REGION+SPEC as in a spec file&apos;s specId.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="177"/>
        <source>add-group: the image id.</source>
        <translation>add-group: the image id.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="178"/>
        <source>add-group: the connection (default: the one of the spec&apos;s region).</source>
        <translation>add-group: the connection (default: the one of the spec&apos;s region).</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="180"/>
        <source>add-group: the zone.</source>
        <translation>add-group: the zone.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="181"/>
        <source>SSH user (default: the node&apos;s own).</source>
        <translation>SSH user (default: the node&apos;s own).</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="182"/>
        <source>Per-node timeout of a command, in seconds (default 1800).</source>
        <translation>Per-node timeout of a command, in seconds (default 1800).</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="184"/>
        <source>Show the status the workspace knows without asking the clouds.</source>
        <translation>Show the status the workspace knows without asking the clouds.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="191"/>
        <source>&apos;infra %1&apos; needs a name or a file</source>
        <translation>&apos;infra %1&apos; needs a name or a file</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="196"/>
        <source>unknown infra command &apos;%1&apos; (%2)</source>
        <translation>unknown infra command &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="223"/>
        <source>%1 is not a valid infra spec:
  %2</source>
        <translation>%1 is not a valid infra spec:
  %2</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="144"/>
        <location filename="../app/CliInfra.cpp" line="227"/>
        <source>warning: the catalog cannot be opened (%1); prices will be unknown</source>
        <translation>warning: the catalog cannot be opened (%1); prices will be unknown</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="262"/>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="266"/>
        <source>no infrastructure named &apos;%1&apos; (see &apos;barista infra list&apos;)</source>
        <translation>no infrastructure named &apos;%1&apos; (see &apos;barista infra list&apos;)</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="299"/>
        <source>--action must be one of %1</source>
        <translation>--action must be one of %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="306"/>
        <source>&apos;infra scale&apos; needs --group G and --size N</source>
        <translation>&apos;infra scale&apos; needs --group G and --size N</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="316"/>
        <source>&apos;infra cmd NAME -- COMMAND&apos; needs a command</source>
        <translation>&apos;infra cmd NAME -- COMMAND&apos; needs a command</translation>
    </message>
    <message>
        <location filename="../app/CliNodeGroups.cpp" line="55"/>
        <source>cluster &apos;%1&apos; is %2; its node groups will be added once it is active</source>
        <translation>cluster &apos;%1&apos; is %2; its node groups will be added once it is active</translation>
    </message>
    <message>
        <location filename="../app/CliNodeGroups.cpp" line="62"/>
        <source>cluster &apos;%1&apos; is active; adding its node groups</source>
        <translation>cluster &apos;%1&apos; is active; adding its node groups</translation>
    </message>
    <message>
        <location filename="../app/CliNodeGroups.cpp" line="64"/>
        <source>waiting for cluster &apos;%1&apos; to become active before adding its node groups</source>
        <translation>waiting for cluster &apos;%1&apos; to become active before adding its node groups</translation>
    </message>
    <message>
        <location filename="../app/CliNodeGroups.cpp" line="76"/>
        <source>note: the cloud takes the node groups of cluster &apos;%1&apos; only once it is active, which this command does not wait for: the console adds them while it runs (create with --wait to have the command do it)</source>
        <translation>note: the cloud takes the node groups of cluster &apos;%1&apos; only once it is active, which this command does not wait for: the console adds them while it runs (create with --wait to have the command do it)</translation>
    </message>
</context>
<context>
    <name>CloudsYamlReader</name>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="68"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="70"/>
        <source>%1 is too large for a clouds.yaml file.</source>
        <translation>%1 is too large for a clouds.yaml file.</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="77"/>
        <source>%1 line %2: not valid YAML.</source>
        <translation>%1 line %2: not valid YAML.</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="83"/>
        <source>%1: the document is not a mapping of clouds.</source>
        <translation>%1: the document is not a mapping of clouds.</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="130"/>
        <source>No clouds.yaml found (looked in: %1).</source>
        <translation>No clouds.yaml found (looked in: %1).</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="137"/>
        <source>Name the cloud to import (one of: %1).</source>
        <translation>Name the cloud to import (one of: %1).</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="140"/>
        <source>There is no cloud &quot;%1&quot; under &quot;clouds:&quot; in %2 (it has: %3).</source>
        <translation>There is no cloud &quot;%1&quot; under &quot;clouds:&quot; in %2 (it has: %3).</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="157"/>
        <source>The cloud &quot;%1&quot; in %2 uses a vendor profile (key &quot;profile&quot;), which is not supported: write its auth_url out.</source>
        <translation>The cloud &quot;%1&quot; in %2 uses a vendor profile (key &quot;profile&quot;), which is not supported: write its auth_url out.</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="51"/>
        <source>The connection name is empty.</source>
        <translation>The connection name is empty.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="53"/>
        <source>The connection name is longer than %1 characters.</source>
        <translation>The connection name is longer than %1 characters.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="56"/>
        <source>The connection name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>The connection name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="59"/>
        <source>The provider &quot;%1&quot; is not one of: %2.</source>
        <translation>The provider &quot;%1&quot; is not one of: %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="62"/>
        <source>The driver &quot;%1&quot; is neither &quot;sim&quot; nor &quot;native&quot;.</source>
        <translation>The driver &quot;%1&quot; is neither &quot;sim&quot; nor &quot;native&quot;.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="65"/>
        <source>The region is empty.</source>
        <translation>The region is empty.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="70"/>
        <source>The endpoint override &quot;%1&quot; is not an http(s) URL.</source>
        <translation>The endpoint override &quot;%1&quot; is not an http(s) URL.</translation>
    </message>
</context>
<context>
    <name>ConnectionHttpSettings</name>
    <message>
        <location filename="../providers/common/ConnectionHttpSettings.cpp" line="19"/>
        <source>The CA bundle %1 has no readable PEM certificate.</source>
        <translation>The CA bundle %1 has no readable PEM certificate.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecretReader</name>
    <message>
        <location filename="../providers/common/ConnectionSecretReader.cpp" line="20"/>
        <source>The connection &quot;%1&quot; has no credential.</source>
        <translation>The connection &quot;%1&quot; has no credential.</translation>
    </message>
    <message>
        <location filename="../providers/common/ConnectionSecretReader.cpp" line="23"/>
        <source>No secret store is available to read the credential of &quot;%1&quot;.</source>
        <translation>No secret store is available to read the credential of &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/common/ConnectionSecretReader.cpp" line="32"/>
        <source>The secret store did not answer for the credential of &quot;%1&quot;.</source>
        <translation>The secret store did not answer for the credential of &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../models/workspace/ConnectionTester.cpp" line="49"/>
        <source>Testing unsaved connections is not available.</source>
        <translation>Testing unsaved connections is not available.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ConnectionTester.cpp" line="73"/>
        <source>Test connection %1</source>
        <translation>Test connection %1</translation>
    </message>
</context>
<context>
    <name>ControlAction</name>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="74"/>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="76"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="78"/>
        <source>Reboot</source>
        <translation>Reboot</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="80"/>
        <source>Terminate</source>
        <translation>Terminate</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/catalog/CsvReader.cpp" line="57"/>
        <source>The quoted field that starts on line %1 is not closed.</source>
        <translation>The quoted field that starts on line %1 is not closed.</translation>
    </message>
</context>
<context>
    <name>DiskCallInput</name>
    <message>
        <location filename="../providers/common/DiskCallInput.cpp" line="36"/>
        <source>&quot;%1&quot; is not a disk function; disk functions are: %2.</source>
        <translation>&quot;%1&quot; is not a disk function; disk functions are: %2.</translation>
    </message>
    <message>
        <location filename="../providers/common/DiskCallInput.cpp" line="44"/>
        <source>%1 needs the input &quot;disk&quot;.</source>
        <translation>%1 needs the input &quot;disk&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/common/DiskCallInput.cpp" line="46"/>
        <source>AttachDisk needs the input &quot;vm&quot;.</source>
        <translation>AttachDisk needs the input &quot;vm&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/common/DiskCallInput.cpp" line="51"/>
        <source>ResizeDisk needs a positive &quot;sizeGb&quot;.</source>
        <translation>ResizeDisk needs a positive &quot;sizeGb&quot;.</translation>
    </message>
</context>
<context>
    <name>DraftSecretStore</name>
    <message>
        <location filename="../models/credentials/DraftSecretStore.cpp" line="14"/>
        <source>No secret store holds &quot;%1&quot;.</source>
        <translation>No secret store holds &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>FileCredentialImporter</name>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="49"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="51"/>
        <source>%1 is too large for a credential file.</source>
        <translation>%1 is too large for a credential file.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="65"/>
        <source>%1 line %2: not valid JSON (%3).</source>
        <translation>%1 line %2: not valid JSON (%3).</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="68"/>
        <source>%1: expected a JSON object.</source>
        <translation>%1: expected a JSON object.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="81"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="99"/>
        <source>%1: key &quot;type&quot; is not &quot;service_account&quot; (is this a service-account key file?).</source>
        <translation>%1: key &quot;type&quot; is not &quot;service_account&quot; (is this a service-account key file?).</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="102"/>
        <source>%1: key &quot;%2&quot; is missing or empty.</source>
        <translation>%1: key &quot;%2&quot; is missing or empty.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="105"/>
        <source>%1: key &quot;private_key&quot; is not an unencrypted RSA private key in PEM format.</source>
        <translation>%1: key &quot;private_key&quot; is not an unencrypted RSA private key in PEM format.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="109"/>
        <source>%1: key &quot;token_uri&quot; is not an http(s) URL.</source>
        <translation>%1: key &quot;token_uri&quot; is not an http(s) URL.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="122"/>
        <source>%1: key &quot;tenant&quot; (or &quot;tenantId&quot;) is missing.</source>
        <translation>%1: key &quot;tenant&quot; (or &quot;tenantId&quot;) is missing.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="124"/>
        <source>%1: key &quot;appId&quot; (or &quot;clientId&quot;) is missing.</source>
        <translation>%1: key &quot;appId&quot; (or &quot;clientId&quot;) is missing.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="126"/>
        <source>%1: key &quot;password&quot; (or &quot;clientSecret&quot;) is missing.</source>
        <translation>%1: key &quot;password&quot; (or &quot;clientSecret&quot;) is missing.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="128"/>
        <source>%1 names no subscription: pass --subscription ID or set AZURE_SUBSCRIPTION_ID.</source>
        <translation>%1 names no subscription: pass --subscription ID or set AZURE_SUBSCRIPTION_ID.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="164"/>
        <source>Project %1, service account %2.</source>
        <translation>Project %1, service account %2.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="187"/>
        <source>Merged %1.</source>
        <translation>Merged %1.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="204"/>
        <source>Unknown credential file type.</source>
        <translation>Unknown credential file type.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="213"/>
        <source>The typed credential</source>
        <translation>The typed credential</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="239"/>
        <source>Typed credentials are not supported for %1.</source>
        <translation>Typed credentials are not supported for %1.</translation>
    </message>
</context>
<context>
    <name>GcpAuth</name>
    <message>
        <location filename="../providers/gcp/GcpAuth.cpp" line="53"/>
        <source>The private key of %1 cannot sign: %2</source>
        <translation>The private key of %1 cannot sign: %2</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpAuth.cpp" line="118"/>
        <source>The token endpoint %1 answered without an access_token.</source>
        <translation>The token endpoint %1 answered without an access_token.</translation>
    </message>
</context>
<context>
    <name>GcpCatalogOps</name>
    <message>
        <location filename="../providers/gcp/GcpCatalogOps.cpp" line="115"/>
        <source>No image &quot;%1&quot; in the project or in %2.</source>
        <translation>No image &quot;%1&quot; in the project or in %2.</translation>
    </message>
</context>
<context>
    <name>GcpCompute</name>
    <message>
        <location filename="../providers/gcp/GcpCompute.cpp" line="29"/>
        <source>The key pair &quot;%1&quot; is not in the project&apos;s ssh-keys metadata.</source>
        <translation>The key pair &quot;%1&quot; is not in the project&apos;s ssh-keys metadata.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpCompute.cpp" line="147"/>
        <source>A key pair for GCP needs the public key to import (OpenSSH format).</source>
        <translation>A key pair for GCP needs the public key to import (OpenSSH format).</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpCompute.cpp" line="158"/>
        <source>A different key named &quot;%1&quot; is already in the project.</source>
        <translation>A different key named &quot;%1&quot; is already in the project.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpCompute.cpp" line="215"/>
        <source>A VM on GCP needs a machine type and an image.</source>
        <translation>A VM on GCP needs a machine type and an image.</translation>
    </message>
</context>
<context>
    <name>GcpDispatch</name>
    <message>
        <location filename="../providers/gcp/GcpDispatch.cpp" line="34"/>
        <source>GCP prices can only be listed (Cloud Billing Catalog), not read, created or changed one by one.</source>
        <translation>GCP prices can only be listed (Cloud Billing Catalog), not read, created or changed one by one.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpDispatch.cpp" line="38"/>
        <source>GCP does not support this operation on %1.</source>
        <translation>GCP does not support this operation on %1.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpDispatch.cpp" line="111"/>
        <source>A resource to create needs a name.</source>
        <translation>A resource to create needs a name.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpDispatch.cpp" line="167"/>
        <source>Unknown function &quot;%1&quot;; GCP offers: %2.</source>
        <translation>Unknown function &quot;%1&quot;; GCP offers: %2.</translation>
    </message>
</context>
<context>
    <name>GcpInternalLoadBalancing</name>
    <message>
        <location filename="../providers/gcp/GcpInternalLoadBalancing.cpp" line="76"/>
        <source>The VM &quot;%1&quot; did not join the instance group &quot;%2&quot;.</source>
        <translation>The VM &quot;%1&quot; did not join the instance group &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpInternalLoadBalancing.cpp" line="194"/>
        <source>The VMs of one zone must share a subnet for an internal load balancer: &quot;%1&quot; is in &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>The VMs of one zone must share a subnet for an internal load balancer: &quot;%1&quot; is in &quot;%2&quot;, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpInternalLoadBalancing.cpp" line="213"/>
        <source>The VPC &quot;%1&quot; has no subnet in region %2 to take the internal load balancer&apos;s address from.</source>
        <translation>The VPC &quot;%1&quot; has no subnet in region %2 to take the internal load balancer&apos;s address from.</translation>
    </message>
</context>
<context>
    <name>GcpKubernetes</name>
    <message>
        <location filename="../providers/gcp/GcpKubernetes.cpp" line="152"/>
        <source>A GKE cluster needs the VPC network it runs in.</source>
        <translation>A GKE cluster needs the VPC network it runs in.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpKubernetes.cpp" line="155"/>
        <source>A GKE cluster needs exactly one subnet of its VPC network.</source>
        <translation>A GKE cluster needs exactly one subnet of its VPC network.</translation>
    </message>
</context>
<context>
    <name>GcpLoadBalancing</name>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="54"/>
        <source>A network load balancer is PUBLIC or INTERNAL, not %1.</source>
        <translation>A network load balancer is PUBLIC or INTERNAL, not %1.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="58"/>
        <source>A network load balancer needs the VPC of its VMs.</source>
        <translation>A network load balancer needs the VPC of its VMs.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="61"/>
        <source>A GCP network load balancer listens on TCP or UDP, not %1.</source>
        <translation>A GCP network load balancer listens on TCP or UDP, not %1.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="65"/>
        <source>A GCP network load balancer passes traffic through: the VM group&apos;s protocol (%1) must be the listener&apos;s (%2).</source>
        <translation>A GCP network load balancer passes traffic through: the VM group&apos;s protocol (%1) must be the listener&apos;s (%2).</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="70"/>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="83"/>
        <source>Ports must be between 1 and 65535.</source>
        <translation>Ports must be between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="72"/>
        <source>A GCP passthrough load balancer forwards to the port the client used: the VM group&apos;s port (%1) must equal the listener&apos;s (%2).</source>
        <translation>A GCP passthrough load balancer forwards to the port the client used: the VM group&apos;s port (%1) must equal the listener&apos;s (%2).</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="79"/>
        <source>A GCP network load balancer checks health over TCP or HTTP, not %1.</source>
        <translation>A GCP network load balancer checks health over TCP or HTTP, not %1.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="90"/>
        <source>The forwarding rule &quot;%1&quot; does not belong to a network load balancer with a target pool or an internal backend service.</source>
        <translation>The forwarding rule &quot;%1&quot; does not belong to a network load balancer with a target pool or an internal backend service.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancerParts.cpp" line="58"/>
        <source>The VM &quot;%1&quot; is not in the VPC &quot;%2&quot;.</source>
        <translation>The VM &quot;%1&quot; is not in the VPC &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>GcpMachineImages</name>
    <message>
        <location filename="../providers/gcp/GcpMachineImages.cpp" line="76"/>
        <source>An image needs the VM it is made from.</source>
        <translation>An image needs the VM it is made from.</translation>
    </message>
</context>
<context>
    <name>GcpNetwork</name>
    <message>
        <location filename="../providers/gcp/GcpNetwork.cpp" line="214"/>
        <location filename="../providers/gcp/GcpNetwork.cpp" line="259"/>
        <source>No firewall rule belongs to the security group &quot;%1&quot;.</source>
        <translation>No firewall rule belongs to the security group &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpNetwork.cpp" line="225"/>
        <source>A security group on GCP needs its VPC (network).</source>
        <translation>A security group on GCP needs its VPC (network).</translation>
    </message>
</context>
<context>
    <name>GcpPricing</name>
    <message>
        <location filename="../providers/gcp/GcpPricing.cpp" line="25"/>
        <source>The page token &quot;%1&quot; is not one of this price listing.</source>
        <translation>The page token &quot;%1&quot; is not one of this price listing.</translation>
    </message>
</context>
<context>
    <name>GcpProvider</name>
    <message>
        <location filename="../providers/gcp/GcpProvider.cpp" line="89"/>
        <source>The provider is &quot;%1&quot;, not gcp.</source>
        <translation>The provider is &quot;%1&quot;, not gcp.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpProvider.cpp" line="91"/>
        <source>A GCP connection needs a region (e.g. asia-northeast3).</source>
        <translation>A GCP connection needs a region (e.g. asia-northeast3).</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpProvider.cpp" line="93"/>
        <source>A GCP connection needs a credential: the secret store key of a service-account key file.</source>
        <translation>A GCP connection needs a credential: the secret store key of a service-account key file.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpProvider.cpp" line="97"/>
        <source>The endpoint override &quot;%1&quot; is not a URL.</source>
        <translation>The endpoint override &quot;%1&quot; is not a URL.</translation>
    </message>
</context>
<context>
    <name>GcpServiceAccount</name>
    <message>
        <location filename="../providers/gcp/GcpServiceAccount.cpp" line="28"/>
        <source>The credential &quot;%1&quot; is not a GCP service-account key (JSON with type &quot;service_account&quot;, project_id, private_key and client_email).</source>
        <translation>The credential &quot;%1&quot; is not a GCP service-account key (JSON with type &quot;service_account&quot;, project_id, private_key and client_email).</translation>
    </message>
</context>
<context>
    <name>GcpSession</name>
    <message>
        <location filename="../providers/gcp/GcpSession.cpp" line="54"/>
        <source>The call was canceled.</source>
        <translation>The call was canceled.</translation>
    </message>
</context>
<context>
    <name>GcpStorage</name>
    <message>
        <location filename="../providers/gcp/GcpStorage.cpp" line="46"/>
        <source>A disk needs a size in GB.</source>
        <translation>A disk needs a size in GB.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpStorage.cpp" line="95"/>
        <source>The disk &quot;%1&quot; is not attached to a VM.</source>
        <translation>The disk &quot;%1&quot; is not attached to a VM.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="216"/>
        <source>Use the workspace in DIR.</source>
        <translation>Use the workspace in DIR.</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="224"/>
        <source>Barista Console</source>
        <translation>Barista Console</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="225"/>
        <source>The workspace cannot be opened:
%1</source>
        <translation>The workspace cannot be opened:
%1</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="268"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="270"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../providers/common/HttpClient.cpp" line="66"/>
        <source>Refusing plain http to %1: use https, or confirm insecure http for this connection.</source>
        <translation>Refusing plain http to %1: use https, or confirm insecure http for this connection.</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpClient.cpp" line="69"/>
        <source>The URL %1 is not http(s).</source>
        <translation>The URL %1 is not http(s).</translation>
    </message>
</context>
<context>
    <name>HttpErrorMapper</name>
    <message>
        <location filename="../providers/common/HttpErrorMapper.cpp" line="145"/>
        <source>HTTP status %1</source>
        <translation>HTTP status %1</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpErrorMapper.cpp" line="167"/>
        <source>The request was canceled.</source>
        <translation>The request was canceled.</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpErrorMapper.cpp" line="171"/>
        <source>No answer in time: %1</source>
        <translation>No answer in time: %1</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <location filename="../providers/common/HttpResponse.cpp" line="25"/>
        <source>%1 at offset %2</source>
        <translation>%1 at offset %2</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpResponse.cpp" line="28"/>
        <source>the body is not a JSON object</source>
        <translation>the body is not a JSON object</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpResponse.cpp" line="30"/>
        <source>The reply from %1 (HTTP %2) could not be read: %3.</source>
        <translation>The reply from %1 (HTTP %2) could not be read: %3.</translation>
    </message>
</context>
<context>
    <name>InfraConnectionResolver</name>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="38"/>
        <source>Node group %1: the spec &quot;%2&quot; does not name a provider and region (provider+region+spec); give connectionName.</source>
        <translation>Node group %1: the spec &quot;%2&quot; does not name a provider and region (provider+region+spec); give connectionName.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="69"/>
        <source>Node group %1: the spec &quot;%2&quot; is for %3 %4, but connection &quot;%5&quot; is %6 %7.</source>
        <translation>Node group %1: the spec &quot;%2&quot; is for %3 %4, but connection &quot;%5&quot; is %6 %7.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="77"/>
        <source>Node group %1: connection &quot;%2&quot; does not exist.</source>
        <translation>Node group %1: connection &quot;%2&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="95"/>
        <source>Node group %1: no connection for %2; add one with &apos;barista connection add&apos;.</source>
        <translation>Node group %1: no connection for %2; add one with &apos;barista connection add&apos;.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="102"/>
        <source>Node group %1: connection &quot;%2&quot; would be added for %3 %4, but a connection of that name already exists for %5 %6.</source>
        <translation>Node group %1: connection &quot;%2&quot; would be added for %3 %4, but a connection of that name already exists for %5 %6.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="121"/>
        <source>Node group %1: there is no connection for %2 %3 yet; create will add &quot;%4&quot; with the driver and credential of &quot;%5&quot;.</source>
        <translation>Node group %1: there is no connection for %2 %3 yet; create will add &quot;%4&quot; with the driver and credential of &quot;%5&quot;.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="126"/>
        <source>Node group %1: connection &quot;%2&quot; cannot be added: %3</source>
        <translation>Node group %1: connection &quot;%2&quot; cannot be added: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="141"/>
        <source>Node group %1: the simulated cloud has no %2 region &quot;%3&quot;.</source>
        <translation>Node group %1: the simulated cloud has no %2 region &quot;%3&quot;.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="150"/>
        <source>Node group %1: the simulated cloud has no zone &quot;%2&quot; in %3 %4.</source>
        <translation>Node group %1: the simulated cloud has no zone &quot;%2&quot; in %3 %4.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="154"/>
        <source>Node group %1: region &quot;%2&quot; of the connection to add was not checked: no catalog is open.</source>
        <translation>Node group %1: region &quot;%2&quot; of the connection to add was not checked: no catalog is open.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="163"/>
        <source>Node group %1: the catalog knows no %2 region &quot;%3&quot;.</source>
        <translation>Node group %1: the catalog knows no %2 region &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>InfraSpecReader</name>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="37"/>
        <source>The document is nested more than %1 levels deep at line %2.</source>
        <translation>The document is nested more than %1 levels deep at line %2.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="44"/>
        <source>The document holds more than %1 values (aliases count each time they are used).</source>
        <translation>The document holds more than %1 values (aliases count each time they are used).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="68"/>
        <source>The mapping key at line %1 is not plain text.</source>
        <translation>The mapping key at line %1 is not plain text.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="141"/>
        <source>Not valid YAML at line %1, column %2: %3</source>
        <translation>Not valid YAML at line %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="146"/>
        <source>Not valid YAML: %1</source>
        <translation>Not valid YAML: %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="165"/>
        <location filename="../models/infra/InfraSpecReader.cpp" line="196"/>
        <source>The document is empty.</source>
        <translation>The document is empty.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="179"/>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Not valid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="201"/>
        <source>The document must be a mapping of infra fields (name, nodeGroups, ...), got %1.</source>
        <translation>The document must be a mapping of infra fields (name, nodeGroups, ...), got %1.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="222"/>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="226"/>
        <source>%1 is a folder, not a spec file.</source>
        <translation>%1 is a folder, not a spec file.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="232"/>
        <location filename="../models/infra/InfraSpecReader.cpp" line="247"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="239"/>
        <source>%1 is larger than %2 MiB; an infra spec cannot be that big.</source>
        <translation>%1 is larger than %2 MiB; an infra spec cannot be that big.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecSyntax.cpp" line="181"/>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecSyntax.cpp" line="183"/>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecSyntax.cpp" line="187"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="97"/>
        <source>unknown field; did you mean %1?</source>
        <translation>unknown field; did you mean %1?</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="109"/>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="144"/>
        <source>must be text, got %1</source>
        <translation>must be text, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="134"/>
        <source>must be a mapping of text keys to text values, got %1</source>
        <translation>must be a mapping of text keys to text values, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="156"/>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="280"/>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="292"/>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="385"/>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="159"/>
        <source>must start with a lowercase letter and use only lowercase letters, digits and hyphens, at most %1 characters; got %2</source>
        <translation>must start with a lowercase letter and use only lowercase letters, digits and hyphens, at most %1 characters; got %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="183"/>
        <source>must be one of continue, refine or rollback, got %1</source>
        <translation>must be one of continue, refine or rollback, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="199"/>
        <source>is required: list at least one node group</source>
        <translation>is required: list at least one node group</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="205"/>
        <source>must be a list of node groups, got %1</source>
        <translation>must be a list of node groups, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="211"/>
        <source>must list at least one node group</source>
        <translation>must list at least one node group</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="221"/>
        <source>must be a mapping of node group fields, got %1</source>
        <translation>must be a mapping of node group fields, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="229"/>
        <source>the name %1 is already used by %2</source>
        <translation>the name %1 is already used by %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="259"/>
        <source>the node groups add up to %1 nodes, more than the %2 allowed</source>
        <translation>the node groups add up to %1 nodes, more than the %2 allowed</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="283"/>
        <source>must be provider+region+spec (e.g. aws+ap-northeast-2+t3.nano) unless connectionName is given, got %1</source>
        <translation>must be provider+region+spec (e.g. aws+ap-northeast-2+t3.nano) unless connectionName is given, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="297"/>
        <source>must be a whole number from 1 to %1, got %2</source>
        <translation>must be a whole number from 1 to %1, got %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="310"/>
        <source>must be a whole number of GB from 0 to %1 (0 = the image&apos;s default), got %2</source>
        <translation>must be a whole number of GB from 0 to %1 (0 = the image&apos;s default), got %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="330"/>
        <source>must be a list of command phases, got %1</source>
        <translation>must be a list of command phases, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="358"/>
        <source>must be a mapping with a command list, got %1</source>
        <translation>must be a mapping with a command list, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="372"/>
        <source>must be a non-empty command line, got %1</source>
        <translation>must be a non-empty command line, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="382"/>
        <source>must list at least one command</source>
        <translation>must list at least one command</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="388"/>
        <source>must be a list of command lines, got %1</source>
        <translation>must be a list of command lines, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="399"/>
        <source>must be key=value pairs separated by commas (e.g. role=worker), got %1</source>
        <translation>must be key=value pairs separated by commas (e.g. role=worker), got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="405"/>
        <source>must be a whole number of minutes from 0 to %1 (0 = the default of 30), got %2</source>
        <translation>must be a whole number of minutes from 0 to %1 (0 = the default of 30), got %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="423"/>
        <source>no node group is named %1</source>
        <translation>no node group is named %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="437"/>
        <source>no node is named %1; nodes are named &lt;group&gt;-&lt;n&gt;, n from 1 to the group&apos;s size</source>
        <translation>no node is named %1; nodes are named &lt;group&gt;-&lt;n&gt;, n from 1 to the group&apos;s size</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="450"/>
        <source>must be a list of rules, got %1</source>
        <translation>must be a list of rules, got %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="462"/>
        <source>must be protocol/port[-port][@cidr] (e.g. tcp/80, udp/5000-5100@10.0.0.0/8) or icmp[@cidr], got %1</source>
        <translation>must be protocol/port[-port][@cidr] (e.g. tcp/80, udp/5000-5100@10.0.0.0/8) or icmp[@cidr], got %1</translation>
    </message>
</context>
<context>
    <name>InfraTreeModel</name>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="57"/>
        <source>$%1/h</source>
        <translation>$%1/h</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="61"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/InfraTreeItem.cpp" line="62"/>
        <source>%1 + %n unknown</source>
        <translation>
            <numerusform>%1 + %n unknown</numerusform>
            <numerusform>%1 + %n unknown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="80"/>
        <source>%1 on %2 (%3), spec %4, image %5</source>
        <translation>%1 on %2 (%3), spec %4, image %5</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="83"/>
        <source>Public IP %1, private IP %2</source>
        <translation>Public IP %1, private IP %2</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="84"/>
        <location filename="../models/items/InfraTreeItem.cpp" line="85"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="87"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/InfraTreeItem.cpp" line="90"/>
        <source>Node group %1: %n node(s) on %2</source>
        <translation>
            <numerusform>Node group %1: %n node on %2</numerusform>
            <numerusform>Node group %1: %n nodes on %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="104"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/InfraTreeItem.cpp" line="108"/>
        <source>… and %n more failed node(s)</source>
        <translation>
            <numerusform>… and %n more failed node</numerusform>
            <numerusform>… and %n more failed nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ipv4Cidr</name>
    <message>
        <location filename="../models/infra/Ipv4Cidr.cpp" line="66"/>
        <source>&quot;%1&quot; is not in CIDR notation (an IPv4 address, &apos;/&apos; and a prefix length, e.g. 10.0.0.0/16).</source>
        <translation>&quot;%1&quot; is not in CIDR notation (an IPv4 address, &apos;/&apos; and a prefix length, e.g. 10.0.0.0/16).</translation>
    </message>
    <message>
        <location filename="../models/infra/Ipv4Cidr.cpp" line="75"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not an IPv4 address.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; is not an IPv4 address.</translation>
    </message>
    <message>
        <location filename="../models/infra/Ipv4Cidr.cpp" line="82"/>
        <source>&quot;%1&quot;: the prefix length must be a number from 0 to 32.</source>
        <translation>&quot;%1&quot;: the prefix length must be a number from 0 to 32.</translation>
    </message>
    <message>
        <location filename="../models/infra/Ipv4Cidr.cpp" line="89"/>
        <source>&quot;%1&quot; has host bits set; the network of that block is %2.</source>
        <translation>&quot;%1&quot; has host bits set; the network of that block is %2.</translation>
    </message>
</context>
<context>
    <name>KeystoneAuth</name>
    <message>
        <location filename="../providers/openstack/KeystoneAuth.cpp" line="128"/>
        <source>Keystone answered without a token or its expiry time.</source>
        <translation>Keystone answered without a token or its expiry time.</translation>
    </message>
</context>
<context>
    <name>LandShapes</name>
    <message>
        <location filename="../models/geo/LandShapes.cpp" line="31"/>
        <source>Not a land outline file.</source>
        <translation>Not a land outline file.</translation>
    </message>
    <message>
        <location filename="../models/geo/LandShapes.cpp" line="33"/>
        <source>Unsupported land outline file version.</source>
        <translation>Unsupported land outline file version.</translation>
    </message>
    <message>
        <location filename="../models/geo/LandShapes.cpp" line="39"/>
        <source>The land outline file is truncated.</source>
        <translation>The land outline file is truncated.</translation>
    </message>
    <message>
        <location filename="../models/geo/LandShapes.cpp" line="51"/>
        <location filename="../models/geo/LandShapes.cpp" line="57"/>
        <location filename="../models/geo/LandShapes.cpp" line="70"/>
        <source>The land outline file is inconsistent.</source>
        <translation>The land outline file is inconsistent.</translation>
    </message>
</context>
<context>
    <name>LatencyMatrix</name>
    <message>
        <location filename="../models/catalog/LatencyMatrix.cpp" line="49"/>
        <source>Unsupported latency matrix schema version.</source>
        <translation>Unsupported latency matrix schema version.</translation>
    </message>
    <message>
        <location filename="../models/catalog/LatencyMatrix.cpp" line="55"/>
        <location filename="../models/catalog/LatencyMatrix.cpp" line="64"/>
        <source>The latency matrix is not square.</source>
        <translation>The latency matrix is not square.</translation>
    </message>
    <message>
        <location filename="../models/catalog/LatencyMatrix.cpp" line="73"/>
        <source>The latency matrix has no distance estimate.</source>
        <translation>The latency matrix has no distance estimate.</translation>
    </message>
</context>
<context>
    <name>LibsshRemoteShell</name>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="125"/>
        <source>%1 did not finish within %2 ms.</source>
        <translation>%1 did not finish within %2 ms.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="151"/>
        <source>The SSH library could not create a session.</source>
        <translation>The SSH library could not create a session.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="181"/>
        <source>Could not connect to %1: %2</source>
        <translation>Could not connect to %1: %2</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="203"/>
        <source>Could not store the host key of %1 in %2: %3</source>
        <translation>Could not store the host key of %1 in %2: %3</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="209"/>
        <source>The host key of %1 differs from the one stored in %2: it now offers %3. The connection was refused. If the node was rebuilt, remove its line from that file.</source>
        <translation>The host key of %1 differs from the one stored in %2: it now offers %3. The connection was refused. If the node was rebuilt, remove its line from that file.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="219"/>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation>Could not check the host key of %1 against %2: %3</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="232"/>
        <source>The private key for %1 could not be read (it is damaged, of an unsupported type or protected by a passphrase).</source>
        <translation>The private key for %1 could not be read (it is damaged, of an unsupported type or protected by a passphrase).</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="246"/>
        <source>%1 refused the key for user %2: %3</source>
        <translation>%1 refused the key for user %2: %3</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="257"/>
        <source>Authentication with %1 failed: %2</source>
        <translation>Authentication with %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="274"/>
        <source>Could not start the command on %1: %2</source>
        <translation>Could not start the command on %1: %2</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="323"/>
        <source>[Output truncated: only the first %1 bytes were kept.]</source>
        <translation>[Output truncated: only the first %1 bytes were kept.]</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="339"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>The connection to %1 was lost: %2</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="399"/>
        <source>An unexpected error stopped the remote command.</source>
        <translation>An unexpected error stopped the remote command.</translation>
    </message>
</context>
<context>
    <name>NetworkRules</name>
    <message>
        <location filename="../models/infra/NetworkRules.cpp" line="169"/>
        <location filename="../models/infra/NetworkRules.cpp" line="192"/>
        <source>The network rules are not valid YAML: %1</source>
        <translation>The network rules are not valid YAML: %1</translation>
    </message>
    <message>
        <location filename="../models/infra/NetworkRules.cpp" line="176"/>
        <source>The network rules have no &quot;network&quot; section.</source>
        <translation>The network rules have no &quot;network&quot; section.</translation>
    </message>
</context>
<context>
    <name>OpenSslSshKeyFactory</name>
    <message>
        <location filename="../providers/ssh/OpenSslSshKeyFactory.cpp" line="71"/>
        <source>The cryptographic library could not generate an Ed25519 key.</source>
        <translation>The cryptographic library could not generate an Ed25519 key.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/OpenSslSshKeyFactory.cpp" line="78"/>
        <location filename="../providers/ssh/OpenSslSshKeyFactory.cpp" line="84"/>
        <source>The new SSH key could not be written out.</source>
        <translation>The new SSH key could not be written out.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/OpenSslSshKeyFactory.cpp" line="94"/>
        <source>The new SSH key&apos;s fingerprint could not be computed.</source>
        <translation>The new SSH key&apos;s fingerprint could not be computed.</translation>
    </message>
</context>
<context>
    <name>OpenStackCatalogOps</name>
    <message>
        <location filename="../providers/openstack/OpenStackCatalogOps.cpp" line="23"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>No %1 &quot;%2&quot; in region %3.</translation>
    </message>
</context>
<context>
    <name>OpenStackCompute</name>
    <message>
        <location filename="../providers/openstack/OpenStackCompute.cpp" line="47"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>No %1 &quot;%2&quot; in region %3.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCompute.cpp" line="142"/>
        <source>A VM needs a VPC (network) to attach to.</source>
        <translation>A VM needs a VPC (network) to attach to.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCompute.cpp" line="167"/>
        <source>A VM needs an image and a spec (flavor).</source>
        <translation>A VM needs an image and a spec (flavor).</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCompute.cpp" line="285"/>
        <source>An OpenStack key pair needs the public key to import.</source>
        <translation>An OpenStack key pair needs the public key to import.</translation>
    </message>
</context>
<context>
    <name>OpenStackCredentialSource</name>
    <message>
        <location filename="../providers/openstack/OpenStackCredentialSource.cpp" line="37"/>
        <source>The credential &quot;%1&quot; is not an OpenStack credential (JSON with auth_url, username, password, ...).</source>
        <translation>The credential &quot;%1&quot; is not an OpenStack credential (JSON with auth_url, username, password, ...).</translation>
    </message>
</context>
<context>
    <name>OpenStackCredentials</name>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="32"/>
        <source>The credential has no Keystone URL (auth_url).</source>
        <translation>The credential has no Keystone URL (auth_url).</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="34"/>
        <source>The credential has no user name.</source>
        <translation>The credential has no user name.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="36"/>
        <source>The credential has no password.</source>
        <translation>The credential has no password.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="38"/>
        <source>The credential names a user but not the user&apos;s domain (user_domain_name).</source>
        <translation>The credential names a user but not the user&apos;s domain (user_domain_name).</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="41"/>
        <source>The credential has no scope: set project_name or project_id (or a domain).</source>
        <translation>The credential has no scope: set project_name or project_id (or a domain).</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="44"/>
        <source>The credential names a project but not the project&apos;s domain (project_domain_name).</source>
        <translation>The credential names a project but not the project&apos;s domain (project_domain_name).</translation>
    </message>
</context>
<context>
    <name>OpenStackDispatch</name>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="53"/>
        <source>This OpenStack cloud has no load-balancer service (Octavia).</source>
        <translation>This OpenStack cloud has no load-balancer service (Octavia).</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="65"/>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="86"/>
        <source>This OpenStack cloud has no Kubernetes service (Magnum).</source>
        <translation>This OpenStack cloud has no Kubernetes service (Magnum).</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="88"/>
        <source>OpenStack has no price list API.</source>
        <translation>OpenStack has no price list API.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="90"/>
        <source>OpenStack does not support this operation on %1.</source>
        <translation>OpenStack does not support this operation on %1.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="167"/>
        <source>A resource to create needs a name.</source>
        <translation>A resource to create needs a name.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="234"/>
        <source>Unknown function &quot;%1&quot;; OpenStack offers: %2.</source>
        <translation>Unknown function &quot;%1&quot;; OpenStack offers: %2.</translation>
    </message>
</context>
<context>
    <name>OpenStackKubernetes</name>
    <message>
        <location filename="../providers/openstack/OpenStackKubernetes.cpp" line="149"/>
        <source>This OpenStack cloud has no Kubernetes cluster template in region %1; Magnum needs one to make a cluster.</source>
        <translation>This OpenStack cloud has no Kubernetes cluster template in region %1; Magnum needs one to make a cluster.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackKubernetes.cpp" line="153"/>
        <source>No Kubernetes cluster template has version %1. The templates are: %2.</source>
        <translation>No Kubernetes cluster template has version %1. The templates are: %2.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackKubernetes.cpp" line="156"/>
        <source>Several Kubernetes cluster templates fit: %1. Name one in the cluster&apos;s clusterTemplate setting.</source>
        <translation>Several Kubernetes cluster templates fit: %1. Name one in the cluster&apos;s clusterTemplate setting.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackKubernetes.cpp" line="207"/>
        <source>Magnum accepted the cluster but answered no uuid.</source>
        <translation>Magnum accepted the cluster but answered no uuid.</translation>
    </message>
</context>
<context>
    <name>OpenStackLoadBalancing</name>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="56"/>
        <source>No load balancer &quot;%1&quot; in region %2.</source>
        <translation>No load balancer &quot;%1&quot; in region %2.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="194"/>
        <source>A load balancer needs a VPC (network).</source>
        <translation>A load balancer needs a VPC (network).</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="196"/>
        <source>Ports must be between 1 and 65535.</source>
        <translation>Ports must be between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="198"/>
        <source>A load balancer needs at least one VM.</source>
        <translation>A load balancer needs at least one VM.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="214"/>
        <source>No network &quot;%1&quot; in region %2.</source>
        <translation>No network &quot;%1&quot; in region %2.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="241"/>
        <source>VM &quot;%1&quot; has no IPv4 address in VPC &quot;%2&quot;.</source>
        <translation>VM &quot;%1&quot; has no IPv4 address in VPC &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="260"/>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="281"/>
        <source>Load balancer %1 went to provisioning status %2.</source>
        <translation>Load balancer %1 went to provisioning status %2.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="267"/>
        <source>Load balancer %1 did not become ACTIVE in time.</source>
        <translation>Load balancer %1 did not become ACTIVE in time.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="288"/>
        <source>Load balancer %1 was not deleted in time.</source>
        <translation>Load balancer %1 was not deleted in time.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="315"/>
        <source>The type must be PUBLIC or INTERNAL, not &quot;%1&quot;.</source>
        <translation>The type must be PUBLIC or INTERNAL, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>OpenStackNetwork</name>
    <message>
        <location filename="../providers/openstack/OpenStackNetwork.cpp" line="34"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>No %1 &quot;%2&quot; in region %3.</translation>
    </message>
</context>
<context>
    <name>OpenStackProvider</name>
    <message>
        <location filename="../providers/openstack/OpenStackProvider.cpp" line="75"/>
        <source>The provider is &quot;%1&quot;, not openstack.</source>
        <translation>The provider is &quot;%1&quot;, not openstack.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackProvider.cpp" line="78"/>
        <source>An OpenStack connection needs a region (e.g. RegionOne).</source>
        <translation>An OpenStack connection needs a region (e.g. RegionOne).</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackProvider.cpp" line="80"/>
        <source>An OpenStack connection needs a credential: a secret store key, or &quot;%1&quot; for the OS_* variables.</source>
        <translation>An OpenStack connection needs a credential: a secret store key, or &quot;%1&quot; for the OS_* variables.</translation>
    </message>
</context>
<context>
    <name>OpenStackSession</name>
    <message>
        <location filename="../providers/openstack/OpenStackSession.cpp" line="31"/>
        <source>The request was canceled.</source>
        <translation>The request was canceled.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackSession.cpp" line="67"/>
        <source>The cloud&apos;s service catalog has no %1 endpoint for region %2 and interface %3.</source>
        <translation>The cloud&apos;s service catalog has no %1 endpoint for region %2 and interface %3.</translation>
    </message>
</context>
<context>
    <name>OpenStackStorage</name>
    <message>
        <location filename="../providers/openstack/OpenStackStorage.cpp" line="29"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>No %1 &quot;%2&quot; in region %3.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackStorage.cpp" line="95"/>
        <source>Volume %1 went to status %2.</source>
        <translation>Volume %1 went to status %2.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackStorage.cpp" line="98"/>
        <source>Volume %1 is still %2.</source>
        <translation>Volume %1 is still %2.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackStorage.cpp" line="188"/>
        <source>Volume %1 is not attached.</source>
        <translation>Volume %1 is not attached.</translation>
    </message>
</context>
<context>
    <name>OpenrcReader</name>
    <message>
        <location filename="../models/credentials/OpenrcReader.cpp" line="73"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../models/credentials/OpenrcReader.cpp" line="88"/>
        <source>%1 line %2: the value of %3 has an unclosed quote.</source>
        <translation>%1 line %2: the value of %3 has an unclosed quote.</translation>
    </message>
    <message>
        <location filename="../models/credentials/OpenrcReader.cpp" line="96"/>
        <source>%1 line %2: the value of %3 is computed by the shell; this file is read, never run. Write the value out.</source>
        <translation>%1 line %2: the value of %3 is computed by the shell; this file is read, never run. Write the value out.</translation>
    </message>
    <message>
        <location filename="../models/credentials/OpenrcReader.cpp" line="104"/>
        <source>%1 sets no OS_ variable: it is not an openrc file.</source>
        <translation>%1 sets no OS_ variable: it is not an openrc file.</translation>
    </message>
</context>
<context>
    <name>PagedListing</name>
    <message>
        <location filename="../models/workspace/PagedListing.cpp" line="61"/>
        <source>The provider canceled the listing.</source>
        <translation>The provider canceled the listing.</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <location filename="../models/jobs/ProviderRegistry.cpp" line="28"/>
        <source>No connection named &apos;%1&apos;.</source>
        <translation>No connection named &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="13"/>
        <source>column %1: %2</source>
        <translation>column %1: %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="114"/>
        <source>The quote is not closed.</source>
        <translation>The quote is not closed.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="168"/>
        <source>A comparison needs a field name before it, as in vcpu&gt;=8.</source>
        <translation>A comparison needs a field name before it, as in vcpu&gt;=8.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="179"/>
        <source>Unknown field &quot;%1&quot; (put text that contains &quot;%2&quot; in quotes).</source>
        <translation>Unknown field &quot;%1&quot; (put text that contains &quot;%2&quot; in quotes).</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="183"/>
        <source>&quot;%1%2&quot; needs a value.</source>
        <translation>&quot;%1%2&quot; needs a value.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="188"/>
        <source>&quot;!=&quot; is not supported; use a range or a list.</source>
        <translation>&quot;!=&quot; is not supported; use a range or a list.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="213"/>
        <source>Use within:KM, for example within:800.</source>
        <translation>Use within:KM, for example within:800.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="218"/>
        <source>within: needs a distance in kilometres greater than 0.</source>
        <translation>within: needs a distance in kilometres greater than 0.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="227"/>
        <source>&quot;%1&quot; takes &quot;:&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; takes &quot;:&quot;, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="251"/>
        <source>limit: needs a whole number from 1 to 100000.</source>
        <translation>limit: needs a whole number from 1 to 100000.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="260"/>
        <source>currency: needs a three-letter code such as USD or KRW.</source>
        <translation>currency: needs a three-letter code such as USD or KRW.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="301"/>
        <location filename="../models/catalog/QueryParser.cpp" line="305"/>
        <location filename="../models/catalog/QueryParser.cpp" line="324"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="309"/>
        <source>The range %1 is empty.</source>
        <translation>The range %1 is empty.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="345"/>
        <source>The list has an empty item.</source>
        <translation>The list has an empty item.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="356"/>
        <source>near: is given twice.</source>
        <translation>near: is given twice.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="364"/>
        <source>near: needs a latitude from -90 to 90 and a longitude from -180 to 180.</source>
        <translation>near: needs a latitude from -90 to 90 and a longitude from -180 to 180.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="374"/>
        <source>sort: is given twice; list the keys in one sort:, separated by commas.</source>
        <translation>sort: is given twice; list the keys in one sort:, separated by commas.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="387"/>
        <source>Unknown sort key &quot;%1&quot;.</source>
        <translation>Unknown sort key &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="408"/>
        <source>in: takes regions, specs, images or all.</source>
        <translation>in: takes regions, specs, images or all.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="416"/>
        <source>A query cannot filter specs and images at once.</source>
        <translation>A query cannot filter specs and images at once.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="418"/>
        <source>This filter applies to specs only.</source>
        <translation>This filter applies to specs only.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="420"/>
        <source>This filter applies to images only.</source>
        <translation>This filter applies to images only.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="422"/>
        <source>Regions have no architecture.</source>
        <translation>Regions have no architecture.</translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="86"/>
        <source>The catalog is not open.</source>
        <translation>The catalog is not open.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="101"/>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>Unknown provider &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="108"/>
        <source>No region matches &quot;%1&quot;.</source>
        <translation>No region matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="138"/>
        <source>The location priority needs a place or coordinates.</source>
        <translation>The location priority needs a place or coordinates.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="139"/>
        <source>Unknown place &quot;%1&quot;.</source>
        <translation>Unknown place &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="164"/>
        <source>Several providers have a region &quot;%1&quot;; write it as provider/region.</source>
        <translation>Several providers have a region &quot;%1&quot;; write it as provider/region.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="171"/>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>Unknown region &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="50"/>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>Invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="54"/>
        <source>The region catalog is not a JSON object.</source>
        <translation>The region catalog is not a JSON object.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="60"/>
        <source>Unsupported region catalog schema version %1.</source>
        <translation>Unsupported region catalog schema version %1.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="63"/>
        <source>The region catalog has no &quot;entries&quot; array.</source>
        <translation>The region catalog has no &quot;entries&quot; array.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="71"/>
        <source>A cloud entry has no &quot;id&quot;.</source>
        <translation>A cloud entry has no &quot;id&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="74"/>
        <source>The cloud entry &quot;%1&quot; appears twice.</source>
        <translation>The cloud entry &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="78"/>
        <source>The cloud entry &quot;%1&quot; has no &quot;regions&quot; array.</source>
        <translation>The cloud entry &quot;%1&quot; has no &quot;regions&quot; array.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="88"/>
        <source>A region of &quot;%1&quot; has no &quot;name&quot;.</source>
        <translation>A region of &quot;%1&quot; has no &quot;name&quot;.</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <location filename="../models/domain/Resource.cpp" line="87"/>
        <source>The resource has no &quot;kind&quot; field.</source>
        <translation>The resource has no &quot;kind&quot; field.</translation>
    </message>
    <message>
        <location filename="../models/domain/Resource.cpp" line="93"/>
        <source>Unknown resource kind &quot;%1&quot;.</source>
        <translation>Unknown resource kind &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="12"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="14"/>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="16"/>
        <source>Security group</source>
        <translation>Security group</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="18"/>
        <source>Key pair</source>
        <translation>Key pair</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="20"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="22"/>
        <source>Disk</source>
        <translation>Disk</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="24"/>
        <source>My image</source>
        <translation>My image</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="26"/>
        <source>Network load balancer</source>
        <translation>Network load balancer</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="28"/>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes cluster</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="30"/>
        <source>VM spec</source>
        <translation>VM spec</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="32"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="34"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="43"/>
        <source>regions</source>
        <translation>regions</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="45"/>
        <source>VPCs</source>
        <translation>VPCs</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="47"/>
        <source>security groups</source>
        <translation>security groups</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="49"/>
        <source>key pairs</source>
        <translation>key pairs</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="51"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="53"/>
        <source>disks</source>
        <translation>disks</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="55"/>
        <source>my images</source>
        <translation>my images</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="57"/>
        <source>network load balancers</source>
        <translation>network load balancers</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="59"/>
        <source>Kubernetes clusters</source>
        <translation>Kubernetes clusters</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="61"/>
        <source>VM specs</source>
        <translation>VM specs</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="63"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="65"/>
        <source>prices</source>
        <translation>prices</translation>
    </message>
</context>
<context>
    <name>ResourceRequestBuilder</name>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="30"/>
        <source>--body: cannot read %1: %2</source>
        <translation>--body: cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="38"/>
        <source>--body: invalid JSON at offset %1: %2</source>
        <translation>--body: invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="42"/>
        <source>--body: expected a JSON object</source>
        <translation>--body: expected a JSON object</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="55"/>
        <source>--public-key: cannot read %1: %2</source>
        <translation>--public-key: cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="60"/>
        <source>--public-key: %1 is a private key; give its public half (the .pub file)</source>
        <translation>--public-key: %1 is a private key; give its public half (the .pub file)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="75"/>
        <source>--public-key: %1 is not an OpenSSH public key (expected e.g. &apos;ssh-ed25519 AAAA...&apos;)</source>
        <translation>--public-key: %1 is not an OpenSSH public key (expected e.g. &apos;ssh-ed25519 AAAA...&apos;)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="81"/>
        <source>--public-key: %1 must hold exactly one public key (it holds %2)</source>
        <translation>--public-key: %1 must hold exactly one public key (it holds %2)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="93"/>
        <source>--subnet &apos;%1&apos;: expected NAME=CIDR or NAME=CIDR@ZONE</source>
        <translation>--subnet &apos;%1&apos;: expected NAME=CIDR or NAME=CIDR@ZONE</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="112"/>
        <source>--rule &apos;%1&apos;: expected DIRECTION,PROTOCOL,PORT[-PORT],CIDR (e.g. inbound,tcp,22,0.0.0.0/0)</source>
        <translation>--rule &apos;%1&apos;: expected DIRECTION,PROTOCOL,PORT[-PORT],CIDR (e.g. inbound,tcp,22,0.0.0.0/0)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="140"/>
        <source>Name of the new resource.</source>
        <translation>Name of the new resource.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="141"/>
        <source>The kind&apos;s fields as a JSON object, inline or @FILE.</source>
        <translation>The kind&apos;s fields as a JSON object, inline or @FILE.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="142"/>
        <source>VPC: IPv4 CIDR block.</source>
        <translation>VPC: IPv4 CIDR block.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="143"/>
        <source>VPC: a subnet NAME=CIDR[@ZONE] (repeatable). VM: the subnet&apos;s name.</source>
        <translation>VPC: a subnet NAME=CIDR[@ZONE] (repeatable). VM: the subnet&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="145"/>
        <source>Security group, VM, NLB: the VPC&apos;s name.</source>
        <translation>Security group, VM, NLB: the VPC&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="146"/>
        <source>Security group: DIRECTION,PROTOCOL,PORT[-PORT],CIDR (repeatable; default: SSH from anywhere).</source>
        <translation>Security group: DIRECTION,PROTOCOL,PORT[-PORT],CIDR (repeatable; default: SSH from anywhere).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="149"/>
        <source>VM: a security group&apos;s name (repeatable).</source>
        <translation>VM: a security group&apos;s name (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="150"/>
        <source>VM: the key pair&apos;s name.</source>
        <translation>VM: the key pair&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="152"/>
        <source>Key pair: import this OpenSSH public key file (e.g. ~/.ssh/id_ed25519.pub) instead of letting the cloud make one.</source>
        <translation>Key pair: import this OpenSSH public key file (e.g. ~/.ssh/id_ed25519.pub) instead of letting the cloud make one.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="155"/>
        <source>VM: the provider&apos;s spec name, e.g. t3.small.</source>
        <translation>VM: the provider&apos;s spec name, e.g. t3.small.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="156"/>
        <source>VM: the image name or id.</source>
        <translation>VM: the image name or id.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="157"/>
        <source>VM, disk: the zone.</source>
        <translation>VM, disk: the zone.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="158"/>
        <source>VM: root disk GB. Disk: size in GB.</source>
        <translation>VM: root disk GB. Disk: size in GB.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="159"/>
        <source>VM: root disk type. Disk: disk type.</source>
        <translation>VM: root disk type. Disk: disk type.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="160"/>
        <source>My image: the VM to make it from. NLB: a VM to balance over (repeatable).</source>
        <translation>My image: the VM to make it from. NLB: a VM to balance over (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="162"/>
        <source>NLB: the TCP port it listens on and forwards to (default 80).</source>
        <translation>NLB: the TCP port it listens on and forwards to (default 80).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="164"/>
        <source>A tag KEY=VALUE on the new resource (repeatable), e.g. barista-infra=web.</source>
        <translation>A tag KEY=VALUE on the new resource (repeatable), e.g. barista-infra=web.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="177"/>
        <source>--public-key is for --kind keypair only</source>
        <translation>--public-key is for --kind keypair only</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="181"/>
        <source>--vm is for --kind myimage and nlb only</source>
        <translation>--vm is for --kind myimage and nlb only</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="185"/>
        <source>--port is for --kind nlb only</source>
        <translation>--port is for --kind nlb only</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="194"/>
        <source>--disk-size &apos;%1&apos;: expected a size in GB between 1 and 65536</source>
        <translation>--disk-size &apos;%1&apos;: expected a size in GB between 1 and 65536</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="255"/>
        <source>--vm: a my image is made from one VM (%1 given)</source>
        <translation>--vm: a my image is made from one VM (%1 given)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="261"/>
        <source>--vm is required: the VM to make the image from</source>
        <translation>--vm is required: the VM to make the image from</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="273"/>
        <source>--port &apos;%1&apos;: expected a TCP port between 1 and 65535</source>
        <translation>--port &apos;%1&apos;: expected a TCP port between 1 and 65535</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="280"/>
        <source>--vpc is required: the VPC of the load balancer and its VMs</source>
        <translation>--vpc is required: the VPC of the load balancer and its VMs</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="289"/>
        <source>--tag &apos;%1&apos;: expected KEY=VALUE</source>
        <translation>--tag &apos;%1&apos;: expected KEY=VALUE</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="293"/>
        <source>--tag: barista-token is set by Barista itself (it ties the resource to the journal)</source>
        <translation>--tag: barista-token is set by Barista itself (it ties the resource to the journal)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="315"/>
        <source>--tag: this kind of resource has no tags</source>
        <translation>--tag: this kind of resource has no tags</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="319"/>
        <source>--name is required</source>
        <translation>--name is required</translation>
    </message>
</context>
<context>
    <name>ResourceStatus</name>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="90"/>
        <source>Creating</source>
        <translation>Creating</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="90"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="91"/>
        <source>Suspending</source>
        <translation>Suspending</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="91"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="92"/>
        <source>Resuming</source>
        <translation>Resuming</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="92"/>
        <source>Rebooting</source>
        <translation>Rebooting</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="93"/>
        <source>Terminating</source>
        <translation>Terminating</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="93"/>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="94"/>
        <source>NotExist</source>
        <translation>NotExist</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="94"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="95"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="95"/>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="96"/>
        <source>Deleting</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="96"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="97"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="97"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="98"/>
        <source>Updating</source>
        <translation>Updating</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="98"/>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
</context>
<context>
    <name>SecretStoreChooser</name>
    <message>
        <location filename="../app/SecretStoreChooser.cpp" line="18"/>
        <source>No keychain is available and BARISTA_VAULT_PASSPHRASE is not set, so private keys cannot be kept: set it to use the encrypted vault.</source>
        <translation>No keychain is available and BARISTA_VAULT_PASSPHRASE is not set, so private keys cannot be kept: set it to use the encrypted vault.</translation>
    </message>
</context>
<context>
    <name>VaultSecretStore</name>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="46"/>
        <source>The vault could not be encrypted or decrypted (%1).</source>
        <translation>The vault could not be encrypted or decrypted (%1).</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="94"/>
        <source>The vault&apos;s contents are malformed.</source>
        <translation>The vault&apos;s contents are malformed.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="162"/>
        <source>The file is not a Barista Console vault.</source>
        <translation>The file is not a Barista Console vault.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="164"/>
        <location filename="../providers/secrets/VaultFormat.cpp" line="185"/>
        <source>The vault file is truncated.</source>
        <translation>The vault file is truncated.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="168"/>
        <source>The vault has format version %1; this version of Barista Console reads version %2.</source>
        <translation>The vault has format version %1; this version of Barista Console reads version %2.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="173"/>
        <source>The vault uses an unknown key derivation.</source>
        <translation>The vault uses an unknown key derivation.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="179"/>
        <location filename="../providers/secrets/VaultFormat.cpp" line="208"/>
        <source>The vault header is damaged.</source>
        <translation>The vault header is damaged.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="187"/>
        <source>The vault file has unexpected data at its end.</source>
        <translation>The vault file has unexpected data at its end.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="195"/>
        <source>The key derivation parameters are out of range.</source>
        <translation>The key derivation parameters are out of range.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="253"/>
        <source>The vault file is damaged or was modified.</source>
        <translation>The vault file is damaged or was modified.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="266"/>
        <source>The vault would exceed %1 MiB.</source>
        <translation>The vault would exceed %1 MiB.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="324"/>
        <source>The passphrase does not open this vault (or its header was modified).</source>
        <translation>The passphrase does not open this vault (or its header was modified).</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="26"/>
        <source>Cannot access the vault %1: %2</source>
        <translation>Cannot access the vault %1: %2</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="32"/>
        <source>No secret named %1.</source>
        <translation>No secret named %1.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="39"/>
        <source>The vault passphrase is empty.</source>
        <translation>The vault passphrase is empty.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="42"/>
        <source>A secret needs a name.</source>
        <translation>A secret needs a name.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="95"/>
        <source>Another program is writing the vault %1.</source>
        <translation>Another program is writing the vault %1.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="139"/>
        <source>The vault file is larger than a vault can be.</source>
        <translation>The vault file is larger than a vault can be.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="182"/>
        <source>cannot restrict the file&apos;s permissions</source>
        <translation>cannot restrict the file&apos;s permissions</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="242"/>
        <source>There is no vault at %1.</source>
        <translation>There is no vault at %1.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace/Workspace.cpp" line="67"/>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Cannot create the workspace folder %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Workspace.cpp" line="75"/>
        <source>Cannot lock the session file in %1.</source>
        <translation>Cannot lock the session file in %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Workspace.cpp" line="82"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location filename="../models/workspace/Workspace.cpp" line="145"/>
        <source>The workspace %1 was written by a newer Barista Console (schema %2; this one knows %3).</source>
        <translation>The workspace %1 was written by a newer Barista Console (schema %2; this one knows %3).</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="34"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="36"/>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="38"/>
        <source>Stopping</source>
        <translation>Stopping</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="40"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="42"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="44"/>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="74"/>
        <location filename="../ui/map/MapLegend.cpp" line="114"/>
        <source>Providers</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="77"/>
        <location filename="../ui/map/MapLegend.cpp" line="116"/>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="76"/>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="77"/>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="78"/>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="79"/>
        <source>Alibaba Cloud</source>
        <translation>Alibaba Cloud</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="80"/>
        <source>Tencent Cloud</source>
        <translation>Tencent Cloud</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="81"/>
        <source>IBM Cloud</source>
        <translation>IBM Cloud</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="82"/>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="83"/>
        <source>NAVER Cloud</source>
        <translation>NAVER Cloud</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="84"/>
        <source>NHN Cloud</source>
        <translation>NHN Cloud</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPalette.cpp" line="85"/>
        <source>KT Cloud</source>
        <translation>KT Cloud</translation>
    </message>
</context>
</TS>
