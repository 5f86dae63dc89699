<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AwsCatalogOps</name>
    <message>
        <location filename="../providers/aws/AwsCatalogOps.cpp" line="88"/>
        <source>AWS has no region &quot;%1&quot;.</source>
        <translation>AWS에 리전 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCatalogOps.cpp" line="122"/>
        <source>No instance type &quot;%1&quot; in region %2.</source>
        <translation>리전 %2에 인스턴스 유형 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCatalogOps.cpp" line="158"/>
        <source>No image &quot;%1&quot; in region %2.</source>
        <translation>리전 %2에 이미지 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>AwsCompute</name>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="82"/>
        <source>No instance &quot;%1&quot; in region %2.</source>
        <translation>리전 %2에 인스턴스 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="112"/>
        <source>A VM needs an image and a spec (instance type).</source>
        <translation>VM에는 이미지와 사양(인스턴스 유형)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="178"/>
        <source>RunInstances answered without an instance.</source>
        <translation>RunInstances가 인스턴스 없이 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="241"/>
        <source>No key pair &quot;%1&quot; in region %2.</source>
        <translation>리전 %2에 키 페어 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCompute.cpp" line="248"/>
        <source>A key pair for AWS needs the public key to import (OpenSSH format).</source>
        <translation>AWS 키 페어에는 가져올 공개 키(OpenSSH 형식)가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>AwsCredentialSource</name>
    <message>
        <location filename="../providers/aws/AwsCredentialSource.cpp" line="32"/>
        <source>The credential %1 needs an access key id and a secret access key.</source>
        <translation>자격 증명 %1에는 액세스 키 ID와 비밀 액세스 키가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsCredentialSource.cpp" line="44"/>
        <source>The credential &quot;%1&quot; is not an AWS credential (JSON with aws_access_key_id and aws_secret_access_key).</source>
        <translation>자격 증명 &quot;%1&quot;은(는) AWS 자격 증명(aws_access_key_id와 aws_secret_access_key가 있는 JSON)이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>AwsDispatch</name>
    <message>
        <location filename="../providers/aws/AwsDispatch.cpp" line="62"/>
        <source>AWS does not support this operation on %1.</source>
        <translation>AWS는 %1에 대한 이 작업을 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsDispatch.cpp" line="134"/>
        <source>A resource to create needs a name.</source>
        <translation>만들 리소스에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsDispatch.cpp" line="189"/>
        <source>Unknown function &quot;%1&quot;; AWS offers: %2.</source>
        <translation>알 수 없는 함수 &quot;%1&quot;입니다. AWS가 제공하는 함수: %2.</translation>
    </message>
</context>
<context>
    <name>AwsKubernetes</name>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="198"/>
        <source>An EKS cluster needs the ARN of its IAM cluster role in the request&apos;s extra &quot;roleArn&quot;.</source>
        <translation>EKS 클러스터에는 요청의 extra &quot;roleArn&quot;에 IAM 클러스터 역할의 ARN이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="201"/>
        <source>EKS node groups need the ARN of their IAM node role in the request&apos;s extra &quot;nodeRoleArn&quot;.</source>
        <translation>EKS 노드 그룹에는 요청의 extra &quot;nodeRoleArn&quot;에 IAM 노드 역할의 ARN이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="204"/>
        <source>A cluster needs a VPC.</source>
        <translation>클러스터에는 VPC가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="206"/>
        <source>A cluster needs subnets.</source>
        <translation>클러스터에는 서브넷이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="209"/>
        <source>A node group needs a name.</source>
        <translation>노드 그룹에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsKubernetes.cpp" line="212"/>
        <source>Node group %1 needs 0 &lt;= min &lt;= desired &lt;= max, max &gt;= 1.</source>
        <translation>노드 그룹 %1은(는) 0 &lt;= 최소 &lt;= 희망 &lt;= 최대, 최대 &gt;= 1이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>AwsLoadBalancing</name>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="129"/>
        <source>No load balancer &quot;%1&quot; in region %2.</source>
        <translation>리전 %2에 로드 밸런서 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="205"/>
        <source>VPC %1 has no subnet for the load balancer.</source>
        <translation>VPC %1에 로드 밸런서를 둘 서브넷이 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="223"/>
        <source>A load balancer needs a VPC.</source>
        <translation>로드 밸런서에는 VPC가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="226"/>
        <source>Ports must be between 1 and 65535.</source>
        <translation>포트는 1에서 65535 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="228"/>
        <source>The load balancer type must be PUBLIC or INTERNAL, not &quot;%1&quot;.</source>
        <translation>로드 밸런서 유형은 &quot;%1&quot;이(가) 아니라 PUBLIC 또는 INTERNAL이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsLoadBalancing.cpp" line="243"/>
        <source>VM %1 is not in VPC %2.</source>
        <translation>VM %1이(가) VPC %2에 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>AwsMyImages</name>
    <message>
        <location filename="../providers/aws/AwsMyImages.cpp" line="60"/>
        <source>No image of this account named &quot;%1&quot; in region %2.</source>
        <translation>리전 %2에 이 계정의 이미지 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsMyImages.cpp" line="80"/>
        <source>An image needs the VM to make it from.</source>
        <translation>이미지를 만들려면 원본 VM이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>AwsNetwork</name>
    <message>
        <location filename="../providers/aws/AwsNetwork.cpp" line="33"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>리전 %3에 %1 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsNetwork.cpp" line="97"/>
        <source>A VPC is needed.</source>
        <translation>VPC가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>AwsPricing</name>
    <message>
        <location filename="../providers/aws/AwsPricing.cpp" line="125"/>
        <source>The price list answer has no PriceList array.</source>
        <translation>가격 목록 응답에 PriceList 배열이 없습니다.</translation>
    </message>
</context>
<context>
    <name>AwsProfileReader</name>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="20"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="34"/>
        <source>%1 line %2: a section header without &apos;]&apos;.</source>
        <translation>%1 %2번째 줄: &apos;]&apos;가 없는 섹션 머리글입니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="49"/>
        <source>%1 line %2: expected key = value inside a [section].</source>
        <translation>%1 %2번째 줄: [섹션] 안에 key = value 형식이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="95"/>
        <source>There is no profile &quot;%1&quot; in %2.</source>
        <translation>%2에 프로필 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProfileReader.cpp" line="104"/>
        <source>The profile &quot;%1&quot; has no aws_access_key_id and aws_secret_access_key (SSO, role and credential_process profiles are not supported yet).</source>
        <translation>프로필 &quot;%1&quot;에 aws_access_key_id와 aws_secret_access_key가 없습니다(SSO, 역할, credential_process 프로필은 아직 지원하지 않습니다).</translation>
    </message>
</context>
<context>
    <name>AwsProvider</name>
    <message>
        <location filename="../providers/aws/AwsProvider.cpp" line="80"/>
        <source>The provider is &quot;%1&quot;, not aws.</source>
        <translation>제공자가 aws가 아니라 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProvider.cpp" line="82"/>
        <source>An AWS connection needs a region (e.g. ap-northeast-2).</source>
        <translation>AWS 연결에는 리전(예: ap-northeast-2)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProvider.cpp" line="84"/>
        <source>An AWS connection needs a credential: a secret store key, or &quot;%1&quot; for the AWS_* variables.</source>
        <translation>AWS 연결에는 자격 증명이 필요합니다: 비밀 저장소 키, 또는 AWS_* 변수를 쓰려면 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsProvider.cpp" line="89"/>
        <source>The endpoint override &quot;%1&quot; is not a URL.</source>
        <translation>엔드포인트 재정의 &quot;%1&quot;은(는) URL이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>AwsSession</name>
    <message>
        <location filename="../providers/aws/AwsSession.cpp" line="39"/>
        <source>The request was canceled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>AwsStorage</name>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="19"/>
        <source>No volume &quot;%1&quot; in region %2.</source>
        <translation>리전 %2에 볼륨 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="90"/>
        <source>Volume %1 went to state %2.</source>
        <translation>볼륨 %1이(가) %2 상태가 되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="93"/>
        <source>Volume %1 is still %2.</source>
        <translation>볼륨 %1이(가) 아직 %2 상태입니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="111"/>
        <source>Region %1 has no available zone.</source>
        <translation>리전 %1에 사용 가능한 영역이 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsStorage.cpp" line="187"/>
        <source>Instance %1 has no free device name for another volume.</source>
        <translation>인스턴스 %1에 다른 볼륨을 붙일 빈 장치 이름이 없습니다.</translation>
    </message>
</context>
<context>
    <name>AwsXml</name>
    <message>
        <location filename="../providers/aws/AwsXml.cpp" line="47"/>
        <source>The answer is not readable XML: %1</source>
        <translation>응답을 XML로 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../providers/aws/AwsXml.cpp" line="48"/>
        <source>no element</source>
        <translation>요소 없음</translation>
    </message>
</context>
<context>
    <name>AzureAuth</name>
    <message>
        <location filename="../providers/azure/AzureAuth.cpp" line="77"/>
        <source>The token endpoint %1 answered without access_token or expires_in.</source>
        <translation>토큰 엔드포인트 %1이(가) access_token 또는 expires_in 없이 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>AzureCatalogOps</name>
    <message>
        <location filename="../providers/azure/AzureCatalogOps.cpp" line="16"/>
        <source>No %1 &quot;%2&quot; here.</source>
        <translation>여기에 %1 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCatalogOps.cpp" line="142"/>
        <source>&quot;%1&quot; is not an image URN (publisher:offer:sku:version).</source>
        <translation>&quot;%1&quot;은(는) 이미지 URN(publisher:offer:sku:version)이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>AzureCompute</name>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="52"/>
        <source>Azure imports key pairs: the request needs the public key (&quot;ssh-ed25519 AAAA...&quot; or &quot;ssh-rsa AAAA...&quot;).</source>
        <translation>Azure는 키 페어를 가져옵니다: 요청에 공개 키(&quot;ssh-ed25519 AAAA...&quot; 또는 &quot;ssh-rsa AAAA...&quot;)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="130"/>
        <source>A VM on Azure needs a VPC (virtual network) and a subnet.</source>
        <translation>Azure의 VM에는 VPC(가상 네트워크)와 서브넷이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="144"/>
        <source>The virtual network %1 has no subnet &quot;%2&quot;.</source>
        <translation>가상 네트워크 %1에 서브넷 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="151"/>
        <source>The image &quot;%1&quot; is not an Azure image URN (publisher:offer:sku:version).</source>
        <translation>이미지 &quot;%1&quot;은(는) Azure 이미지 URN(publisher:offer:sku:version)이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="154"/>
        <source>A VM needs a spec (VM size, e.g. Standard_B2s).</source>
        <translation>VM에는 사양(VM 크기, 예: Standard_B2s)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="156"/>
        <source>An Azure network interface takes one network security group; the request names %1.</source>
        <translation>Azure 네트워크 인터페이스에는 네트워크 보안 그룹을 하나만 지정할 수 있는데, 요청에는 %1이(가) 지정되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureCompute.cpp" line="159"/>
        <source>A Linux VM on Azure needs a key pair.</source>
        <translation>Azure의 Linux VM에는 키 페어가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>AzureCredentialSource</name>
    <message>
        <location filename="../providers/azure/AzureCredentialSource.cpp" line="38"/>
        <source>The credential &quot;%1&quot; is not an Azure service principal (JSON with tenantId, clientId, clientSecret and subscriptionId).</source>
        <translation>자격 증명 &quot;%1&quot;은(는) Azure 서비스 주체(tenantId, clientId, clientSecret, subscriptionId가 있는 JSON)가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>AzureDispatch</name>
    <message>
        <location filename="../providers/azure/AzureDispatch.cpp" line="30"/>
        <source>Azure does not support this operation on %1.</source>
        <translation>Azure는 %1에 대한 이 작업을 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureDispatch.cpp" line="101"/>
        <source>A resource to create needs a name.</source>
        <translation>만들 리소스에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureDispatch.cpp" line="156"/>
        <source>Unknown function &quot;%1&quot;; Azure offers: %2.</source>
        <translation>알 수 없는 함수 &quot;%1&quot;입니다. Azure가 제공하는 함수: %2.</translation>
    </message>
</context>
<context>
    <name>AzureKubernetes</name>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="133"/>
        <source>An AKS cluster on Azure needs a VPC (virtual network) and a subnet for its nodes.</source>
        <translation>Azure의 AKS 클러스터에는 노드가 쓸 VPC(가상 네트워크)와 서브넷이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="136"/>
        <source>An AKS cluster needs at least one node group (its system pool).</source>
        <translation>AKS 클러스터에는 노드 그룹(시스템 풀)이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="138"/>
        <source>AKS manages the security group of its nodes itself; create the cluster without security groups.</source>
        <translation>AKS는 노드의 보안 그룹을 직접 관리합니다. 보안 그룹 없이 클러스터를 만드세요.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="145"/>
        <source>AKS takes one key pair for all node groups of a cluster; the request names %1 and %2.</source>
        <translation>AKS는 클러스터의 모든 노드 그룹에 키 페어 하나만 씁니다. 요청에는 %1와(과) %2이(가) 지정되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureKubernetes.cpp" line="176"/>
        <source>%1 already exists.</source>
        <translation>%1이(가) 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>AzureLoadBalancing</name>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="201"/>
        <source>The VM %1 is not in the virtual network %2.</source>
        <translation>VM %1이(가) 가상 네트워크 %2에 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="274"/>
        <source>An NLB type is PUBLIC or INTERNAL, not &quot;%1&quot;.</source>
        <translation>NLB 유형은 &quot;%1&quot;이(가) 아니라 PUBLIC 또는 INTERNAL입니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="277"/>
        <source>An Azure load balancer listens on TCP or UDP, not &quot;%1&quot;.</source>
        <translation>Azure 로드 밸런서는 &quot;%1&quot;이(가) 아니라 TCP 또는 UDP로 수신합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="281"/>
        <source>An Azure health probe uses TCP, HTTP or HTTPS, not &quot;%1&quot;.</source>
        <translation>Azure 상태 프로브는 &quot;%1&quot;이(가) 아니라 TCP, HTTP 또는 HTTPS를 씁니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="286"/>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>포트 %1이(가) 1에서 65535 사이가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="289"/>
        <source>An NLB on Azure needs a VPC (virtual network).</source>
        <translation>Azure의 NLB에는 VPC(가상 네트워크)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureLoadBalancing.cpp" line="309"/>
        <source>The virtual network %1 has no subnet for an internal NLB.</source>
        <translation>가상 네트워크 %1에 내부 NLB를 둘 서브넷이 없습니다.</translation>
    </message>
</context>
<context>
    <name>AzureMyImages</name>
    <message>
        <location filename="../providers/azure/AzureMyImages.cpp" line="83"/>
        <source>An image on Azure is made from a VM: the request needs the source VM.</source>
        <translation>Azure의 이미지는 VM에서 만듭니다: 요청에 원본 VM이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureMyImages.cpp" line="95"/>
        <source>Azure makes an image only from a generalized VM, and a generalized VM cannot be started again. Generalize %1 yourself, or ask for it with &quot;generalize&quot;: true in the image&apos;s extra fields (CLI: --body &apos;{&quot;extra&quot;:{&quot;generalize&quot;:true}}&apos;).</source>
        <translation>Azure는 일반화된 VM에서만 이미지를 만들며, 일반화된 VM은 다시 시작할 수 없습니다. %1을(를) 직접 일반화하거나, 이미지의 extra 필드에 &quot;generalize&quot;: true로 요청하세요(CLI: --body &apos;{&quot;extra&quot;:{&quot;generalize&quot;:true}}&apos;).</translation>
    </message>
</context>
<context>
    <name>AzurePricing</name>
    <message>
        <location filename="../providers/azure/AzurePricing.cpp" line="77"/>
        <location filename="../providers/azure/AzurePricing.cpp" line="97"/>
        <source>The Retail Prices API sent a link to another place (%1); it is not followed.</source>
        <translation>Retail Prices API가 다른 곳(%1)으로 가는 링크를 보냈습니다. 따라가지 않습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzurePricing.cpp" line="91"/>
        <source>%1 answered without an Items list.</source>
        <translation>%1이(가) Items 목록 없이 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>AzureProvider</name>
    <message>
        <location filename="../providers/azure/AzureProvider.cpp" line="97"/>
        <source>The provider is &quot;%1&quot;, not azure.</source>
        <translation>제공자가 azure가 아니라 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureProvider.cpp" line="99"/>
        <source>An Azure connection needs a region (a location, e.g. koreacentral).</source>
        <translation>Azure 연결에는 리전(위치, 예: koreacentral)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureProvider.cpp" line="101"/>
        <source>An Azure connection needs a credential (a service principal in the secret store).</source>
        <translation>Azure 연결에는 자격 증명(비밀 저장소의 서비스 주체)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureProvider.cpp" line="104"/>
        <source>The endpoint override &quot;%1&quot; is not a URL.</source>
        <translation>엔드포인트 재정의 &quot;%1&quot;은(는) URL이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>AzureSession</name>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="25"/>
        <source>The request was canceled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="59"/>
        <source>ARM sent a link to another host (%1); it is not followed.</source>
        <translation>ARM이 다른 호스트(%1)로 가는 링크를 보냈습니다. 이 링크는 따라가지 않습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="104"/>
        <source>%1 did not answer a JSON array.</source>
        <translation>%1이(가) JSON 배열로 응답하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="118"/>
        <source>%1 already exists.</source>
        <translation>%1이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="208"/>
        <source>The operation ended with status %1.</source>
        <translation>작업이 %1 상태로 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureSession.cpp" line="224"/>
        <source>The operation did not end after %1 polls.</source>
        <translation>%1번 확인한 뒤에도 작업이 끝나지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>AzureStorage</name>
    <message>
        <location filename="../providers/azure/AzureStorage.cpp" line="43"/>
        <source>A disk needs a size in GB.</source>
        <translation>디스크에는 GB 단위 크기가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureStorage.cpp" line="102"/>
        <source>The disk %1 is not attached to %2.</source>
        <translation>디스크 %1이(가) %2에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../providers/azure/AzureStorage.cpp" line="129"/>
        <source>The disk %1 is not attached to a VM.</source>
        <translation>디스크 %1이(가) VM에 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::ActivityLogModel</name>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="60"/>
        <source>Queued: %1</source>
        <translation>대기열에 추가됨: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="85"/>
        <source>Started: %1</source>
        <translation>시작됨: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="88"/>
        <source>Started attempt %1 of %2: %3</source>
        <translation>%2회 중 %1번째 시도 시작: %3</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="92"/>
        <source>Attempt %1 of %2 failed, retrying: %3 — %4</source>
        <translation>%2회 중 %1번째 시도 실패, 다시 시도합니다: %3 — %4</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="98"/>
        <location filename="../models/items/ActivityLogModel.cpp" line="220"/>
        <source>Succeeded: %1</source>
        <translation>성공: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="102"/>
        <location filename="../models/items/ActivityLogModel.cpp" line="227"/>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="102"/>
        <location filename="../models/items/ActivityLogModel.cpp" line="227"/>
        <source>Failed: %1 — %2</source>
        <translation>실패: %1 — %2</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="105"/>
        <location filename="../models/items/ActivityLogModel.cpp" line="230"/>
        <source>Canceled: %1</source>
        <translation>취소됨: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="232"/>
        <source>Running in another session: %1</source>
        <translation>다른 세션에서 실행 중: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="236"/>
        <source>Interrupted when its session ended: %1</source>
        <translation>세션이 끝나면서 중단됨: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="274"/>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="276"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="278"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="340"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="342"/>
        <source>Level</source>
        <translation>수준</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="344"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="346"/>
        <source>Provider</source>
        <translation>제공자</translation>
    </message>
    <message>
        <location filename="../models/items/ActivityLogModel.cpp" line="348"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>Barista::ActivityLogView</name>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="29"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="36"/>
        <source>Filter the activity log</source>
        <translation>활동 로그 필터</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="38"/>
        <source>Shows only rows containing this text in any column (case-insensitive)</source>
        <translation>어느 열에든 이 텍스트가 들어 있는 행만 표시합니다(대소문자 구분 없음)</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="42"/>
        <source>All levels</source>
        <translation>모든 수준</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="43"/>
        <source>Warnings and errors</source>
        <translation>경고 및 오류</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="44"/>
        <source>Errors only</source>
        <translation>오류만</translation>
    </message>
    <message>
        <location filename="../ui/jobs/ActivityLogView.cpp" line="45"/>
        <source>The least severe level shown</source>
        <translation>표시할 가장 낮은 심각도</translation>
    </message>
</context>
<context>
    <name>Barista::CatalogPanel</name>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="74"/>
        <source>Use this spec</source>
        <translation>이 사양 사용</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="84"/>
        <source>Search the catalog, e.g. gpu:a100 vcpu&gt;=8 mem&gt;=32 near:seoul sort:price</source>
        <translation>카탈로그 검색(예: gpu:a100 vcpu&gt;=8 mem&gt;=32 near:seoul sort:price)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="127"/>
        <source>Clear map filter</source>
        <translation>지도 필터 지우기</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="193"/>
        <source>Spec id</source>
        <translation>사양 ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="194"/>
        <source>Provider</source>
        <translation>제공자</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="195"/>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="196"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="197"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="198"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="199"/>
        <source>On-demand</source>
        <translation>온디맨드</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="200"/>
        <source>Spot</source>
        <translation>스팟</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="201"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="202"/>
        <source>Fetched at</source>
        <translation>가져온 시각</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="233"/>
        <source>Map: %n region(s), near %1, %2</source>
        <translation>
            <numerusform>지도: 리전 %n개, %1, %2 부근</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="237"/>
        <source>Map: %n region(s) selected</source>
        <translation>
            <numerusform>지도: 리전 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="239"/>
        <source>Map: near %1, %2</source>
        <translation>지도: %1, %2 부근</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="345"/>
        <source>Column %1: %2</source>
        <translation>위치 %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="363"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="367"/>
        <source>Type a query to search the catalog.</source>
        <translation>카탈로그를 검색하려면 검색어를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="372"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>리전 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="374"/>
        <source>First %n spec(s); refine the query to see others.</source>
        <translation>
            <numerusform>처음 사양 %n개만 표시합니다. 나머지를 보려면 검색어를 구체화하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/CatalogPanel.cpp" line="376"/>
        <source>%n spec(s)</source>
        <translation>
            <numerusform>사양 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="385"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="387"/>
        <source>%1 %2 per hour</source>
        <translation>시간당 %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="391"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="400"/>
        <source>%1 GiB</source>
        <translation>%1GiB</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="402"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../ui/catalog/CatalogPanel.cpp" line="404"/>
        <source>%1 × %2, %3 GiB</source>
        <translation>%1 × %2, %3GiB</translation>
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
        <translation>이름이 &apos;%1&apos;인 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/CatalogRefresher.cpp" line="169"/>
        <source>The catalog could not be written.</source>
        <translation>카탈로그를 기록할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::CatalogResultModel</name>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="222"/>
        <location filename="../models/items/CatalogResultModel.cpp" line="224"/>
        <location filename="../models/items/CatalogResultModel.cpp" line="234"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
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
        <translation>리전 ID</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="278"/>
        <source>Spec id</source>
        <translation>사양 ID</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="280"/>
        <source>Provider</source>
        <translation>제공자</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="282"/>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="284"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="286"/>
        <source>Memory GiB</source>
        <translation>메모리(GiB)</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="290"/>
        <source>Price/hour</source>
        <translation>시간당 가격</translation>
    </message>
    <message>
        <location filename="../models/items/CatalogResultModel.cpp" line="292"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>Barista::ChartCard</name>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="54"/>
        <source>Chart. Use &quot;Show as table&quot; for the same numbers as a table.</source>
        <translation>차트입니다. 같은 수치를 표로 보려면 &quot;표로 보기&quot;를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="155"/>
        <source>Show as chart</source>
        <translation>차트로 보기</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="155"/>
        <source>Show as table</source>
        <translation>표로 보기</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="157"/>
        <source>Show %1 as a chart</source>
        <translation>%1을(를) 차트로 보기</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="157"/>
        <source>Show %1 as a table</source>
        <translation>%1을(를) 표로 보기</translation>
    </message>
</context>
<context>
    <name>Barista::ConnectionDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="57"/>
        <source>Add connection</source>
        <translation>연결 추가</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="63"/>
        <source>e.g. aws-seoul</source>
        <translation>예: aws-seoul</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="64"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="69"/>
        <source>&amp;Provider:</source>
        <translation>제공자(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="72"/>
        <source>Native (the provider&apos;s own API)</source>
        <translation>네이티브(제공자 자체 API)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="73"/>
        <source>Simulated cloud</source>
        <translation>시뮬레이션 클라우드</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="74"/>
        <source>&amp;Driver:</source>
        <translation>드라이버(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="78"/>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="81"/>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="82"/>
        <source>&amp;Zone:</source>
        <translation>영역(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="84"/>
        <source>Endpoint</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="88"/>
        <source>the provider&apos;s public endpoint</source>
        <translation>제공자의 공개 엔드포인트</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="89"/>
        <source>&amp;Override URL:</source>
        <translation>재정의 URL(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="92"/>
        <source>the system&apos;s trusted certificates</source>
        <translation>시스템이 신뢰하는 인증서</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="96"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="97"/>
        <source>Choose a PEM file of CA certificates</source>
        <translation>CA 인증서 PEM 파일 선택</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="99"/>
        <source>&amp;CA bundle:</source>
        <translation>CA 번들(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="102"/>
        <source>Allow plain &amp;http to this host</source>
        <translation>이 호스트에 일반 http 허용(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="106"/>
        <source>Without TLS, credentials and data cross the network unencrypted. Only for a private cloud on a network you trust.</source>
        <translation>TLS가 없으면 자격 증명과 데이터가 암호화되지 않은 채 네트워크를 지나갑니다. 신뢰하는 네트워크의 사설 클라우드에만 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="113"/>
        <source>Credential</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="118"/>
        <source>&amp;Test connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="169"/>
        <source>Choose a file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="170"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 인증서 (*.pem *.crt *.cer);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="191"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="216"/>
        <source>Edit connection %1</source>
        <translation>연결 %1 편집</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="282"/>
        <source>Testing…</source>
        <translation>시험 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="293"/>
        <source>Connected: %n region(s)</source>
        <translation>
            <numerusform>연결됨: 리전 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="303"/>
        <source>Error code: %1</source>
        <translation>오류 코드: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="325"/>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>이름이 &quot;%1&quot;인 연결이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="332"/>
        <source>No secret store is available to keep the credential.</source>
        <translation>자격 증명을 보관할 비밀 저장소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ConnectionDialog.cpp" line="335"/>
        <source>Could not store the credential: %1</source>
        <translation>자격 증명을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Barista::ConnectionStore</name>
    <message>
        <location filename="../models/workspace/ConnectionStore.cpp" line="112"/>
        <source>No connection named &apos;%1&apos;.</source>
        <translation>이름이 &apos;%1&apos;인 연결이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::CreateResourceDialog</name>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="63"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="65"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="114"/>
        <source>Create resource</source>
        <translation>리소스 만들기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="121"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="136"/>
        <source>Connection:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="137"/>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="193"/>
        <source>Subnet name</source>
        <translation>서브넷 이름</translation>
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
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="196"/>
        <source>IPv4 CIDR:</source>
        <translation>IPv4 CIDR:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>Subnets:</source>
        <translation>서브넷:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="211"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="211"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="211"/>
        <source>From port</source>
        <translation>시작 포트</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="211"/>
        <source>To port</source>
        <translation>끝 포트</translation>
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
        <translation>규칙:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="255"/>
        <source>Spec:</source>
        <translation>사양:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="256"/>
        <source>Image:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="258"/>
        <source>Subnet:</source>
        <translation>서브넷:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="259"/>
        <source>Security group:</source>
        <translation>보안 그룹:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="260"/>
        <source>Key pair:</source>
        <translation>키 페어:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="284"/>
        <source>There is no connection to create resources on.</source>
        <translation>리소스를 만들 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="287"/>
        <source>Loading choices from %1…</source>
        <translation>%1에서 선택 항목을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="300"/>
        <source>Listing %1 was canceled.</source>
        <translation>%1 목록 조회가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="303"/>
        <source>Listing %1 failed: %2</source>
        <translation>%1 목록 조회 실패: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="334"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="339"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="347"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (vCPU %2개, %3GiB)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="391"/>
        <source>Enter a name for the VPC.</source>
        <translation>VPC 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="393"/>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.0.0/16.</source>
        <translation>&quot;%1&quot;은(는) 올바른 IPv4 CIDR이 아닙니다(예: 10.0.0.0/16).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="399"/>
        <source>Subnet %1 has no name.</source>
        <translation>서브넷 %1에 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="401"/>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.1.0/24.</source>
        <translation>&quot;%1&quot;은(는) 올바른 IPv4 CIDR이 아닙니다(예: 10.0.1.0/24).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="405"/>
        <source>A VPC needs at least one subnet.</source>
        <translation>VPC에는 서브넷이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="413"/>
        <source>Enter a name for the security group.</source>
        <translation>보안 그룹 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="415"/>
        <source>Choose the VPC of the security group.</source>
        <translation>보안 그룹이 속할 VPC를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="426"/>
        <source>Rule %1: the direction must be inbound or outbound.</source>
        <translation>규칙 %1: 방향은 inbound 또는 outbound여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="430"/>
        <source>Rule %1: the protocol must be tcp, udp, icmp or all.</source>
        <translation>규칙 %1: 프로토콜은 tcp, udp, icmp, all 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="432"/>
        <source>Rule %1: the ports must be -1 (all) or 0-65535, from ≤ to.</source>
        <translation>규칙 %1: 포트는 -1(전체) 또는 0-65535여야 하며 시작 포트 ≤ 끝 포트여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="434"/>
        <source>Rule %1: &quot;%2&quot; is not an IPv4 CIDR.</source>
        <translation>규칙 %1: &quot;%2&quot;은(는) 올바른 IPv4 CIDR이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="443"/>
        <source>Enter a name for the key pair.</source>
        <translation>키 페어 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="457"/>
        <source>Enter a name for the VM.</source>
        <translation>가상 머신 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="459"/>
        <source>Choose a spec.</source>
        <translation>사양을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="461"/>
        <source>Choose an image.</source>
        <translation>이미지를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="463"/>
        <source>Choose a VPC and a subnet; create a VPC first if there is none.</source>
        <translation>VPC와 서브넷을 선택하세요. VPC가 없으면 먼저 만드세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="471"/>
        <source>This kind cannot be created here.</source>
        <translation>이 종류의 리소스는 여기에서 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::CredentialEditor</name>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="25"/>
        <source>Import from a file…</source>
        <translation>파일에서 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="26"/>
        <source>Type or paste the keys</source>
        <translation>키 입력 또는 붙여넣기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="27"/>
        <source>Environment variables (AWS_*, OS_*)</source>
        <translation>환경 변수(AWS_*, OS_*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="37"/>
        <source>&amp;File type:</source>
        <translation>파일 형식(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="43"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="44"/>
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="46"/>
        <source>Fil&amp;e:</source>
        <translation>파일(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="49"/>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="54"/>
        <source>&amp;Subscription:</source>
        <translation>구독(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="57"/>
        <source>AZURE_SUBSCRIPTION_ID, or the file&apos;s subscriptionId</source>
        <translation>AZURE_SUBSCRIPTION_ID 또는 파일의 subscriptionId</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="60"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="86"/>
        <source>The stored credential is kept.</source>
        <translation>저장된 자격 증명을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="87"/>
        <source>Read from the environment of Barista Console when the connection is used.</source>
        <translation>연결을 사용할 때 Barista Console의 환경 변수에서 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="91"/>
        <source>Choose a file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="103"/>
        <source>AWS CLI profile (~/.aws/credentials)</source>
        <translation>AWS CLI 프로필(~/.aws/credentials)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="105"/>
        <source>Service-account key (JSON)</source>
        <translation>서비스 계정 키(JSON)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="107"/>
        <source>Service principal (az ad sp create-for-rbac)</source>
        <translation>서비스 주체(az ad sp create-for-rbac)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="109"/>
        <source>clouds.yaml</source>
        <translation>clouds.yaml</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="110"/>
        <source>openrc file</source>
        <translation>openrc 파일</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="125"/>
        <source>Keep the stored credential</source>
        <translation>저장된 자격 증명 유지</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="144"/>
        <source>Profi&amp;le:</source>
        <translation>프로필(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="144"/>
        <source>C&amp;loud:</source>
        <translation>클라우드(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="152"/>
        <source>the usual place</source>
        <translation>기본 위치</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="168"/>
        <source>Access key ID:</source>
        <translation>액세스 키 ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="169"/>
        <source>Secret access key:</source>
        <translation>비밀 액세스 키:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="170"/>
        <source>Session token (optional):</source>
        <translation>세션 토큰(선택 사항):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="172"/>
        <source>Service-account key JSON:</source>
        <translation>서비스 계정 키 JSON:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="174"/>
        <source>Tenant ID:</source>
        <translation>테넌트 ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="174"/>
        <source>Client (app) ID:</source>
        <translation>클라이언트(앱) ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="175"/>
        <source>Client secret:</source>
        <translation>클라이언트 비밀:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="175"/>
        <source>Subscription ID:</source>
        <translation>구독 ID:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="177"/>
        <source>Keystone URL:</source>
        <translation>Keystone URL:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="177"/>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="178"/>
        <source>Password:</source>
        <translation>암호:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="178"/>
        <source>Project:</source>
        <translation>프로젝트:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="179"/>
        <source>User domain:</source>
        <translation>사용자 도메인:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="179"/>
        <source>Project domain:</source>
        <translation>프로젝트 도메인:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="192"/>
        <source>This provider has no native adapter yet: use the simulated cloud.</source>
        <translation>이 제공자에는 아직 네이티브 어댑터가 없습니다. 시뮬레이션 클라우드를 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="217"/>
        <source>Import the credential file first.</source>
        <translation>먼저 자격 증명 파일을 가져오십시오.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CredentialEditor.cpp" line="251"/>
        <source>Imported. The secret is stored when you press OK.</source>
        <translation>가져왔습니다. 비밀은 확인을 누를 때 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>Barista::DashboardPanel</name>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="93"/>
        <source>Show all as tables</source>
        <translation>모두 표로 보기</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <source>Running cost per hour by provider</source>
        <translation>제공자별 시간당 실행 비용</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="167"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="191"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="309"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="374"/>
        <source>Provider</source>
        <translation>제공자</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="167"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="175"/>
        <source>Running VMs</source>
        <translation>실행 중인 VM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="167"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="169"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="172"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="175"/>
        <source>USD/hour</source>
        <translation>USD/시간</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="167"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="175"/>
        <source>Without a known price</source>
        <translation>가격 모름</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="173"/>
        <source>Running cost per hour by infra</source>
        <translation>인프라별 시간당 실행 비용</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="175"/>
        <source>Infra</source>
        <translation>인프라</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="184"/>
        <source>VMs by status</source>
        <translation>상태별 VM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="184"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="184"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="186"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="191"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="190"/>
        <source>VMs by provider and region</source>
        <translation>제공자·리전별 VM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="191"/>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="205"/>
        <source>%1: %2 USD/h</source>
        <translation>%1: %2 USD/시간</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="212"/>
        <source>%n running VM(s) without a known price</source>
        <translation>
            <numerusform>가격을 모르는 실행 중 VM %n대</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="220"/>
        <source>Not in an infra</source>
        <translation>인프라에 속하지 않음</translation>
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
            <numerusform>연결 %n개를 조회하지 못해 마지막으로 알려진 VM을 표시합니다.</numerusform>
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
            <numerusform>현재 실행 비용: %1 USD/시간 (가격을 모르는 VM %n대 제외)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="269"/>
        <source>Running now: %1 USD/hour</source>
        <translation>현재 실행 비용: %1 USD/시간</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="276"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="287"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>Calls</source>
        <translation>호출</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="278"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="280"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>Throttles</source>
        <translation>스로틀</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="282"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>p95 latency (ms)</source>
        <translation>p95 지연 시간(ms)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="284"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <source>Seconds ago</source>
        <translation>초 전</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="290"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="305"/>
        <source>Provider API health</source>
        <translation>제공자 API 상태</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="312"/>
        <source>All providers</source>
        <translation>모든 제공자</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="363"/>
        <source>No provider calls yet.</source>
        <translation>아직 제공자 호출이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="363"/>
        <source>Calls, errors and throttles are counted per sample.</source>
        <translation>호출, 오류, 스로틀은 샘플마다 집계합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="368"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="374"/>
        <source>Age (hours)</source>
        <translation>경과 시간(시간)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="371"/>
        <source>Hours since fetched</source>
        <translation>가져온 뒤 지난 시간</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="372"/>
        <source>Catalog freshness per provider</source>
        <translation>제공자별 카탈로그 최신성</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="374"/>
        <source>Fetched at</source>
        <translation>가져온 시각</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="388"/>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="400"/>
        <source>%n provider(s) never fetched</source>
        <translation>
            <numerusform>한 번도 가져오지 않은 제공자 %n개</numerusform>
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
        <translation>연결의 영역</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="49"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="50"/>
        <source>Size:</source>
        <translation>크기:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="51"/>
        <source>Disk type:</source>
        <translation>디스크 유형:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="52"/>
        <source>Zone:</source>
        <translation>영역:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="59"/>
        <source>(the cloud&apos;s default)</source>
        <translation>(클라우드 기본값)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/DiskFormPage.cpp" line="78"/>
        <source>Enter a name for the disk.</source>
        <translation>디스크 이름을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>Barista::DriftDialog</name>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="31"/>
        <source>infrastructure</source>
        <translation>인프라</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="31"/>
        <source>journal</source>
        <translation>저널</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="32"/>
        <source>Barista tag, untracked (orphan)</source>
        <translation>Barista 태그, 추적 안 됨(고아)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="32"/>
        <source>foreign</source>
        <translation>외부</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="38"/>
        <source>%1 / node %2</source>
        <translation>%1 / 노드 %2</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="40"/>
        <source>shared</source>
        <translation>공유</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="40"/>
        <source>shared by %1</source>
        <translation>공유(%1)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="48"/>
        <source>Mapped (%1)</source>
        <translation>매핑됨(%1)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="50"/>
        <source>Only ours (%1)</source>
        <translation>워크스페이스에만 있음(%1)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="52"/>
        <source>Only in the cloud (%1)</source>
        <translation>클라우드에만 있음(%1)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="64"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="66"/>
        <source>&amp;Adopt…</source>
        <translation>편입(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="67"/>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="68"/>
        <source>&amp;Forget…</source>
        <translation>기록에서 제거(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="71"/>
        <source>Drift</source>
        <translation>드리프트</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="83"/>
        <source>Record a resource that only the cloud has in the journal (and its infrastructure).</source>
        <translation>클라우드에만 있는 리소스를 저널(및 해당 인프라)에 기록합니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="84"/>
        <source>Delete the resource in the cloud (journaled).</source>
        <translation>클라우드에서 리소스를 삭제합니다(저널에 기록됨).</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="85"/>
        <source>Record that a resource the cloud no longer lists is gone.</source>
        <translation>클라우드 목록에 더 이상 없는 리소스를 사라진 것으로 기록합니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="87"/>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="92"/>
        <source>Connection:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="94"/>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>System ID</source>
        <translation>시스템 ID</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Origin</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Infrastructure</source>
        <translation>인프라</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="99"/>
        <source>Journal</source>
        <translation>저널</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="199"/>
        <source>Comparing the workspace with %1…</source>
        <translation>워크스페이스와 %1을(를) 비교하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="210"/>
        <source>The comparison was canceled.</source>
        <translation>비교가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="245"/>
        <source>The connection cannot be used: %1</source>
        <translation>연결을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="247"/>
        <source>%1 could not be listed, so nothing is concluded about them: %2</source>
        <translation>%1 목록을 조회하지 못해 이 종류에 대해서는 판단하지 않았습니다: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/DriftDialog.cpp" line="254"/>
        <source>Compared %n kind(s) on %1.</source>
        <translation>
            <numerusform>%1에서 리소스 종류 %n개를 비교했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="315"/>
        <source>Adopt %1 &apos;%2&apos; on %3? The workspace will treat it as its own.</source>
        <translation>%3의 %1 &apos;%2&apos;을(를) 편입하시겠습니까? 워크스페이스에서 직접 만든 리소스처럼 관리합니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="326"/>
        <source>Forget %1 &apos;%2&apos; on %3? The cloud does not list it; the workspace will record it as gone.</source>
        <translation>%3의 %1 &apos;%2&apos;을(를) 기록에서 제거하시겠습니까? 클라우드 목록에 없으므로 워크스페이스에 사라진 것으로 기록합니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="338"/>
        <source>Delete %1 &apos;%2&apos; on %3? Barista did not make it: someone else may still use it. This cannot be undone.</source>
        <translation>%3의 %1 &apos;%2&apos;을(를) 삭제하시겠습니까? Barista가 만든 리소스가 아니므로 다른 사용자가 아직 사용 중일 수 있습니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="339"/>
        <source>Delete %1 &apos;%2&apos; on %3? This cannot be undone.</source>
        <translation>%3의 %1 &apos;%2&apos;을(를) 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="344"/>
        <source>Deleting %1 &apos;%2&apos;…</source>
        <translation>%1 &apos;%2&apos; 삭제 중…</translation>
    </message>
    <message>
        <location filename="../ui/infra/DriftDialog.cpp" line="353"/>
        <source>The delete was canceled.</source>
        <translation>삭제가 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::DriftReport</name>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="177"/>
        <source>The drift view was closed.</source>
        <translation>드리프트 화면이 닫혔습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="186"/>
        <source>The listing was canceled.</source>
        <translation>목록 조회가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="300"/>
        <source>Only a resource that the cloud lists and the workspace has no record of can be adopted.</source>
        <translation>클라우드 목록에 있고 워크스페이스에 기록이 없는 리소스만 편입할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="308"/>
        <source>Adopted from the cloud&apos;s listing by the drift view.</source>
        <translation>드리프트 화면에서 클라우드 목록을 바탕으로 편입했습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="309"/>
        <location filename="../models/infra/DriftReport.cpp" line="451"/>
        <source>Cannot write the journal.</source>
        <translation>저널을 기록할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="314"/>
        <source>Adopted %1 &apos;%2&apos; (journal entry %3).</source>
        <translation>%1 &apos;%2&apos;을(를) 편입했습니다(저널 항목 %3).</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="316"/>
        <source>Adopted %1 &apos;%2&apos; (journal entry %3) as node %4 of infrastructure &apos;%5&apos;.</source>
        <translation>%1 &apos;%2&apos;을(를) 인프라 &apos;%5&apos;의 노드 %4(으)로 편입했습니다(저널 항목 %3).</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="321"/>
        <source>Adopted %1 &apos;%2&apos; (journal entry %3) as a shared resource of connection &apos;%4&apos;.</source>
        <translation>%1 &apos;%2&apos;을(를) 연결 &apos;%4&apos;의 공유 리소스로 편입했습니다(저널 항목 %3).</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="408"/>
        <source>The cloud does not list %1 &apos;%2&apos;; forget it instead.</source>
        <translation>클라우드 목록에 %1 &apos;%2&apos;이(가) 없습니다. 대신 기록에서 제거하세요.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="413"/>
        <source>%1 &apos;%2&apos; belongs to an infrastructure; delete or scale the infrastructure instead.</source>
        <translation>%1 &apos;%2&apos;은(는) 인프라에 속해 있습니다. 대신 해당 인프라를 삭제하거나 확장·축소하세요.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="424"/>
        <source>Deleted %1 &apos;%2&apos;.</source>
        <translation>%1 &apos;%2&apos;을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="428"/>
        <source>%1 &apos;%2&apos; was already gone.</source>
        <translation>%1 &apos;%2&apos;은(는) 이미 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="431"/>
        <source>Cannot delete %1 &apos;%2&apos;: %3</source>
        <translation>%1 &apos;%2&apos;을(를) 삭제할 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="443"/>
        <source>Only a resource that the cloud does not list can be forgotten.</source>
        <translation>클라우드 목록에 없는 리소스만 기록에서 제거할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="450"/>
        <source>Not in the cloud&apos;s listing: forgotten by the drift view.</source>
        <translation>클라우드 목록에 없어 드리프트 화면에서 기록을 제거했습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="463"/>
        <source>The cloud lists no VM for this node: it is gone.</source>
        <translation>클라우드 목록에 이 노드의 VM이 없습니다. VM이 사라졌습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/DriftReport.cpp" line="475"/>
        <source>Forgot %1 &apos;%2&apos; (journal entry %3).</source>
        <translation>%1 &apos;%2&apos;을(를) 기록에서 제거했습니다(저널 항목 %3).</translation>
    </message>
</context>
<context>
    <name>Barista::FleetMonitor</name>
    <message>
        <location filename="../models/fleet/FleetMonitor.cpp" line="194"/>
        <source>The list was canceled.</source>
        <translation>목록 조회가 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraCommandDialog</name>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="19"/>
        <source>Run command</source>
        <translation>원격 명령 실행</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="21"/>
        <source>e.g. uname -a</source>
        <translation>예: uname -a</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="24"/>
        <source>the node&apos;s own user</source>
        <translation>노드의 기본 사용자</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="27"/>
        <source>Runs on %1, in parallel; the output appears in the Infrastructures panel.</source>
        <translation>%1에서 병렬로 실행합니다. 출력은 인프라 패널에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="30"/>
        <source>&amp;Command:</source>
        <translation>명령(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="31"/>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraCommandDialog.cpp" line="34"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Barista::InfraEditorDialog</name>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="39"/>
        <source>New infrastructure</source>
        <translation>새 인프라</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="51"/>
        <source>lowercase letters, digits and hyphens, e.g. shop</source>
        <translation>영문 소문자, 숫자, 하이픈(예: shop)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="57"/>
        <source>Continue: keep the nodes that were created</source>
        <translation>계속: 생성된 노드를 유지</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="58"/>
        <source>Refine: keep the good nodes, drop the failed ones</source>
        <translation>정리: 정상 노드는 유지하고 실패한 노드는 제거</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="59"/>
        <source>Rollback: delete everything this create made</source>
        <translation>롤백: 이번 생성에서 만든 모든 리소스를 삭제</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="61"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="62"/>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="63"/>
        <source>When some nodes &amp;fail:</source>
        <translation>일부 노드 실패 시(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Node group</source>
        <translation>노드 그룹</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Spec ID</source>
        <translation>사양 ID</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Image ID</source>
        <translation>이미지 ID</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Size</source>
        <translation>노드 수</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="68"/>
        <source>Connection (optional)</source>
        <translation>연결(선택 사항)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="75"/>
        <source>&amp;Add group</source>
        <translation>그룹 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="77"/>
        <source>&amp;Remove group</source>
        <translation>그룹 제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="101"/>
        <source>Node groups:</source>
        <translation>노드 그룹:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="112"/>
        <source>&amp;Load…</source>
        <translation>불러오기(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="114"/>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="116"/>
        <source>Re&amp;view</source>
        <translation>검토(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="118"/>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="120"/>
        <source>Enabled once a review of the form as it is now found no error.</source>
        <translation>현재 양식 내용을 검토해 오류가 없으면 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="121"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="160"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="163"/>
        <source>cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="164"/>
        <source>latency from the map&apos;s chosen point</source>
        <translation>지도에서 선택한 지점과의 지연 시간</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="174"/>
        <source>Minimum vCPU:</source>
        <translation>최소 vCPU:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="176"/>
        <source>Minimum memory:</source>
        <translation>최소 메모리:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="178"/>
        <source>Rank by:</source>
        <translation>순위 기준:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="269"/>
        <source>Add from map selection (%n region(s))</source>
        <translation>
            <numerusform>지도 선택 영역에서 추가(리전 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="271"/>
        <source>Select regions on the map first (click, Ctrl+click or Shift+drag).</source>
        <translation>먼저 지도에서 리전을 선택하세요(클릭, Ctrl+클릭 또는 Shift+드래그).</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="272"/>
        <source>The catalog is not open yet.</source>
        <translation>카탈로그가 아직 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="303"/>
        <source>The review was canceled.</source>
        <translation>검토가 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="340"/>
        <source>Looking for the cheapest specs in %n region(s)…</source>
        <translation>
            <numerusform>리전 %n개에서 가장 저렴한 사양을 찾는 중…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="365"/>
        <source>%1: the catalog does not know the vCPU and memory of the specs there; refresh the catalog from the cloud, or enter a spec ID.</source>
        <translation>%1: 카탈로그에 이 리전 사양의 vCPU와 메모리 정보가 없습니다. 클라우드에서 카탈로그를 새로 고치거나 사양 ID를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="371"/>
        <source>%1: no spec with at least %2 vCPU and %3 GiB in the catalog.</source>
        <translation>%1: 카탈로그에 vCPU %2개, 메모리 %3GiB 이상인 사양이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="375"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="392"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="396"/>
        <source>%1: %2 (%3 vCPU, %4 GiB), %5 per hour, about %6 ms from the chosen point</source>
        <translation>%1: %2 (vCPU %3개, %4GiB), 시간당 %5, 선택한 지점에서 약 %6ms</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="399"/>
        <source>%1: %2 (%3 vCPU, %4 GiB), %5 per hour</source>
        <translation>%1: %2 (vCPU %3개, %4GiB), 시간당 %5</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="401"/>
        <source>%1: the catalog knows no image there; enter an image ID.</source>
        <translation>%1: 카탈로그에 이 리전의 이미지가 없습니다. 이미지 ID를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="439"/>
        <source>Load infrastructure</source>
        <translation>인프라 불러오기</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="439"/>
        <source>Infrastructure specs (*.yaml *.yml *.json);;All files (*)</source>
        <translation>인프라 명세 (*.yaml *.yml *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="446"/>
        <source>Save infrastructure</source>
        <translation>인프라 저장</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="448"/>
        <source>JSON (*.json);;YAML (*.yaml *.yml)</source>
        <translation>JSON (*.json);;YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraEditorDialog.cpp" line="451"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 파일을 저장할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Barista::InfraEngine</name>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="265"/>
        <source>Not confirmed gone: %1</source>
        <translation>삭제 확인 안 됨: %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="358"/>
        <source>%1 did not reach %2 within %3 s (last status %4).</source>
        <translation>%1이(가) %3초 안에 %2 상태가 되지 않았습니다(마지막 상태: %4).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="470"/>
        <source>The review found errors; nothing was created.</source>
        <translation>검토에서 오류가 발견되어 아무것도 생성하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="472"/>
        <source>An infrastructure named &apos;%1&apos; already exists.</source>
        <translation>이름이 &apos;%1&apos;인 인프라가 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="477"/>
        <source>Cannot add connection &apos;%1&apos;: %2</source>
        <translation>연결 &apos;%1&apos;을(를) 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="485"/>
        <source>The review has no node group &apos;%1&apos;.</source>
        <translation>검토 결과에 노드 그룹 &apos;%1&apos;이(가) 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="522"/>
        <source>Creating %n node(s) on %1 connection(s)</source>
        <translation>
            <numerusform>연결 %1개에 노드 %n개 생성 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="548"/>
        <location filename="../models/infra/InfraEngine.cpp" line="570"/>
        <source>The create was aborted before this node was asked for.</source>
        <translation>이 노드를 요청하기 전에 생성이 중단되었습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="691"/>
        <source>Created: %1</source>
        <translation>생성됨: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="692"/>
        <source>Created with %n failed node(s): %1</source>
        <translation>
            <numerusform>생성됨(실패한 노드 %n개): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="712"/>
        <source>Refining: removing %n failed node(s)</source>
        <translation>
            <numerusform>정리 중: 실패한 노드 %n개 제거</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="723"/>
        <source>Rolling back: %n node(s) failed</source>
        <translation>
            <numerusform>롤백 중: 노드 %n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="736"/>
        <source>Rolled back: the create failed and everything it made was deleted.</source>
        <translation>롤백됨: 생성에 실패하여 생성 중 만든 모든 리소스를 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="738"/>
        <source>Roll back incomplete: some resources could not be confirmed deleted.</source>
        <translation>롤백 미완료: 일부 리소스의 삭제를 확인하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="838"/>
        <source>%1: is %2; %3 needs %4</source>
        <translation>%1: 현재 %2 상태입니다. %3에는 %4 상태가 필요합니다</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="894"/>
        <location filename="../models/infra/InfraEngine.cpp" line="931"/>
        <source>%1 (cannot list: %2)</source>
        <translation>%1 (목록 조회 불가: %2)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="978"/>
        <source>The cloud lists no VM for this node: it was never created or is gone.</source>
        <translation>클라우드 목록에 이 노드의 VM이 없습니다. 생성되지 않았거나 이미 사라졌습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1063"/>
        <source>remote commands are not available (no SSH client or secret store)</source>
        <translation>원격 명령을 사용할 수 없습니다(SSH 클라이언트 또는 비밀 저장소 없음)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1070"/>
        <source>%1: is %2, not Running with an address</source>
        <translation>%1: 현재 %2 상태입니다(주소가 있는 Running 상태가 아님)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1124"/>
        <source>Unknown action &apos;%1&apos; (one of %2).</source>
        <translation>알 수 없는 동작 &apos;%1&apos;입니다(다음 중 하나: %2).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1126"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1219"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1277"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1305"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1343"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1366"/>
        <source>No infrastructure named &apos;%1&apos;.</source>
        <translation>이름이 &apos;%1&apos;인 인프라가 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1146"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1221"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1279"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1307"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1345"/>
        <source>&apos;%1&apos; is busy with %2; wait, or abort it.</source>
        <translation>&apos;%1&apos;에서 %2 작업이 진행 중입니다. 기다리거나 작업을 중단하세요.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1154"/>
        <source>Reconciled: %1</source>
        <translation>재조정됨: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="1168"/>
        <source>Aborted: %n unfinished node(s) terminated; %1</source>
        <translation>
            <numerusform>중단됨: 완료되지 않은 노드 %n개 종료. %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1183"/>
        <location filename="../models/infra/InfraEngine.cpp" line="1348"/>
        <source>No node of &apos;%1&apos; matches the scope.</source>
        <translation>&apos;%1&apos;에 범위와 일치하는 노드가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="1194"/>
        <source>Refined: %n failed node(s) removed; %1</source>
        <translation>
            <numerusform>정리됨: 실패한 노드 %n개 제거. %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1201"/>
        <source>Terminated: %1</source>
        <translation>종료됨: %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1209"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1223"/>
        <source>A node group&apos;s size must be from 0 to 1000.</source>
        <translation>노드 그룹 크기는 0에서 1000 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1233"/>
        <source>&apos;%1&apos; has no node group &apos;%2&apos; with nodes.</source>
        <translation>&apos;%1&apos;에 노드가 있는 노드 그룹 &apos;%2&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1237"/>
        <source>Node group &apos;%1&apos; already has %2 node(s).</source>
        <translation>노드 그룹 &apos;%1&apos;에 이미 노드가 %2개 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1254"/>
        <source>Scaled %1 out to %2: %3</source>
        <translation>%1을(를) 노드 %2개로 확장함: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1267"/>
        <source>Scaled %1 in to %2: %3</source>
        <translation>%1을(를) 노드 %2개로 축소함: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1282"/>
        <source>&apos;%1&apos; already has a node group &apos;%2&apos;.</source>
        <translation>&apos;%1&apos;에 노드 그룹 &apos;%2&apos;이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1286"/>
        <source>No connection named &apos;%1&apos;.</source>
        <translation>이름이 &apos;%1&apos;인 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1296"/>
        <source>Added node group %1: %2</source>
        <translation>노드 그룹 %1 추가됨: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1315"/>
        <source>Not deleted: some connections could not be listed, so nothing was removed.</source>
        <translation>삭제하지 않음: 일부 연결의 목록을 조회하지 못해 아무것도 제거하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1326"/>
        <source>Deleted &apos;%1&apos;: every node and the shared resources nothing else uses are gone.</source>
        <translation>&apos;%1&apos; 삭제됨: 모든 노드와 다른 곳에서 사용하지 않는 공유 리소스를 삭제했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/infra/InfraEngine.cpp" line="1328"/>
        <source>Delete of &apos;%1&apos; incomplete: %n resource(s) not confirmed gone; run delete again.</source>
        <translation>
            <numerusform>&apos;%1&apos; 삭제 미완료: 리소스 %n개의 삭제를 확인하지 못했습니다. 삭제를 다시 실행하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/infra/InfraEngine.cpp" line="1355"/>
        <source>Command finished on %1 of %2 node(s) with exit status 0.</source>
        <translation>노드 %2개 중 %1개에서 명령이 종료 코드 0으로 끝났습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraOutputView</name>
    <message>
        <location filename="../ui/infra/InfraOutputView.cpp" line="67"/>
        <source>[%1] exit %2: %3</source>
        <translation>[%1] 종료 코드 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraOutputView.cpp" line="68"/>
        <source>[%1] exit %2</source>
        <translation>[%1] 종료 코드 %2</translation>
    </message>
</context>
<context>
    <name>Barista::InfraPanel</name>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="55"/>
        <source>New infrastructure…</source>
        <translation>새 인프라…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="57"/>
        <source>Refresh status</source>
        <translation>상태 새로 고침</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="61"/>
        <source>Suspend</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="62"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="63"/>
        <source>Reboot</source>
        <translation>재부팅</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="64"/>
        <source>Terminate…</source>
        <translation>종료…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="69"/>
        <source>Scale…</source>
        <translation>확장·축소…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="71"/>
        <source>Run command…</source>
        <translation>원격 명령 실행…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="74"/>
        <source>Reconcile</source>
        <translation>재조정</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="76"/>
        <source>Abort</source>
        <translation>중단</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="78"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="239"/>
        <source>node %1 of %2</source>
        <translation>%2의 노드 %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="241"/>
        <source>node group %1 of %2</source>
        <translation>%2의 노드 그룹 %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="242"/>
        <source>every node of %1</source>
        <translation>%1의 모든 노드</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraPanel.cpp" line="301"/>
        <source>%1 of %n node(s) settled</source>
        <translation>
            <numerusform>노드 %n개 중 %1개 완료</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="302"/>
        <source>%1: %2 in progress</source>
        <translation>%1: %2 진행 중</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="311"/>
        <source>The operation on %1 ended without an outcome.</source>
        <translation>%1에 대한 작업이 결과 없이 끝났습니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="333"/>
        <source>%1 on %2: %3</source>
        <translation>%2의 %1: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraPanel.cpp" line="338"/>
        <source>… and %n more failed node(s)</source>
        <translation>
            <numerusform>… 외 실패한 노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="340"/>
        <source>Skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="342"/>
        <source>Not confirmed gone: %1</source>
        <translation>삭제 확인 안 됨: %1</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="364"/>
        <source>Please confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="403"/>
        <source>Terminate %1? Terminated VMs cannot be started again.</source>
        <translation>%1을(를) 종료하시겠습니까? 종료된 VM은 다시 시작할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraPanel.cpp" line="430"/>
        <source>Delete the infrastructure %1 and its %n node(s)? Every VM is terminated, and the shared networks, security group and key that nothing else uses are released.</source>
        <translation>
            <numerusform>인프라 %1과(와) 노드 %n개를 삭제하시겠습니까? 모든 VM이 종료되고, 다른 곳에서 사용하지 않는 공유 네트워크, 보안 그룹, 키가 해제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="447"/>
        <location filename="../ui/infra/InfraPanel.cpp" line="451"/>
        <source>Scale %1</source>
        <translation>%1 확장·축소</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="447"/>
        <source>Node group:</source>
        <translation>노드 그룹:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraPanel.cpp" line="451"/>
        <source>Nodes in %1:</source>
        <translation>%1의 노드 수:</translation>
    </message>
</context>
<context>
    <name>Barista::InfraReviewView</name>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="18"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="38"/>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="40"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="44"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <location filename="../ui/infra/InfraReviewView.cpp" line="152"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>Spec</source>
        <translation>사양</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="66"/>
        <source>Memory (GiB)</source>
        <translation>메모리(GiB)</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="67"/>
        <source>Price/h</source>
        <translation>시간당 가격</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="67"/>
        <source>Cost/h</source>
        <translation>시간당 비용</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="67"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="103"/>
        <source>Review the infrastructure to see where each node group goes, what it costs and whether it can be created.</source>
        <translation>인프라를 검토하면 각 노드 그룹이 배치될 위치와 비용, 생성 가능 여부를 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="111"/>
        <source>Reviewing: asking the clouds about specs, images, quotas and networks…</source>
        <translation>검토 중: 클라우드에 사양, 이미지, 할당량, 네트워크를 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="117"/>
        <source>The form changed since the review: review again before creating.</source>
        <translation>검토 후 양식이 변경되었습니다. 만들기 전에 다시 검토하세요.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="123"/>
        <source>The infrastructure is not valid yet:</source>
        <translation>인프라 정의가 아직 올바르지 않습니다:</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="135"/>
        <source>%1 (to be added)</source>
        <translation>%1 (추가 예정)</translation>
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
        <translation>기존 네트워크</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="154"/>
        <source>network %1</source>
        <translation>네트워크 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraReviewView.cpp" line="174"/>
        <source>Estimated cost: %1 per hour for %n node(s).</source>
        <translation>
            <numerusform>예상 비용: 노드 %n개, 시간당 %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraReviewView.cpp" line="176"/>
        <source>Estimated cost: unknown: no price is known for the %n node(s).</source>
        <translation>
            <numerusform>예상 비용: 알 수 없음. 노드 %n개의 가격을 모두 알 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/infra/InfraReviewView.cpp" line="179"/>
        <source>Estimated cost: %1 per hour, plus %n node(s) of unknown price (not counted).</source>
        <translation>
            <numerusform>예상 비용: 시간당 %1, 가격을 알 수 없는 노드 %n개 별도(계산에서 제외).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="181"/>
        <source>Review: OK. The infrastructure can be created.</source>
        <translation>검토 결과: 정상. 인프라를 생성할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/infra/InfraReviewView.cpp" line="182"/>
        <source>Review: errors. Nothing can be created until they are fixed.</source>
        <translation>검토 결과: 오류. 오류를 수정하기 전에는 아무것도 생성할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraReviewer</name>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="142"/>
        <source>An infra named &quot;%1&quot; already exists; choose another name or delete that one first.</source>
        <translation>이름이 &quot;%1&quot;인 인프라가 이미 있습니다. 다른 이름을 선택하거나 먼저 기존 인프라를 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="145"/>
        <source>No catalog is open: prices are unknown.</source>
        <translation>열린 카탈로그가 없어 가격을 알 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="160"/>
        <source>Node group %1: nodeGroupSize must be at least 1, not %2.</source>
        <translation>노드 그룹 %1: nodeGroupSize는 1 이상이어야 합니다(현재: %2).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="166"/>
        <source>Node group %1: rootDiskSize must be 0 (the image&apos;s default) or 1 to %2 GB, not %3.</source>
        <translation>노드 그룹 %1: rootDiskSize는 0(이미지 기본값) 또는 1~%2GB여야 합니다(현재: %3).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="191"/>
        <source>Node group %1: spec %2 and image %3 are checked on the cloud once connection %4 exists.</source>
        <translation>노드 그룹 %1: 사양 %2와(과) 이미지 %3은(는) 연결 %4이(가) 추가된 뒤에 클라우드에서 확인합니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="218"/>
        <source>Connection %1 will be added by create: its quota and existing networks are checked then.</source>
        <translation>연결 %1은(는) 만들 때 추가됩니다. 할당량과 기존 네트워크는 그때 확인합니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="225"/>
        <source>Connection %1 cannot be used: %2</source>
        <translation>연결 %1을(를) 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="289"/>
        <source>Node group %1: spec %2 is not offered in %3 (%4).</source>
        <translation>노드 그룹 %1: %3(%4)에서는 사양 %2을(를) 제공하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="293"/>
        <source>Node group %1: spec %2 could not be checked on connection %3: %4</source>
        <translation>노드 그룹 %1: 연결 %3에서 사양 %2을(를) 확인하지 못했습니다: %4</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="315"/>
        <source>Node group %1: image %2 is not listed in %3 (%4); private and shared images often are not, so the cloud decides at create.</source>
        <translation>노드 그룹 %1: 이미지 %2이(가) %3(%4) 목록에 없습니다. 비공개 이미지와 공유 이미지는 목록에 없는 경우가 많으므로 생성할 때 클라우드가 판단합니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="321"/>
        <source>Node group %1: image %2 could not be checked on connection %3: %4</source>
        <translation>노드 그룹 %1: 연결 %3에서 이미지 %2을(를) 확인하지 못했습니다: %4</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="334"/>
        <source>Connection %1: quota unknown: the provider does not report it, so create may still meet a limit.</source>
        <translation>연결 %1: 할당량 알 수 없음. 제공자가 할당량을 알려 주지 않으므로 생성 중에 한도에 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="340"/>
        <source>Get the quota of %1</source>
        <translation>%1의 할당량 조회</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="353"/>
        <source>Connection %1: quota unknown: %2</source>
        <translation>연결 %1: 할당량 알 수 없음: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="361"/>
        <source>Connection %1: quota unknown: the provider&apos;s answer has no limit and usage.</source>
        <translation>연결 %1: 할당량 알 수 없음. 제공자 응답에 한도와 사용량이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="377"/>
        <source>Connection %1: its networks could not be listed (%2), so the planned address range may overlap one of them.</source>
        <translation>연결 %1: 네트워크 목록을 조회하지 못해(%2) 계획한 주소 범위가 기존 네트워크와 겹칠 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="443"/>
        <source>Connection %1: no address range can be planned for its shared network: %2</source>
        <translation>연결 %1: 공유 네트워크의 주소 범위를 계획할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="468"/>
        <source>Node group %1: price unknown: no catalog is open.</source>
        <translation>노드 그룹 %1: 가격 알 수 없음. 열린 카탈로그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="470"/>
        <source>Node group %1: price unknown.</source>
        <translation>노드 그룹 %1: 가격 알 수 없음.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="472"/>
        <source>Node group %1: price unknown: the catalog does not list %2 in %3.</source>
        <translation>노드 그룹 %1: 가격 알 수 없음. 카탈로그의 %3 목록에 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="475"/>
        <source>Node group %1: price unknown: the catalog has no price for %2 in %3.</source>
        <translation>노드 그룹 %1: 가격 알 수 없음. 카탈로그에 %3의 %2 가격이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="487"/>
        <source>Connection %1: %2 more VMs exceed the VM quota: %3 of %4 are in use, so %5 more fit.</source>
        <translation>연결 %1: VM %2개를 더 만들면 VM 할당량을 초과합니다. %4개 중 %3개를 사용 중이므로 %5개만 더 만들 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="496"/>
        <source>Connection %1: %2 more vCPUs exceed the vCPU quota: %3 of %4 are in use, so %5 more fit.</source>
        <translation>연결 %1: vCPU %2개를 더 쓰면 vCPU 할당량을 초과합니다. %4개 중 %3개를 사용 중이므로 %5개만 더 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraReviewer.cpp" line="504"/>
        <source>Connection %1: the vCPU quota check counts only the node groups whose vCPU count is known.</source>
        <translation>연결 %1: vCPU 할당량 검사에는 vCPU 수를 아는 노드 그룹만 포함됩니다.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraSharedResources</name>
    <message>
        <location filename="../models/infra/InfraSharedResources.cpp" line="414"/>
        <source>The cloud still lists it after the delete.</source>
        <translation>삭제한 뒤에도 클라우드 목록에 아직 있습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraStore</name>
    <message>
        <location filename="../models/infra/InfraStore.cpp" line="187"/>
        <source>An infrastructure named &apos;%1&apos; already exists.</source>
        <translation>이름이 &apos;%1&apos;인 인프라가 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::InfraTreeModel</name>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="470"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="472"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="474"/>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="476"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="478"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="480"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="482"/>
        <source>Public IP</source>
        <translation>공인 IP</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeModel.cpp" line="484"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>Barista::JobListModel</name>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="18"/>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="20"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="22"/>
        <source>Waiting to retry</source>
        <translation>재시도 대기 중</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="24"/>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="26"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="28"/>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="135"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="152"/>
        <source>Title</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="154"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="156"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="158"/>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="160"/>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="162"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
</context>
<context>
    <name>Barista::JobPanel</name>
    <message>
        <location filename="../ui/jobs/JobPanel.cpp" line="25"/>
        <source>Cancel job</source>
        <translation>작업 취소</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobPanel.cpp" line="47"/>
        <source>Cancel the selected job. A call already sent to the cloud is abandoned, and the journal finds out what the cloud did.</source>
        <translation>선택한 작업을 취소합니다. 클라우드에 이미 보낸 호출은 더 기다리지 않으며, 클라우드에서 실제로 어떻게 처리되었는지는 저널이 확인합니다.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobPanel.cpp" line="50"/>
        <source>Select a failed job to see the error as the cloud reported it.</source>
        <translation>실패한 작업을 선택하면 클라우드가 보고한 오류를 그대로 볼 수 있습니다.</translation>
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
        <translation>코드: %1
메시지: %2</translation>
    </message>
</context>
<context>
    <name>Barista::JobQueue</name>
    <message numerus="yes">
        <location filename="../models/jobs/JobQueue.cpp" line="340"/>
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>%n초 안에 응답이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/jobs/JobQueue.cpp" line="341"/>
        <source>No answer within %1 ms.</source>
        <translation>%1ms 안에 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobQueue.cpp" line="547"/>
        <source>The job was canceled.</source>
        <translation>작업이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::Journal</name>
    <message>
        <location filename="../models/workspace/Journal.cpp" line="156"/>
        <source>Cannot write the journal: %1</source>
        <translation>저널을 기록할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Barista::KeychainSecretStore</name>
    <message>
        <location filename="../providers/secrets/KeychainSecretStore.cpp" line="29"/>
        <source>The keychain request was abandoned.</source>
        <translation>키체인 요청이 중단되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/KeychainSecretStore.cpp" line="53"/>
        <source>A secret needs a name.</source>
        <translation>비밀에는 이름이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../providers/secrets/KeychainSecretStore.cpp" line="174"/>
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>키체인이 %n초 안에 응답하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../providers/secrets/KeychainSecretStore.cpp" line="216"/>
        <source>The keychain reported error %1.</source>
        <translation>키체인에서 오류 %1을(를) 보고했습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="57"/>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="58"/>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="62"/>
        <source>Barista Console</source>
        <translation>Barista Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="66"/>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="67"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="186"/>
        <source>Cheapest known spec: $%1/h</source>
        <translation>알려진 최저가 사양: $%1/시간</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="188"/>
        <source>Cheapest known spec: price unknown</source>
        <translation>알려진 최저가 사양: 가격 모름</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="203"/>
        <source>Latency from %1: about %2 ms (estimated from distance)</source>
        <translation>%1에서의 지연 시간: 약 %2 ms (거리로 추정)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="204"/>
        <source>Latency from %1: %2 ms (measured)</source>
        <translation>%1에서의 지연 시간: %2 ms (측정값)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="220"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="239"/>
        <source>Infrastructures</source>
        <translation>인프라</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="268"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="270"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="275"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="278"/>
        <source>&amp;Map</source>
        <translation>지도(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="284"/>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="287"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="291"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="301"/>
        <source>The language changes the next time Barista Console starts.</source>
        <translation>언어는 Barista Console을 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="307"/>
        <source>&amp;Resources</source>
        <translation>리소스(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="311"/>
        <source>&amp;Jobs</source>
        <translation>작업(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="314"/>
        <source>&amp;Resource</source>
        <translation>리소스(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="316"/>
        <source>&amp;Create…</source>
        <translation>만들기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="319"/>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="324"/>
        <source>&amp;Infra</source>
        <translation>인프라(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="328"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="330"/>
        <source>&amp;About Barista Console</source>
        <translation>Barista Console 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="340"/>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="345"/>
        <source>&amp;Drift…</source>
        <translation>드리프트(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="352"/>
        <source>&amp;Connections</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="356"/>
        <source>&amp;Add connection…</source>
        <translation>연결 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="361"/>
        <source>&amp;Edit selected connection…</source>
        <translation>선택한 연결 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="366"/>
        <source>&amp;Remove selected connection</source>
        <translation>선택한 연결 제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="369"/>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="376"/>
        <source>Remove connection</source>
        <translation>연결 제거</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="370"/>
        <source>Remove the connection &quot;%1&quot;? Its resources in the cloud are not touched.</source>
        <translation>연결 &quot;%1&quot;을(를) 제거하시겠습니까? 클라우드의 리소스는 건드리지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="418"/>
        <source>Jobs: %1 running, %2 queued</source>
        <translation>작업: 실행 중 %1개, 대기 중 %2개</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="455"/>
        <source>About Barista Console</source>
        <translation>Barista Console 정보</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="456"/>
        <source>&lt;h3&gt;Barista Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for many clouds at once, in the spirit of the Cloud-Barista projects CB-Spider and CB-Tumblebug.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Barista Console %1&lt;/h3&gt;&lt;p&gt;여러 클라우드를 한곳에서 다루는 데스크톱 콘솔입니다. Cloud-Barista 프로젝트인 CB-Spider와 CB-Tumblebug의 정신을 잇습니다.&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서(GPL) 버전 3 이상에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Barista::MyImageFormPage</name>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="20"/>
        <source>Generalize the VM first (it cannot be started again afterwards)</source>
        <translation>먼저 VM을 일반화합니다(이후 다시 시작할 수 없음)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="27"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="28"/>
        <source>From VM:</source>
        <translation>원본 VM:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="77"/>
        <source>Enter a name for the image.</source>
        <translation>이미지 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MyImageFormPage.cpp" line="79"/>
        <source>Choose the VM to make the image from; only running or stopped VMs can be captured.</source>
        <translation>이미지를 만들 VM을 고르세요. 실행 중이거나 중지된 VM만 캡처할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::NlbFormPage</name>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="54"/>
        <source>Public (reachable from the internet)</source>
        <translation>공개(인터넷에서 접근 가능)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="55"/>
        <source>Internal (inside the VPC)</source>
        <translation>내부(VPC 안에서만)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="58"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="59"/>
        <source>VPC:</source>
        <translation>VPC:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="60"/>
        <source>Type:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="61"/>
        <source>Listener protocol:</source>
        <translation>리스너 프로토콜:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="62"/>
        <source>Listener port:</source>
        <translation>리스너 포트:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="63"/>
        <source>VMs:</source>
        <translation>VM:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="64"/>
        <source>VM port:</source>
        <translation>VM 포트:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="65"/>
        <source>Health check protocol:</source>
        <translation>상태 확인 프로토콜:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="66"/>
        <source>Health check port:</source>
        <translation>상태 확인 포트:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="149"/>
        <source>Enter a name for the load balancer.</source>
        <translation>로드 밸런서 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="151"/>
        <source>Choose the VPC of the load balancer; create a VPC first if there is none.</source>
        <translation>로드 밸런서의 VPC를 고르세요. VPC가 없으면 먼저 만드세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/NlbFormPage.cpp" line="153"/>
        <source>Check at least one VM of the VPC to put behind the load balancer.</source>
        <translation>로드 밸런서 뒤에 둘 VPC의 VM을 하나 이상 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Barista::NodeGroupFollowUp</name>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="63"/>
        <source>The application stopped following cluster &apos;%1&apos;.</source>
        <translation>애플리케이션이 클러스터 &apos;%1&apos; 추적을 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="172"/>
        <source>Adding the node groups of cluster &apos;%1&apos; was canceled.</source>
        <translation>클러스터 &apos;%1&apos;의 노드 그룹 추가가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="199"/>
        <source>Check whether cluster &apos;%1&apos; on %2 is ready for its node groups</source>
        <translation>%2의 클러스터 &apos;%1&apos;이(가) 노드 그룹을 받을 준비가 되었는지 확인</translation>
    </message>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="223"/>
        <source>Cluster &apos;%1&apos; is %2: its node groups cannot be added.</source>
        <translation>클러스터 &apos;%1&apos;이(가) %2 상태입니다: 노드 그룹을 추가할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="230"/>
        <source>Cluster &apos;%1&apos; is still %2 after %n minute(s): its node groups were not added.</source>
        <translation>
            <numerusform>클러스터 &apos;%1&apos;이(가) %n분 뒤에도 %2 상태입니다: 노드 그룹이 추가되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="263"/>
        <source>The cloud answered something else than cluster &apos;%1&apos;.</source>
        <translation>클라우드가 클러스터 &apos;%1&apos;이(가) 아닌 다른 것을 응답했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/workspace/NodeGroupFollowUp.cpp" line="286"/>
        <source>Cluster &apos;%1&apos; still has node groups to add after %n attempt(s).</source>
        <translation>
            <numerusform>클러스터 &apos;%1&apos;에 %n번 시도한 뒤에도 추가할 노드 그룹이 남아 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Barista::OverviewPage</name>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="42"/>
        <source>Provider</source>
        <translation>제공자</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="44"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="46"/>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="48"/>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="50"/>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="80"/>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="80"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="105"/>
        <source>Select a provider, connection or resource in the tree to see its details.</source>
        <translation>트리에서 제공자, 연결 또는 리소스를 선택하면 세부 정보가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="117"/>
        <source>%1 &quot;%2&quot; on %3</source>
        <translation>%3의 %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="118"/>
        <source>%1 &quot;%2&quot; on %3 — %4</source>
        <translation>%3의 %1 &quot;%2&quot; — %4</translation>
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
        <translation>%1: %3의 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="131"/>
        <source>Listing failed: %1</source>
        <translation>목록 조회 실패: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="131"/>
        <source>Listing failed: [%1] %2</source>
        <translation>목록 조회 실패: [%1] %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/OverviewPage.cpp" line="147"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Barista::Reconciler</name>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="86"/>
        <source>Reconcile %1 &apos;%2&apos; on %3</source>
        <translation>%3의 %1 &apos;%2&apos; 상태 조정</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="105"/>
        <source>The cloud could not be asked: %1</source>
        <translation>클라우드에 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="117"/>
        <source>The cloud has the resource (found by its tag); adopted into the journal.</source>
        <translation>클라우드에 리소스가 있습니다(태그로 찾음). 저널에 반영했습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="121"/>
        <source>The cloud has no resource with this intent&apos;s tag: it was never created.</source>
        <translation>클라우드에 이 작업의 태그가 붙은 리소스가 없습니다. 리소스는 생성되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="127"/>
        <source>The cloud reports the resource as terminating or terminated.</source>
        <translation>클라우드에서 리소스를 종료 중 또는 종료됨으로 보고합니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="128"/>
        <source>The cloud no longer has the resource: the delete took effect.</source>
        <translation>클라우드에 리소스가 더 이상 없습니다. 삭제가 적용되었습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="133"/>
        <source>The resource still exists: the delete did not take effect.</source>
        <translation>리소스가 아직 있습니다. 삭제가 적용되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="139"/>
        <source>The cloud reports the resource with status %1.</source>
        <translation>클라우드에서 보고한 리소스 상태는 %1입니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Reconciler.cpp" line="143"/>
        <source>The resource no longer exists.</source>
        <translation>리소스가 더 이상 존재하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::ResourceService</name>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="65"/>
        <source>List %1 on %2</source>
        <translation>%2의 %1 목록 조회</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="79"/>
        <source>Get %1 &apos;%2&apos; on %3</source>
        <translation>%3의 %1 &apos;%2&apos; 조회</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="93"/>
        <source>Create %1 &apos;%2&apos; on %3</source>
        <translation>%3에 %1 &apos;%2&apos; 생성</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="104"/>
        <source>The journal has no entry %1.</source>
        <translation>저널에 항목 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="114"/>
        <source>Adding the node groups now that the cluster is active.</source>
        <translation>클러스터가 활성화되어 노드 그룹을 추가합니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="116"/>
        <source>Cannot write the journal.</source>
        <translation>저널에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="118"/>
        <source>Add node groups to cluster &apos;%1&apos; on %2</source>
        <translation>%2의 클러스터 &apos;%1&apos;에 노드 그룹 추가</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="131"/>
        <source>Delete %1 &apos;%2&apos; on %3</source>
        <translation>%3의 %1 &apos;%2&apos; 삭제</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="189"/>
        <source>%1 %2 &apos;%3&apos; on %4</source>
        <translation>%4의 %2 &apos;%3&apos; %1</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="308"/>
        <source>The cloud no longer had the resource.</source>
        <translation>클라우드에 리소스가 이미 없었습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="314"/>
        <source>Outcome unknown; asking the cloud.</source>
        <translation>결과를 알 수 없어 클라우드에 확인하는 중입니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="323"/>
        <source>The cluster exists; its node groups were not added.</source>
        <translation>클러스터는 있지만 노드 그룹은 추가되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::ResourceTreeModel</name>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="97"/>
        <source>The list was canceled.</source>
        <translation>목록 조회가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="645"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="647"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="649"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="665"/>
        <source>(no region)</source>
        <translation>(리전 없음)</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="669"/>
        <source>Security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="671"/>
        <source>Key pairs</source>
        <translation>키 페어</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="673"/>
        <source>Disks</source>
        <translation>디스크</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="675"/>
        <source>Load balancers</source>
        <translation>로드 밸런서</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="677"/>
        <source>Clusters</source>
        <translation>클러스터</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="679"/>
        <source>My images</source>
        <translation>내 이미지</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="681"/>
        <source>VMs</source>
        <translation>가상 머신</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="691"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="693"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/ResourceTreeModel.cpp" line="702"/>
        <source>%n connection(s)</source>
        <translation>
            <numerusform>연결 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="704"/>
        <source>simulated cloud</source>
        <translation>시뮬레이션 클라우드</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="704"/>
        <source>native API</source>
        <translation>네이티브 API</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/ResourceTreeModel.cpp" line="710"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/ResourceTreeModel.cpp" line="722"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>규칙 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="726"/>
        <source>%1 GB</source>
        <translation>%1GB</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="732"/>
        <source>Kubernetes %1</source>
        <translation>Kubernetes %1</translation>
    </message>
    <message>
        <location filename="../models/items/ResourceTreeModel.cpp" line="734"/>
        <source>from %1</source>
        <translation>원본: %1</translation>
    </message>
</context>
<context>
    <name>Barista::ResourceTreeView</name>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="54"/>
        <source>Please confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="132"/>
        <source>Create…</source>
        <translation>만들기…</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="153"/>
        <source>Create image…</source>
        <translation>이미지 만들기…</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="164"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="178"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="195"/>
        <source>Terminate %1 &quot;%2&quot; on %3? Its local disks are lost.</source>
        <translation>%3의 %1 &quot;%2&quot;을(를) 종료하시겠습니까? 로컬 디스크의 데이터는 모두 사라집니다.</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="209"/>
        <source>Delete %1 &quot;%2&quot; on %3? This cannot be undone.</source>
        <translation>%3의 %1 &quot;%2&quot;을(를) 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::WorldMapWidget</name>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="34"/>
        <source>World map of cloud regions</source>
        <translation>클라우드 리전 세계 지도</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="427"/>
        <source>Regions Near Here</source>
        <translation>이 근처의 리전</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="428"/>
        <source>Fit to Selection</source>
        <translation>선택 영역에 맞추기</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="430"/>
        <source>Show Whole World</source>
        <translation>세계 전체 보기</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="431"/>
        <source>Clear Selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="460"/>
        <source>Click to hide %1 regions</source>
        <translation>클릭하여 %1 리전 숨기기</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="461"/>
        <source>Click to show %1 regions</source>
        <translation>클릭하여 %1 리전 표시</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/WorldMapWidget.cpp" line="469"/>
        <source>%n regions (click to zoom in)</source>
        <translation>
            <numerusform>리전 %n개(클릭하여 확대)</numerusform>
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
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="486"/>
        <source>Provider: %1</source>
        <translation>제공자: %1</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="487"/>
        <source>Region: %1</source>
        <translation>리전: %1</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="489"/>
        <source>Cloud: %1</source>
        <translation>클라우드: %1</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="491"/>
        <source>Zones: none listed</source>
        <translation>영역: 목록 없음</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="491"/>
        <source>Zones: %1</source>
        <translation>영역: %1</translation>
    </message>
    <message>
        <location filename="../ui/map/WorldMapWidget.cpp" line="496"/>
        <source>Nodes: %1</source>
        <translation>노드: %1</translation>
    </message>
</context>
<context>
    <name>BuiltinProviderFactory</name>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="60"/>
        <source>native adapters are not available yet for %1</source>
        <translation>%1용 네이티브 어댑터는 아직 제공되지 않습니다</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="70"/>
        <source>Unknown driver &quot;%1&quot;.</source>
        <translation>알 수 없는 드라이버 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="73"/>
        <source>The connection &quot;%1&quot; cannot use the simulated cloud: %2</source>
        <translation>연결 &quot;%1&quot;에서 시뮬레이션 클라우드를 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="79"/>
        <source>The simulated cloud&apos;s state file %1 cannot be opened: %2</source>
        <translation>시뮬레이션 클라우드의 상태 파일을 열 수 없습니다: %1: %2</translation>
    </message>
</context>
<context>
    <name>BundledCatalog</name>
    <message>
        <location filename="../models/catalog/BundledCatalog.cpp" line="49"/>
        <source>The bundled spec catalog is missing.</source>
        <translation>내장 사양 카탈로그가 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/BundledCatalog.cpp" line="54"/>
        <source>Unsupported bundled spec catalog schema version.</source>
        <translation>지원하지 않는 내장 사양 카탈로그 스키마 버전입니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/BundledCatalog.cpp" line="93"/>
        <source>A bundled spec names an unknown source.</source>
        <translation>내장 사양 중 하나가 알 수 없는 출처를 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/BundledCatalog.cpp" line="177"/>
        <source>The bundled region catalog is missing.</source>
        <translation>내장 리전 카탈로그가 없습니다.</translation>
    </message>
</context>
<context>
    <name>CatalogCsvFormat</name>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="119"/>
        <source>%1 fields, but the header has %2.</source>
        <translation>필드가 %1개이지만 헤더에는 %2개가 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="143"/>
        <source>%1 &quot;%2&quot; is not a valid number.</source>
        <translation>%1 값 &quot;%2&quot;은(는) 올바른 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="157"/>
        <source>The row has neither an InstanceType nor an AcceleratorName.</source>
        <translation>행에 InstanceType과 AcceleratorName이 모두 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="197"/>
        <source>The row has no providerName or no cspSpecName.</source>
        <translation>행에 providerName 또는 cspSpecName이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="230"/>
        <source>The row has no region.</source>
        <translation>행에 리전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="279"/>
        <source>The row has no providerName.</source>
        <translation>행에 providerName이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogCsvFormat.cpp" line="284"/>
        <source>The row has no image id.</source>
        <translation>행에 이미지 ID가 없습니다.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="66"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 파일을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="72"/>
        <source>%1 is empty.</source>
        <translation>%1 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="78"/>
        <source>%1:1: the header matches no known catalog layout (SkyPilot vms.csv or images.csv, Tumblebug cloudspec.csv or cloudimage.csv).</source>
        <translation>%1:1: 헤더가 알려진 카탈로그 형식(SkyPilot vms.csv 또는 images.csv, Tumblebug cloudspec.csv 또는 cloudimage.csv)과 일치하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="86"/>
        <source>%1 has no provider column; name the provider.</source>
        <translation>%1 파일에 제공자 열이 없습니다. 제공자를 지정하세요.</translation>
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
        <translation>%1: 잘못된 행이 %2개를 넘어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="169"/>
        <source>The import was canceled; nothing was imported.</source>
        <translation>가져오기가 취소되어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogImporter.cpp" line="178"/>
        <source>%1:%2: %3 Nothing was imported.</source>
        <translation>%1:%2: %3 아무것도 가져오지 않았습니다.</translation>
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
        <translation>알 수 없는 제공자 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogReader.cpp" line="67"/>
        <source>No region matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;에 해당하는 리전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogReader.cpp" line="74"/>
        <source>Unknown place &quot;%1&quot;.</source>
        <translation>알 수 없는 장소 &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CatalogSchema</name>
    <message>
        <location filename="../models/catalog/CatalogSchema.cpp" line="118"/>
        <source>%1 (in: %2)</source>
        <translation>%1 (실행한 SQL: %2)</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogSchema.cpp" line="161"/>
        <source>Cannot read the catalog schema version.</source>
        <translation>카탈로그 스키마 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogSchema.cpp" line="166"/>
        <source>The catalog was written by a newer Barista (schema %1; this one understands up to %2).</source>
        <translation>이 카탈로그는 더 최신 버전의 Barista에서 작성되었습니다(스키마 %1, 이 버전은 %2까지 지원).</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <location filename="../models/catalog/CatalogStore.cpp" line="106"/>
        <source>Cannot create the folder %1.</source>
        <translation>폴더를 만들 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../models/catalog/CatalogStore.cpp" line="138"/>
        <location filename="../models/catalog/CatalogStore.cpp" line="154"/>
        <location filename="../models/catalog/CatalogStore.cpp" line="246"/>
        <source>The catalog is not open.</source>
        <translation>카탈로그가 열려 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>CidrAllocator</name>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="60"/>
        <source>%1 nodes and the %2 addresses %3 reserves in each subnet need %4 addresses, more than its largest subnet (/%5) holds.</source>
        <translation>노드 %1개와 %3이(가) 서브넷마다 예약하는 주소 %2개를 합하면 주소 %4개가 필요하며, 이는 가장 큰 서브넷(/%5)에 들어가는 수보다 많습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="93"/>
        <source>Connection %1: the node count cannot be negative (%2).</source>
        <translation>연결 %1: 노드 수는 음수일 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="99"/>
        <source>Connection %1: a VPC needs at least one subnet (%2 asked for).</source>
        <translation>연결 %1: VPC에는 서브넷이 하나 이상 있어야 합니다(요청: %2개).</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="108"/>
        <source>Connection %1: %2</source>
        <translation>연결 %1: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="116"/>
        <source>Connection %1: %2 subnets of /%3 need a /%4 VPC, larger than the largest %5 allows (/%6).</source>
        <translation>연결 %1: /%3 서브넷 %2개에는 /%4 VPC가 필요하며, 이는 %5에서 허용하는 가장 큰 크기(/%6)보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/CidrAllocator.cpp" line="156"/>
        <source>Connection %1: no free /%2 to /%3 range is left in %4 (%5); every one overlaps a reserved range, an existing VPC or another VPC of this infra.</source>
        <translation>연결 %1: %4(%5)에 남은 /%2~/%3 범위가 없습니다. 모든 범위가 예약된 범위, 기존 VPC 또는 이 인프라의 다른 VPC와 겹칩니다.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="55"/>
        <source>vpc %1, %n rule(s)</source>
        <translation>
            <numerusform>vpc %1, 규칙 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="57"/>
        <source>%1 GB %2</source>
        <translation>%1GB %2</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="59"/>
        <source>%1 vCPU, %2 GiB %3</source>
        <translation>vCPU %1개, %2GiB %3</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="65"/>
        <source>from %1</source>
        <translation>원본: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="67"/>
        <source>%1 %2:%3 -&gt; %n VM(s) on %4</source>
        <translation>
            <numerusform>%1 %2:%3 -&gt; VM %n개, 포트 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="73"/>
        <source>Kubernetes %1, %n node group(s)</source>
        <translation>
            <numerusform>Kubernetes %1, 노드 그룹 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="105"/>
        <source>gave up waiting after 30 minutes; status is %1</source>
        <translation>30분 동안 기다렸지만 끝나지 않아 중단했습니다. 현재 상태: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="151"/>
        <source>Barista Console: one console for many clouds.</source>
        <translation>Barista Console: 여러 클라우드를 하나의 콘솔에서.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="156"/>
        <source>Use the workspace in DIR (default: $BARISTA_WORKSPACE, else the user data folder).</source>
        <translation>DIR의 워크스페이스를 사용합니다(기본값: $BARISTA_WORKSPACE, 없으면 사용자 데이터 폴더).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="158"/>
        <source>Print JSON (schema version %1).</source>
        <translation>JSON으로 출력합니다(스키마 버전 %1).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="160"/>
        <source>Do not settle intents left unfinished by a crashed session first.</source>
        <translation>비정상 종료된 세션이 남긴 미완료 작업을 먼저 정리하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="164"/>
        <source>The resource&apos;s or connection&apos;s name.</source>
        <translation>리소스 또는 연결의 이름.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="225"/>
        <source>unknown command &apos;%1&apos; (try &apos;barista --help&apos;)</source>
        <translation>알 수 없는 명령 &apos;%1&apos;(&apos;barista --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="253"/>
        <source>reconciled intent %1 (%2 &apos;%3&apos; on %4): %5 - %6</source>
        <translation>미완료 작업 %1 정리(%4의 %2 &apos;%3&apos;): %5 - %6</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="265"/>
        <source>--connection is required</source>
        <translation>--connection 옵션이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="269"/>
        <source>no connection named &apos;%1&apos; (see &apos;barista connection list&apos;)</source>
        <translation>이름이 &apos;%1&apos;인 연결이 없습니다(&apos;barista connection list&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="282"/>
        <source>barista: error: %1</source>
        <translation>barista: 오류: %1</translation>
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
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="62"/>
        <source>DRIVER</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <location filename="../app/CliConnection.cpp" line="62"/>
        <source>PROVIDER</source>
        <translation>제공자</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <location filename="../app/CliConnection.cpp" line="62"/>
        <source>REGION</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="62"/>
        <source>ZONE</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="63"/>
        <source>ENDPOINT</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="92"/>
        <source>warning: the stored credential of &apos;%1&apos; could not be removed: %2</source>
        <translation>경고: &apos;%1&apos;의 저장된 자격 증명을 제거하지 못했습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="103"/>
        <source>usage: barista connection list|add|remove|test</source>
        <translation>사용법: barista connection list|add|remove|test</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="109"/>
        <source>Connection name.</source>
        <translation>연결 이름.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="110"/>
        <source>One of: %1.</source>
        <translation>다음 중 하나: %1.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="112"/>
        <source>The provider&apos;s region id.</source>
        <translation>제공자의 리전 ID.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="113"/>
        <source>The provider&apos;s zone id.</source>
        <translation>제공자의 영역 ID.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="114"/>
        <source>sim (the simulated cloud, default) or native.</source>
        <translation>sim(시뮬레이션 클라우드, 기본값) 또는 native.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="115"/>
        <source>Endpoint override URL.</source>
        <translation>기본 엔드포인트 대신 사용할 URL.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="116"/>
        <source>Secret store key of the credential.</source>
        <translation>비밀 저장소에 있는 자격 증명의 키.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="118"/>
        <source>aws only: import the keys (and region) of this AWS CLI profile from ~/.aws/credentials and ~/.aws/config (or AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE) into the secret store.</source>
        <translation>aws 전용: 이 AWS CLI 프로필의 키(와 리전)를 ~/.aws/credentials와 ~/.aws/config(또는 AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE)에서 비밀 저장소로 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="122"/>
        <source>gcp only: import this service-account key JSON file into the secret store.</source>
        <translation>gcp 전용: 이 서비스 계정 키 JSON 파일을 비밀 저장소로 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="124"/>
        <source>azure only: import this service principal JSON (the output of &apos;az ad sp create-for-rbac&apos;) into the secret store.</source>
        <translation>azure 전용: 이 서비스 주체 JSON(&apos;az ad sp create-for-rbac&apos;의 출력)을 비밀 저장소로 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="128"/>
        <source>azure only: the subscription id (default: AZURE_SUBSCRIPTION_ID, else the file&apos;s subscriptionId).</source>
        <translation>azure 전용: 구독 ID(기본값: AZURE_SUBSCRIPTION_ID, 없으면 파일의 subscriptionId).</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="131"/>
        <source>openstack only: import from this clouds.yaml (default: OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml; secure.yaml is merged).</source>
        <translation>openstack 전용: 이 clouds.yaml에서 가져옵니다(기본값: OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml, secure.yaml은 병합됨).</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="134"/>
        <source>openstack only: the cloud of clouds.yaml to import.</source>
        <translation>openstack 전용: 가져올 clouds.yaml의 클라우드.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="136"/>
        <source>openstack only: import the OS_* variables of this openrc file (it is read, never run).</source>
        <translation>openstack 전용: 이 openrc 파일의 OS_* 변수를 가져옵니다(읽기만 하고 실행하지 않음).</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="138"/>
        <source>A PEM file of extra CA certificates to trust for this connection.</source>
        <translation>이 연결에서 추가로 신뢰할 CA 인증서의 PEM 파일.</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="141"/>
        <source>Allow a plain http endpoint override that is not on loopback (a private cloud without TLS).</source>
        <translation>루프백이 아닌 일반 http 엔드포인트 재정의를 허용합니다(TLS 없는 사설 클라우드).</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="150"/>
        <source>usage: barista connection add [NAME] --provider P ...</source>
        <translation>사용법: barista connection add [이름] --provider P ...</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="153"/>
        <source>two names given: &apos;%1&apos; and --name &apos;%2&apos;</source>
        <translation>이름이 두 개 주어졌습니다: &apos;%1&apos;와(과) --name &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="164"/>
        <source>--endpoint &apos;%1&apos; is not a URL</source>
        <translation>--endpoint &apos;%1&apos;: URL이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="170"/>
        <source>--ca-bundle &apos;%1&apos; is not a readable file</source>
        <translation>--ca-bundle &apos;%1&apos;은(는) 읽을 수 있는 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="181"/>
        <source>--%1 and --%2 are two different imports: use one</source>
        <translation>--%1와(과) --%2는 서로 다른 가져오기입니다. 하나만 사용하십시오</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="186"/>
        <source>--profile reads AWS CLI profiles: it needs --provider aws</source>
        <translation>--profile은 AWS CLI 프로필을 읽습니다: --provider aws가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="187"/>
        <source>--%1 needs --provider %2</source>
        <translation>--%1에는 --provider %2가 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="245"/>
        <source>No secret store is available: %1</source>
        <translation>사용할 수 있는 비밀 저장소가 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="253"/>
        <source>Could not store the credential: %1</source>
        <translation>자격 증명을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="279"/>
        <source>added connection &apos;%1&apos;</source>
        <translation>연결 &apos;%1&apos; 추가됨</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="279"/>
        <source>replaced connection &apos;%1&apos;</source>
        <translation>연결 &apos;%1&apos;을(를) 교체했습니다</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="289"/>
        <source>usage: barista connection test NAME</source>
        <translation>사용법: barista connection test NAME</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliConnection.cpp" line="303"/>
        <source>ok: connection &apos;%1&apos; answered; %n region(s) listed</source>
        <translation>
            <numerusform>정상: 연결 &apos;%1&apos;이(가) 응답했습니다. 리전 %n개가 조회되었습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="77"/>
        <source>usage: barista connection remove NAME</source>
        <translation>사용법: barista connection remove NAME</translation>
    </message>
    <message>
        <location filename="../app/CliConnection.cpp" line="99"/>
        <source>removed connection &apos;%1&apos;</source>
        <translation>연결 &apos;%1&apos; 제거됨</translation>
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
        <translation>명령:
  connection list|add|remove|test   연결 관리와 시험(드라이버, 제공자, 리전)
  resource list|get|create|delete|control   연결의 리소스 작업
  jobs                         모든 세션의 최근 작업
  journal                      작업 저널(비정상 종료로 남은 미완료 작업을 먼저 정리)
  reconcile                    비정상 종료로 끝나지 않은 미완료 작업 정리
  catalog regions|search|recommend|import|refresh|stats   제공 상품의 로컬 카탈로그
  infra review|create|list|status|control|scale|delete|cmd   멀티 클라우드 인프라
  drift --connection C         워크스페이스 기록과 클라우드 목록 비교(편입, 삭제, 기록에서 제거)
명령의 옵션을 보려면 &apos;barista COMMAND --help&apos;를 실행하세요.
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="344"/>
        <source>usage: barista resource list|get|create|delete|control --connection C --kind K</source>
        <translation>사용법: barista resource list|get|create|delete|control --connection C --kind K</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="347"/>
        <source>The connection to use.</source>
        <translation>사용할 연결.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="348"/>
        <source>Resource kind: region, vpc, securitygroup, keypair, vm, disk, myimage, nlb, cluster, spec, image, price.</source>
        <translation>리소스 종류: region, vpc, securitygroup, keypair, vm, disk, myimage, nlb, cluster, spec, image, price.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="355"/>
        <source>Wait until the new resource leaves its transitional status.</source>
        <translation>새 리소스가 전환 중 상태를 벗어날 때까지 기다립니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="357"/>
        <source>suspend, resume, reboot or terminate.</source>
        <translation>suspend, resume, reboot 또는 terminate.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="358"/>
        <source>Wait until the resource leaves its transitional status.</source>
        <translation>리소스가 전환 중 상태를 벗어날 때까지 기다립니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="361"/>
        <source>Wait until the cloud no longer lists the resource as existing (a terminated VM still holds its network until then).</source>
        <translation>클라우드가 리소스를 더 이상 존재하는 것으로 표시하지 않을 때까지 기다립니다(종료된 VM은 그때까지 네트워크를 계속 점유합니다).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="372"/>
        <source>--kind is required</source>
        <translation>--kind 옵션이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="375"/>
        <source>--kind &apos;%1&apos; is not a resource kind</source>
        <translation>--kind &apos;%1&apos;: 리소스 종류가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="380"/>
        <source>usage: barista resource %1 --connection C --kind K NAME</source>
        <translation>사용법: barista resource %1 --connection C --kind K NAME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="383"/>
        <location filename="../app/CliCatalog.cpp" line="130"/>
        <location filename="../app/CliDrift.cpp" line="91"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="389"/>
        <source>--action must be suspend, resume, reboot or terminate</source>
        <translation>--action은 suspend, resume, reboot, terminate 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="422"/>
        <location filename="../app/Cli.cpp" line="504"/>
        <location filename="../app/CliDrift.cpp" line="63"/>
        <source>SYSTEM ID</source>
        <translation>시스템 ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="422"/>
        <location filename="../app/Cli.cpp" line="504"/>
        <location filename="../app/CliDrift.cpp" line="63"/>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <location filename="../app/CliInfra.cpp" line="262"/>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="422"/>
        <location filename="../app/Cli.cpp" line="504"/>
        <source>DETAILS</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="460"/>
        <source>deleted %1 &apos;%2&apos; on %3</source>
        <translation>%3의 %1 &apos;%2&apos; 삭제됨</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="514"/>
        <source>Show at most N jobs (default 50).</source>
        <translation>작업을 최대 N개까지 표시합니다(기본값 50).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="520"/>
        <location filename="../app/Cli.cpp" line="552"/>
        <location filename="../app/CliCatalog.cpp" line="162"/>
        <source>--limit must be a positive number</source>
        <translation>--limit 값은 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="535"/>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <source>QUEUED</source>
        <translation>등록 시각</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <location filename="../app/Cli.cpp" line="572"/>
        <location filename="../app/CliCatalog.cpp" line="337"/>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <source>ATTEMPTS</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <source>JOB</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="539"/>
        <location filename="../app/CliInfra.cpp" line="78"/>
        <source>ERROR</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="546"/>
        <source>Show at most N entries (default: all).</source>
        <translation>항목을 최대 N개까지 표시합니다(기본값: 전체).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>TIME</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <source>OPERATION</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <location filename="../app/CliInfra.cpp" line="45"/>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <source>CONNECTION</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="571"/>
        <location filename="../app/CliDrift.cpp" line="63"/>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="572"/>
        <location filename="../app/CliInfra.cpp" line="262"/>
        <source>NOTE</source>
        <translation>비고</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="588"/>
        <source>%n intent(s) settled</source>
        <translation>
            <numerusform>미완료 작업 %n개 정리됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="31"/>
        <location filename="../app/CliInfra.cpp" line="28"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="80"/>
        <source>the catalog cannot be opened: %1</source>
        <translation>카탈로그를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="92"/>
        <source>usage: barista catalog regions|search|recommend|import|refresh|stats</source>
        <translation>사용법: barista catalog regions|search|recommend|import|refresh|stats</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="97"/>
        <source>Only this provider&apos;s regions.</source>
        <translation>이 제공자의 리전만 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="102"/>
        <source>Provider of a SkyPilot file (default: its folder name).</source>
        <translation>SkyPilot 파일의 제공자(기본값: 파일이 있는 폴더 이름).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="105"/>
        <source>Refresh from this connection (default: every connection).</source>
        <translation>이 연결에서 새로 고칩니다(기본값: 모든 연결).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="108"/>
        <source>vCPU count or range MIN:MAX.</source>
        <translation>vCPU 개수 또는 범위 MIN:MAX.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="109"/>
        <source>Memory GiB or range MIN:MAX.</source>
        <translation>메모리(GiB) 또는 범위 MIN:MAX.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="110"/>
        <source>GPU count or range.</source>
        <translation>GPU 개수 또는 범위.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="111"/>
        <source>GPU memory GiB or range.</source>
        <translation>GPU 메모리(GiB) 또는 범위.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="112"/>
        <source>Cost per hour or range.</source>
        <translation>시간당 비용 또는 범위.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="113"/>
        <source>Providers, comma-separated.</source>
        <translation>제공자(쉼표로 구분).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="114"/>
        <source>Regions, comma-separated.</source>
        <translation>리전(쉼표로 구분).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="115"/>
        <source>Architectures, comma-separated.</source>
        <translation>아키텍처(쉼표로 구분).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="116"/>
        <source>Accelerator models, comma-separated.</source>
        <translation>가속기 모델(쉼표로 구분).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="117"/>
        <source>cost (default), performance, location or latency.</source>
        <translation>cost(기본값), performance, location 또는 latency.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="119"/>
        <source>location: a place, a region or LAT,LON.</source>
        <translation>location: 장소, 리전 또는 LAT,LON.</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="120"/>
        <source>latency: the region users connect from, e.g. aws/ap-northeast-2.</source>
        <translation>latency: 사용자가 접속하는 리전(예: aws/ap-northeast-2).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="122"/>
        <source>How many specs (default 10).</source>
        <translation>표시할 사양 수(기본값 10).</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="128"/>
        <source>usage: barista catalog %1 %2</source>
        <translation>사용법: barista catalog %1 %2</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="140"/>
        <source>--%1 &apos;%2&apos;: expected N, MIN:, :MAX or MIN:MAX</source>
        <translation>--%1 &apos;%2&apos;: N, MIN:, :MAX 또는 MIN:MAX 형식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="149"/>
        <source>--priority must be cost, performance, location or latency</source>
        <translation>--priority 값은 cost, performance, location 또는 latency여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="155"/>
        <source>--priority location needs --near</source>
        <translation>--priority location에는 --near 옵션이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="157"/>
        <source>--priority latency needs --from</source>
        <translation>--priority latency에는 --from 옵션이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="175"/>
        <source>no regions for provider &apos;%1&apos;</source>
        <translation>제공자 &apos;%1&apos;의 리전이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <source>LAT, LON</source>
        <translation>위도, 경도</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>ZONES</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="217"/>
        <location filename="../app/CliCatalog.cpp" line="256"/>
        <source>%1 km</source>
        <translation>%1km</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="262"/>
        <source>DISTANCE</source>
        <translation>거리</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="229"/>
        <location filename="../app/CliCatalog.cpp" line="261"/>
        <source>SPEC ID</source>
        <translation>사양 ID</translation>
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
        <translation>메모리(GiB)</translation>
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
        <translation>시간당 가격</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <source>IMAGE ID</source>
        <translation>이미지 ID</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="239"/>
        <source>nothing found</source>
        <translation>찾은 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="261"/>
        <source>RANK</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="270"/>
        <source>no such file: %1</source>
        <translation>파일이 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="280"/>
        <source>nothing was imported from %1</source>
        <translation>%1에서 아무것도 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="282"/>
        <source>imported %1 of %2 rows from %3 (%4 skipped)</source>
        <translation>%3에서 행 %2개 중 %1개를 가져왔습니다(%4개 건너뜀)</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="308"/>
        <source>refresh of %1 failed: %2</source>
        <translation>%1 새로 고침 실패: %2</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="312"/>
        <source>%1 +%2 ~%3 -%4</source>
        <translation>%1 +%2 ~%3 -%4</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="313"/>
        <source>refreshed %1: %2</source>
        <translation>%1 새로 고침 완료: %2</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="333"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="334"/>
        <source>stale</source>
        <translation>오래됨</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="334"/>
        <source>fresh</source>
        <translation>최신</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>REGIONS</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>SPECS</source>
        <translation>사양</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>PRICED</source>
        <translation>가격 있음</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>IMAGES</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="337"/>
        <source>SPECS FETCHED</source>
        <translation>사양 가져온 시각</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="339"/>
        <source>database: %1 (%2 bytes, schema %3)</source>
        <translation>데이터베이스: %1(%2바이트, 스키마 %3)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="28"/>
        <source>shared</source>
        <translation>공유</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="28"/>
        <source>shared (%1)</source>
        <translation>공유(%1)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="35"/>
        <source>tracked</source>
        <translation>추적됨</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="36"/>
        <source>ours, untracked (orphan)</source>
        <translation>Barista 소유, 추적 안 됨(고아)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="36"/>
        <source>foreign</source>
        <translation>외부</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="44"/>
        <source>Mapped: known to the workspace and listed by the cloud (%1)</source>
        <translation>매핑됨: 워크스페이스에 기록되어 있고 클라우드 목록에도 있음(%1)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="47"/>
        <source>Only ours: known to the workspace, not listed by the cloud (%1)</source>
        <translation>워크스페이스에만 있음: 워크스페이스에 기록되어 있지만 클라우드 목록에 없음(%1)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="50"/>
        <source>Only in the cloud: listed by the cloud, no record in the workspace (%1)</source>
        <translation>클라우드에만 있음: 클라우드 목록에 있지만 워크스페이스에 기록 없음(%1)</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="63"/>
        <source>ORIGIN</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="64"/>
        <source>INFRA/NODE</source>
        <translation>인프라/노드</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="64"/>
        <source>JOURNAL</source>
        <translation>저널</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="74"/>
        <source>The connection to compare.</source>
        <translation>비교할 연결.</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="76"/>
        <source>Only this kind: vpc, securitygroup, keypair, vm, disk, myimage, nlb or cluster (default: every kind the provider can list).</source>
        <translation>이 종류만 비교합니다: vpc, securitygroup, keypair, vm, disk, myimage, nlb 또는 cluster(기본값: 제공자가 조회할 수 있는 모든 종류).</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="80"/>
        <source>Record a resource that only the cloud has as ours (by system id or name).</source>
        <translation>클라우드에만 있는 리소스를 Barista 소유로 기록합니다(시스템 ID 또는 이름으로 지정).</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="81"/>
        <source>Delete a resource the cloud lists (journaled; by system id or name).</source>
        <translation>클라우드 목록에 있는 리소스를 삭제합니다(저널에 기록, 시스템 ID 또는 이름으로 지정).</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="84"/>
        <source>Record as gone a resource the cloud no longer lists (by system id or name).</source>
        <translation>클라우드 목록에 더 이상 없는 리소스를 사라진 것으로 기록합니다(시스템 ID 또는 이름으로 지정).</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="97"/>
        <source>--kind &apos;%1&apos; is not a kind of resource you create</source>
        <translation>--kind &apos;%1&apos;: 사용자가 만드는 리소스 종류가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="105"/>
        <source>--%1 and --%2 cannot be used together</source>
        <translation>--%1 옵션과 --%2 옵션은 함께 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="123"/>
        <source>warning: cannot list %1 (nothing is concluded about them): %2</source>
        <translation>경고: %1 목록을 조회할 수 없습니다(이 종류에 대해서는 판단하지 않음): %2</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="146"/>
        <source>nothing named &apos;%1&apos; on %2 in any drift group</source>
        <translation>%2의 어느 드리프트 그룹에도 &apos;%1&apos;(이)라는 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="147"/>
        <source>nothing named &apos;%1&apos; on %2 in the kinds that could be listed</source>
        <translation>%2에서 조회할 수 있었던 종류 중에 &apos;%1&apos;(이)라는 항목이 없습니다</translation>
    </message>
    <message>
        <location filename="../app/CliDrift.cpp" line="150"/>
        <source>&apos;%1&apos; names %2 resources: use the system id or --kind</source>
        <translation>&apos;%1&apos;에 해당하는 리소스가 %2개입니다. 시스템 ID나 --kind를 사용하세요</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="45"/>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <source>GROUP</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="45"/>
        <source>SPEC</source>
        <translation>사양</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="45"/>
        <source>NODES</source>
        <translation>노드</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="46"/>
        <source>PRICE/H</source>
        <translation>시간당 가격</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="46"/>
        <source>COST/H</source>
        <translation>시간당 비용</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="46"/>
        <source>VERDICT</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="49"/>
        <source>error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="55"/>
        <source>existing network</source>
        <translation>기존 네트워크</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="56"/>
        <source>  %1: %2 node(s), %3 vCPU, network %4</source>
        <translation>  %1: 노드 %2개, vCPU %3개, 네트워크 %4</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="61"/>
        <source>Estimated cost: %1 USD/hour for %2 node(s)</source>
        <translation>예상 비용: 노드 %2개, %1 USD/시간</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliInfra.cpp" line="65"/>
        <source> (+ %n node(s) with an unknown price, not counted)</source>
        <translation>
            <numerusform> (+ 가격을 알 수 없는 노드 %n개, 계산에서 제외)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="66"/>
        <source>Review: OK</source>
        <translation>검토 결과: 정상</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="66"/>
        <source>Review: errors, nothing can be created</source>
        <translation>검토 결과: 오류, 아무것도 생성할 수 없음</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <source>NODE</source>
        <translation>노드</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="77"/>
        <source>PUBLIC IP</source>
        <translation>공인 IP</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="102"/>
        <source>failed: %1 on %2: %3</source>
        <translation>실패: %2의 %1: %3</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="108"/>
        <source>skipped: %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="110"/>
        <source>not confirmed: %1</source>
        <translation>확인 안 됨: %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="120"/>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="137"/>
        <source>&apos;infra add-group NAME&apos; needs --group G --spec PROVIDER+REGION+SPEC --image I --size N (N &gt;= 1)</source>
        <translation>&apos;infra add-group NAME&apos;에는 --group G --spec PROVIDER+REGION+SPEC --image I --size N (N &gt;= 1)이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="160"/>
        <source>cannot add connection &apos;%1&apos;: %2</source>
        <translation>연결 &apos;%1&apos;을(를) 추가할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="169"/>
        <source>suspend, resume, reboot, terminate, refine, reconcile or abort.</source>
        <translation>suspend, resume, reboot, terminate, refine, reconcile 또는 abort.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="171"/>
        <source>Only this node group.</source>
        <translation>이 노드 그룹만 대상으로 합니다.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="172"/>
        <source>Only this node.</source>
        <translation>이 노드만 대상으로 합니다.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="173"/>
        <source>Only nodes whose labels match KEY=VALUE[,KEY=VALUE].</source>
        <translation>레이블이 KEY=VALUE[,KEY=VALUE]와 일치하는 노드만 대상으로 합니다.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="174"/>
        <source>The node group&apos;s new size.</source>
        <translation>노드 그룹의 새 크기.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="175"/>
        <source>add-group: the spec, PROVIDER+REGION+SPEC as in a spec file&apos;s specId.</source>
        <translation>add-group: 사양. 스펙 파일의 specId처럼 PROVIDER+REGION+SPEC 형식.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="177"/>
        <source>add-group: the image id.</source>
        <translation>add-group: 이미지 ID.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="178"/>
        <source>add-group: the connection (default: the one of the spec&apos;s region).</source>
        <translation>add-group: 연결(기본값: 사양의 리전에 해당하는 연결).</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="180"/>
        <source>add-group: the zone.</source>
        <translation>add-group: 존.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="181"/>
        <source>SSH user (default: the node&apos;s own).</source>
        <translation>SSH 사용자(기본값: 노드의 기본 사용자).</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="182"/>
        <source>Per-node timeout of a command, in seconds (default 1800).</source>
        <translation>노드별 명령 제한 시간(초, 기본값 1800).</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="184"/>
        <source>Show the status the workspace knows without asking the clouds.</source>
        <translation>클라우드에 묻지 않고 워크스페이스에 기록된 상태를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="191"/>
        <source>&apos;infra %1&apos; needs a name or a file</source>
        <translation>&apos;infra %1&apos;에는 이름이나 파일이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="196"/>
        <source>unknown infra command &apos;%1&apos; (%2)</source>
        <translation>알 수 없는 infra 명령 &apos;%1&apos;(%2)</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="223"/>
        <source>%1 is not a valid infra spec:
  %2</source>
        <translation>%1은(는) 올바른 인프라 명세가 아닙니다:
  %2</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="144"/>
        <location filename="../app/CliInfra.cpp" line="227"/>
        <source>warning: the catalog cannot be opened (%1); prices will be unknown</source>
        <translation>경고: 카탈로그를 열 수 없어(%1) 가격을 알 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="262"/>
        <source>TARGET</source>
        <translation>목표 동작</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="266"/>
        <source>no infrastructure named &apos;%1&apos; (see &apos;barista infra list&apos;)</source>
        <translation>이름이 &apos;%1&apos;인 인프라가 없습니다(&apos;barista infra list&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="299"/>
        <source>--action must be one of %1</source>
        <translation>--action 값은 다음 중 하나여야 합니다: %1</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="306"/>
        <source>&apos;infra scale&apos; needs --group G and --size N</source>
        <translation>&apos;infra scale&apos;에는 --group G와 --size N이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/CliInfra.cpp" line="316"/>
        <source>&apos;infra cmd NAME -- COMMAND&apos; needs a command</source>
        <translation>&apos;infra cmd NAME -- COMMAND&apos;에는 명령이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/CliNodeGroups.cpp" line="55"/>
        <source>cluster &apos;%1&apos; is %2; its node groups will be added once it is active</source>
        <translation>클러스터 &apos;%1&apos;이(가) %2 상태입니다. 활성화되면 노드 그룹이 추가됩니다</translation>
    </message>
    <message>
        <location filename="../app/CliNodeGroups.cpp" line="62"/>
        <source>cluster &apos;%1&apos; is active; adding its node groups</source>
        <translation>클러스터 &apos;%1&apos;이(가) 활성화되었습니다. 노드 그룹을 추가합니다</translation>
    </message>
    <message>
        <location filename="../app/CliNodeGroups.cpp" line="64"/>
        <source>waiting for cluster &apos;%1&apos; to become active before adding its node groups</source>
        <translation>노드 그룹을 추가하기 전에 클러스터 &apos;%1&apos;이(가) 활성화되기를 기다리는 중</translation>
    </message>
    <message>
        <location filename="../app/CliNodeGroups.cpp" line="76"/>
        <source>note: the cloud takes the node groups of cluster &apos;%1&apos; only once it is active, which this command does not wait for: the console adds them while it runs (create with --wait to have the command do it)</source>
        <translation>참고: 클라우드는 클러스터 &apos;%1&apos;이(가) 활성화된 뒤에만 노드 그룹을 받는데, 이 명령은 그때까지 기다리지 않습니다. 콘솔이 실행 중이면 콘솔이 추가합니다(이 명령이 하게 하려면 --wait로 만드세요)</translation>
    </message>
</context>
<context>
    <name>CloudsYamlReader</name>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="68"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="70"/>
        <source>%1 is too large for a clouds.yaml file.</source>
        <translation>%1은(는) clouds.yaml 파일로 보기에 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="77"/>
        <source>%1 line %2: not valid YAML.</source>
        <translation>%1 %2번째 줄: 올바른 YAML이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="83"/>
        <source>%1: the document is not a mapping of clouds.</source>
        <translation>%1: 문서가 클라우드 매핑이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="130"/>
        <source>No clouds.yaml found (looked in: %1).</source>
        <translation>clouds.yaml을 찾지 못했습니다(찾아본 곳: %1).</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="137"/>
        <source>Name the cloud to import (one of: %1).</source>
        <translation>가져올 클라우드 이름을 지정하십시오(다음 중 하나: %1).</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="140"/>
        <source>There is no cloud &quot;%1&quot; under &quot;clouds:&quot; in %2 (it has: %3).</source>
        <translation>%2의 &quot;clouds:&quot; 아래에 클라우드 &quot;%1&quot;이(가) 없습니다(있는 것: %3).</translation>
    </message>
    <message>
        <location filename="../models/credentials/CloudsYamlReader.cpp" line="157"/>
        <source>The cloud &quot;%1&quot; in %2 uses a vendor profile (key &quot;profile&quot;), which is not supported: write its auth_url out.</source>
        <translation>%2의 클라우드 &quot;%1&quot;은(는) 벤더 프로필(키 &quot;profile&quot;)을 사용하며, 이는 지원되지 않습니다. auth_url을 직접 적어 주십시오.</translation>
    </message>
</context>
<context>
    <name>ConnectionConfig</name>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="51"/>
        <source>The connection name is empty.</source>
        <translation>연결 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="53"/>
        <source>The connection name is longer than %1 characters.</source>
        <translation>연결 이름이 %1자를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="56"/>
        <source>The connection name may only contain letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>연결 이름에는 영문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="59"/>
        <source>The provider &quot;%1&quot; is not one of: %2.</source>
        <translation>알 수 없는 제공자 &quot;%1&quot;입니다. 다음 중 하나여야 합니다: %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="62"/>
        <source>The driver &quot;%1&quot; is neither &quot;sim&quot; nor &quot;native&quot;.</source>
        <translation>드라이버 &quot;%1&quot;은(는) &quot;sim&quot;도 &quot;native&quot;도 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="65"/>
        <source>The region is empty.</source>
        <translation>리전이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/domain/ConnectionConfig.cpp" line="70"/>
        <source>The endpoint override &quot;%1&quot; is not an http(s) URL.</source>
        <translation>엔드포인트 재정의 값 &quot;%1&quot;은(는) http(s) URL이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionHttpSettings</name>
    <message>
        <location filename="../providers/common/ConnectionHttpSettings.cpp" line="19"/>
        <source>The CA bundle %1 has no readable PEM certificate.</source>
        <translation>CA 번들 %1에 읽을 수 있는 PEM 인증서가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecretReader</name>
    <message>
        <location filename="../providers/common/ConnectionSecretReader.cpp" line="20"/>
        <source>The connection &quot;%1&quot; has no credential.</source>
        <translation>연결 &quot;%1&quot;에 자격 증명이 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/common/ConnectionSecretReader.cpp" line="23"/>
        <source>No secret store is available to read the credential of &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;의 자격 증명을 읽을 비밀 저장소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/common/ConnectionSecretReader.cpp" line="32"/>
        <source>The secret store did not answer for the credential of &quot;%1&quot;.</source>
        <translation>비밀 저장소가 &quot;%1&quot;의 자격 증명에 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../models/workspace/ConnectionTester.cpp" line="49"/>
        <source>Testing unsaved connections is not available.</source>
        <translation>저장하지 않은 연결은 시험할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ConnectionTester.cpp" line="73"/>
        <source>Test connection %1</source>
        <translation>연결 %1 시험</translation>
    </message>
</context>
<context>
    <name>ControlAction</name>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="74"/>
        <source>Suspend</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="76"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="78"/>
        <source>Reboot</source>
        <translation>재부팅</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="80"/>
        <source>Terminate</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../models/catalog/CsvReader.cpp" line="57"/>
        <source>The quoted field that starts on line %1 is not closed.</source>
        <translation>%1행에서 시작하는 따옴표 필드가 닫히지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>DiskCallInput</name>
    <message>
        <location filename="../providers/common/DiskCallInput.cpp" line="36"/>
        <source>&quot;%1&quot; is not a disk function; disk functions are: %2.</source>
        <translation>&quot;%1&quot;은(는) 디스크 함수가 아닙니다. 디스크 함수: %2.</translation>
    </message>
    <message>
        <location filename="../providers/common/DiskCallInput.cpp" line="44"/>
        <source>%1 needs the input &quot;disk&quot;.</source>
        <translation>%1에는 입력 &quot;disk&quot;가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/common/DiskCallInput.cpp" line="46"/>
        <source>AttachDisk needs the input &quot;vm&quot;.</source>
        <translation>AttachDisk에는 입력 &quot;vm&quot;이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/common/DiskCallInput.cpp" line="51"/>
        <source>ResizeDisk needs a positive &quot;sizeGb&quot;.</source>
        <translation>ResizeDisk에는 양수 &quot;sizeGb&quot;가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>DraftSecretStore</name>
    <message>
        <location filename="../models/credentials/DraftSecretStore.cpp" line="14"/>
        <source>No secret store holds &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;을(를) 보관한 비밀 저장소가 없습니다.</translation>
    </message>
</context>
<context>
    <name>FileCredentialImporter</name>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="49"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="51"/>
        <source>%1 is too large for a credential file.</source>
        <translation>%1은(는) 자격 증명 파일로 보기에 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="65"/>
        <source>%1 line %2: not valid JSON (%3).</source>
        <translation>%1 %2번째 줄: 올바른 JSON이 아닙니다(%3).</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="68"/>
        <source>%1: expected a JSON object.</source>
        <translation>%1: JSON 객체가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="81"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="99"/>
        <source>%1: key &quot;type&quot; is not &quot;service_account&quot; (is this a service-account key file?).</source>
        <translation>%1: 키 &quot;type&quot;이 &quot;service_account&quot;가 아닙니다(서비스 계정 키 파일이 맞습니까?).</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="102"/>
        <source>%1: key &quot;%2&quot; is missing or empty.</source>
        <translation>%1: 키 &quot;%2&quot;이(가) 없거나 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="105"/>
        <source>%1: key &quot;private_key&quot; is not an unencrypted RSA private key in PEM format.</source>
        <translation>%1: 키 &quot;private_key&quot;가 암호화되지 않은 PEM 형식의 RSA 개인 키가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="109"/>
        <source>%1: key &quot;token_uri&quot; is not an http(s) URL.</source>
        <translation>%1: 키 &quot;token_uri&quot;가 http(s) URL이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="122"/>
        <source>%1: key &quot;tenant&quot; (or &quot;tenantId&quot;) is missing.</source>
        <translation>%1: 키 &quot;tenant&quot;(또는 &quot;tenantId&quot;)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="124"/>
        <source>%1: key &quot;appId&quot; (or &quot;clientId&quot;) is missing.</source>
        <translation>%1: 키 &quot;appId&quot;(또는 &quot;clientId&quot;)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="126"/>
        <source>%1: key &quot;password&quot; (or &quot;clientSecret&quot;) is missing.</source>
        <translation>%1: 키 &quot;password&quot;(또는 &quot;clientSecret&quot;)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="128"/>
        <source>%1 names no subscription: pass --subscription ID or set AZURE_SUBSCRIPTION_ID.</source>
        <translation>%1에 구독이 없습니다. --subscription ID를 지정하거나 AZURE_SUBSCRIPTION_ID를 설정하십시오.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="164"/>
        <source>Project %1, service account %2.</source>
        <translation>프로젝트 %1, 서비스 계정 %2.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="187"/>
        <source>Merged %1.</source>
        <translation>%1을(를) 병합했습니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="204"/>
        <source>Unknown credential file type.</source>
        <translation>알 수 없는 자격 증명 파일 형식입니다.</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="213"/>
        <source>The typed credential</source>
        <translation>입력한 자격 증명</translation>
    </message>
    <message>
        <location filename="../providers/credentials/FileCredentialImporter.cpp" line="239"/>
        <source>Typed credentials are not supported for %1.</source>
        <translation>%1에는 자격 증명을 직접 입력할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>GcpAuth</name>
    <message>
        <location filename="../providers/gcp/GcpAuth.cpp" line="53"/>
        <source>The private key of %1 cannot sign: %2</source>
        <translation>%1의 개인 키로 서명할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpAuth.cpp" line="118"/>
        <source>The token endpoint %1 answered without an access_token.</source>
        <translation>토큰 엔드포인트 %1이(가) access_token 없이 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>GcpCatalogOps</name>
    <message>
        <location filename="../providers/gcp/GcpCatalogOps.cpp" line="115"/>
        <source>No image &quot;%1&quot; in the project or in %2.</source>
        <translation>프로젝트와 %2에 이미지 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>GcpCompute</name>
    <message>
        <location filename="../providers/gcp/GcpCompute.cpp" line="29"/>
        <source>The key pair &quot;%1&quot; is not in the project&apos;s ssh-keys metadata.</source>
        <translation>키 페어 &quot;%1&quot;이(가) 프로젝트의 ssh-keys 메타데이터에 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpCompute.cpp" line="147"/>
        <source>A key pair for GCP needs the public key to import (OpenSSH format).</source>
        <translation>GCP 키 페어에는 가져올 공개 키(OpenSSH 형식)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpCompute.cpp" line="158"/>
        <source>A different key named &quot;%1&quot; is already in the project.</source>
        <translation>이름이 &quot;%1&quot;인 다른 키가 이미 프로젝트에 있습니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpCompute.cpp" line="215"/>
        <source>A VM on GCP needs a machine type and an image.</source>
        <translation>GCP의 VM에는 머신 유형과 이미지가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>GcpDispatch</name>
    <message>
        <location filename="../providers/gcp/GcpDispatch.cpp" line="34"/>
        <source>GCP prices can only be listed (Cloud Billing Catalog), not read, created or changed one by one.</source>
        <translation>GCP 가격은 목록으로만 볼 수 있습니다(Cloud Billing Catalog). 하나씩 조회, 생성, 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpDispatch.cpp" line="38"/>
        <source>GCP does not support this operation on %1.</source>
        <translation>GCP는 %1에 대한 이 작업을 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpDispatch.cpp" line="111"/>
        <source>A resource to create needs a name.</source>
        <translation>만들 리소스에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpDispatch.cpp" line="167"/>
        <source>Unknown function &quot;%1&quot;; GCP offers: %2.</source>
        <translation>알 수 없는 함수 &quot;%1&quot;입니다. GCP가 제공하는 함수: %2.</translation>
    </message>
</context>
<context>
    <name>GcpInternalLoadBalancing</name>
    <message>
        <location filename="../providers/gcp/GcpInternalLoadBalancing.cpp" line="76"/>
        <source>The VM &quot;%1&quot; did not join the instance group &quot;%2&quot;.</source>
        <translation>VM &quot;%1&quot;이(가) 인스턴스 그룹 &quot;%2&quot;에 들어가지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpInternalLoadBalancing.cpp" line="194"/>
        <source>The VMs of one zone must share a subnet for an internal load balancer: &quot;%1&quot; is in &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation>내부 로드 밸런서에서는 한 영역의 VM들이 서브넷을 공유해야 합니다: &quot;%1&quot;은(는) &quot;%3&quot;이(가) 아니라 &quot;%2&quot;에 있습니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpInternalLoadBalancing.cpp" line="213"/>
        <source>The VPC &quot;%1&quot; has no subnet in region %2 to take the internal load balancer&apos;s address from.</source>
        <translation>VPC &quot;%1&quot;에 내부 로드 밸런서의 주소를 받을 리전 %2의 서브넷이 없습니다.</translation>
    </message>
</context>
<context>
    <name>GcpKubernetes</name>
    <message>
        <location filename="../providers/gcp/GcpKubernetes.cpp" line="152"/>
        <source>A GKE cluster needs the VPC network it runs in.</source>
        <translation>GKE 클러스터에는 실행될 VPC 네트워크가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpKubernetes.cpp" line="155"/>
        <source>A GKE cluster needs exactly one subnet of its VPC network.</source>
        <translation>GKE 클러스터에는 VPC 네트워크의 서브넷이 정확히 하나 필요합니다.</translation>
    </message>
</context>
<context>
    <name>GcpLoadBalancing</name>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="54"/>
        <source>A network load balancer is PUBLIC or INTERNAL, not %1.</source>
        <translation>네트워크 로드 밸런서는 %1이(가) 아니라 PUBLIC 또는 INTERNAL입니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="58"/>
        <source>A network load balancer needs the VPC of its VMs.</source>
        <translation>네트워크 로드 밸런서에는 VM들의 VPC가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="61"/>
        <source>A GCP network load balancer listens on TCP or UDP, not %1.</source>
        <translation>GCP 네트워크 로드 밸런서는 %1이(가) 아니라 TCP 또는 UDP로 수신합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="65"/>
        <source>A GCP network load balancer passes traffic through: the VM group&apos;s protocol (%1) must be the listener&apos;s (%2).</source>
        <translation>GCP 네트워크 로드 밸런서는 트래픽을 그대로 전달합니다: VM 그룹의 프로토콜(%1)이 리스너의 프로토콜(%2)과 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="70"/>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="83"/>
        <source>Ports must be between 1 and 65535.</source>
        <translation>포트는 1에서 65535 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="72"/>
        <source>A GCP passthrough load balancer forwards to the port the client used: the VM group&apos;s port (%1) must equal the listener&apos;s (%2).</source>
        <translation>GCP 패스스루 로드 밸런서는 클라이언트가 쓴 포트로 전달합니다: VM 그룹의 포트(%1)가 리스너의 포트(%2)와 같아야 합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="79"/>
        <source>A GCP network load balancer checks health over TCP or HTTP, not %1.</source>
        <translation>GCP 네트워크 로드 밸런서는 %1이(가) 아니라 TCP 또는 HTTP로 상태를 확인합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancing.cpp" line="90"/>
        <source>The forwarding rule &quot;%1&quot; does not belong to a network load balancer with a target pool or an internal backend service.</source>
        <translation>전달 규칙 &quot;%1&quot;은(는) 대상 풀이나 내부 백엔드 서비스가 있는 네트워크 로드 밸런서의 것이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpLoadBalancerParts.cpp" line="58"/>
        <source>The VM &quot;%1&quot; is not in the VPC &quot;%2&quot;.</source>
        <translation>VM &quot;%1&quot;이(가) VPC &quot;%2&quot;에 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>GcpMachineImages</name>
    <message>
        <location filename="../providers/gcp/GcpMachineImages.cpp" line="76"/>
        <source>An image needs the VM it is made from.</source>
        <translation>이미지에는 원본 VM이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>GcpNetwork</name>
    <message>
        <location filename="../providers/gcp/GcpNetwork.cpp" line="214"/>
        <location filename="../providers/gcp/GcpNetwork.cpp" line="259"/>
        <source>No firewall rule belongs to the security group &quot;%1&quot;.</source>
        <translation>보안 그룹 &quot;%1&quot;에 속한 방화벽 규칙이 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpNetwork.cpp" line="225"/>
        <source>A security group on GCP needs its VPC (network).</source>
        <translation>GCP의 보안 그룹에는 소속 VPC(네트워크)가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>GcpPricing</name>
    <message>
        <location filename="../providers/gcp/GcpPricing.cpp" line="25"/>
        <source>The page token &quot;%1&quot; is not one of this price listing.</source>
        <translation>페이지 토큰 &quot;%1&quot;은(는) 이 가격 목록의 것이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>GcpProvider</name>
    <message>
        <location filename="../providers/gcp/GcpProvider.cpp" line="89"/>
        <source>The provider is &quot;%1&quot;, not gcp.</source>
        <translation>제공자가 gcp가 아니라 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpProvider.cpp" line="91"/>
        <source>A GCP connection needs a region (e.g. asia-northeast3).</source>
        <translation>GCP 연결에는 리전(예: asia-northeast3)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpProvider.cpp" line="93"/>
        <source>A GCP connection needs a credential: the secret store key of a service-account key file.</source>
        <translation>GCP 연결에는 자격 증명이 필요합니다: 서비스 계정 키 파일의 비밀 저장소 키.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpProvider.cpp" line="97"/>
        <source>The endpoint override &quot;%1&quot; is not a URL.</source>
        <translation>엔드포인트 재정의 &quot;%1&quot;은(는) URL이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>GcpServiceAccount</name>
    <message>
        <location filename="../providers/gcp/GcpServiceAccount.cpp" line="28"/>
        <source>The credential &quot;%1&quot; is not a GCP service-account key (JSON with type &quot;service_account&quot;, project_id, private_key and client_email).</source>
        <translation>자격 증명 &quot;%1&quot;은(는) GCP 서비스 계정 키(type &quot;service_account&quot;, project_id, private_key, client_email이 있는 JSON)가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>GcpSession</name>
    <message>
        <location filename="../providers/gcp/GcpSession.cpp" line="54"/>
        <source>The call was canceled.</source>
        <translation>호출이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>GcpStorage</name>
    <message>
        <location filename="../providers/gcp/GcpStorage.cpp" line="46"/>
        <source>A disk needs a size in GB.</source>
        <translation>디스크에는 GB 단위 크기가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/gcp/GcpStorage.cpp" line="95"/>
        <source>The disk &quot;%1&quot; is not attached to a VM.</source>
        <translation>디스크 &quot;%1&quot;이(가) VM에 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="216"/>
        <source>Use the workspace in DIR.</source>
        <translation>DIR의 워크스페이스를 사용합니다.</translation>
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
        <translation>워크스페이스를 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="268"/>
        <source>Dashboards</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="270"/>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../providers/common/HttpClient.cpp" line="66"/>
        <source>Refusing plain http to %1: use https, or confirm insecure http for this connection.</source>
        <translation>%1에 암호화되지 않은 http로 연결하지 않습니다: https를 쓰거나 이 연결에 안전하지 않은 http를 허용하세요.</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpClient.cpp" line="69"/>
        <source>The URL %1 is not http(s).</source>
        <translation>URL %1은(는) http(s)가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>HttpErrorMapper</name>
    <message>
        <location filename="../providers/common/HttpErrorMapper.cpp" line="145"/>
        <source>HTTP status %1</source>
        <translation>HTTP 상태 %1</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpErrorMapper.cpp" line="167"/>
        <source>The request was canceled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpErrorMapper.cpp" line="171"/>
        <source>No answer in time: %1</source>
        <translation>제시간에 응답이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <location filename="../providers/common/HttpResponse.cpp" line="25"/>
        <source>%1 at offset %2</source>
        <translation>오프셋 %2에서 %1</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpResponse.cpp" line="28"/>
        <source>the body is not a JSON object</source>
        <translation>본문이 JSON 객체가 아닙니다</translation>
    </message>
    <message>
        <location filename="../providers/common/HttpResponse.cpp" line="30"/>
        <source>The reply from %1 (HTTP %2) could not be read: %3.</source>
        <translation>%1의 응답(HTTP %2)을 읽을 수 없습니다: %3.</translation>
    </message>
</context>
<context>
    <name>InfraConnectionResolver</name>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="38"/>
        <source>Node group %1: the spec &quot;%2&quot; does not name a provider and region (provider+region+spec); give connectionName.</source>
        <translation>노드 그룹 %1: 사양 &quot;%2&quot;에 제공자와 리전이 없습니다(provider+region+spec 형식). connectionName을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="69"/>
        <source>Node group %1: the spec &quot;%2&quot; is for %3 %4, but connection &quot;%5&quot; is %6 %7.</source>
        <translation>노드 그룹 %1: 사양 &quot;%2&quot;은(는) %3 %4용이지만 연결 &quot;%5&quot;은(는) %6 %7용입니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="77"/>
        <source>Node group %1: connection &quot;%2&quot; does not exist.</source>
        <translation>노드 그룹 %1: 연결 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="95"/>
        <source>Node group %1: no connection for %2; add one with &apos;barista connection add&apos;.</source>
        <translation>노드 그룹 %1: %2용 연결이 없습니다. &apos;barista connection add&apos;로 추가하세요.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="102"/>
        <source>Node group %1: connection &quot;%2&quot; would be added for %3 %4, but a connection of that name already exists for %5 %6.</source>
        <translation>노드 그룹 %1: %3 %4용으로 연결 &quot;%2&quot;을(를) 추가해야 하지만, 같은 이름의 연결이 이미 %5 %6용으로 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="121"/>
        <source>Node group %1: there is no connection for %2 %3 yet; create will add &quot;%4&quot; with the driver and credential of &quot;%5&quot;.</source>
        <translation>노드 그룹 %1: 아직 %2 %3용 연결이 없습니다. 만들 때 &quot;%5&quot;의 드라이버와 자격 증명으로 &quot;%4&quot;을(를) 추가합니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="126"/>
        <source>Node group %1: connection &quot;%2&quot; cannot be added: %3</source>
        <translation>노드 그룹 %1: 연결 &quot;%2&quot;을(를) 추가할 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="141"/>
        <source>Node group %1: the simulated cloud has no %2 region &quot;%3&quot;.</source>
        <translation>노드 그룹 %1: 시뮬레이션 클라우드에 %2 리전 &quot;%3&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="150"/>
        <source>Node group %1: the simulated cloud has no zone &quot;%2&quot; in %3 %4.</source>
        <translation>노드 그룹 %1: 시뮬레이션 클라우드의 %3 %4에 영역 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="154"/>
        <source>Node group %1: region &quot;%2&quot; of the connection to add was not checked: no catalog is open.</source>
        <translation>노드 그룹 %1: 열린 카탈로그가 없어 추가할 연결의 리전 &quot;%2&quot;을(를) 확인하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraConnectionResolver.cpp" line="163"/>
        <source>Node group %1: the catalog knows no %2 region &quot;%3&quot;.</source>
        <translation>노드 그룹 %1: 카탈로그에 %2 리전 &quot;%3&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>InfraSpecReader</name>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="37"/>
        <source>The document is nested more than %1 levels deep at line %2.</source>
        <translation>%2행에서 문서의 중첩 깊이가 %1단계를 넘습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="44"/>
        <source>The document holds more than %1 values (aliases count each time they are used).</source>
        <translation>문서의 값이 %1개를 넘습니다(별칭은 사용할 때마다 따로 셉니다).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="68"/>
        <source>The mapping key at line %1 is not plain text.</source>
        <translation>%1행의 매핑 키가 일반 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="141"/>
        <source>Not valid YAML at line %1, column %2: %3</source>
        <translation>%1행 %2열: 올바른 YAML이 아닙니다: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="146"/>
        <source>Not valid YAML: %1</source>
        <translation>올바른 YAML이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="165"/>
        <location filename="../models/infra/InfraSpecReader.cpp" line="196"/>
        <source>The document is empty.</source>
        <translation>문서가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="179"/>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>%1행 %2열: 올바른 JSON이 아닙니다: %3</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="201"/>
        <source>The document must be a mapping of infra fields (name, nodeGroups, ...), got %1.</source>
        <translation>문서는 인프라 필드(name, nodeGroups, ...)의 매핑이어야 합니다(현재: %1).</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="222"/>
        <source>There is no file %1.</source>
        <translation>파일이 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="226"/>
        <source>%1 is a folder, not a spec file.</source>
        <translation>%1은(는) 명세 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="232"/>
        <location filename="../models/infra/InfraSpecReader.cpp" line="247"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecReader.cpp" line="239"/>
        <source>%1 is larger than %2 MiB; an infra spec cannot be that big.</source>
        <translation>%1의 크기가 %2MiB를 넘습니다. 인프라 명세는 이렇게 클 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecSyntax.cpp" line="181"/>
        <source>a list</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecSyntax.cpp" line="183"/>
        <source>a mapping</source>
        <translation>매핑</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecSyntax.cpp" line="187"/>
        <source>nothing</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="97"/>
        <source>unknown field; did you mean %1?</source>
        <translation>알 수 없는 필드입니다. %1을(를) 의도하셨나요?</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="109"/>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="144"/>
        <source>must be text, got %1</source>
        <translation>텍스트여야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="134"/>
        <source>must be a mapping of text keys to text values, got %1</source>
        <translation>텍스트 키와 텍스트 값의 매핑이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="156"/>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="280"/>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="292"/>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="385"/>
        <source>is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="159"/>
        <source>must start with a lowercase letter and use only lowercase letters, digits and hyphens, at most %1 characters; got %2</source>
        <translation>영문 소문자로 시작하고 영문 소문자, 숫자, 하이픈만 사용해 %1자 이내여야 합니다(현재: %2)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="183"/>
        <source>must be one of continue, refine or rollback, got %1</source>
        <translation>continue, refine, rollback 중 하나여야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="199"/>
        <source>is required: list at least one node group</source>
        <translation>필수 항목입니다. 노드 그룹을 하나 이상 나열하세요</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="205"/>
        <source>must be a list of node groups, got %1</source>
        <translation>노드 그룹 목록이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="211"/>
        <source>must list at least one node group</source>
        <translation>노드 그룹을 하나 이상 나열해야 합니다</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="221"/>
        <source>must be a mapping of node group fields, got %1</source>
        <translation>노드 그룹 필드의 매핑이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="229"/>
        <source>the name %1 is already used by %2</source>
        <translation>이름 %1은(는) 이미 %2에서 사용 중입니다</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="259"/>
        <source>the node groups add up to %1 nodes, more than the %2 allowed</source>
        <translation>노드 그룹의 노드를 합하면 %1개로, 허용되는 %2개보다 많습니다</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="283"/>
        <source>must be provider+region+spec (e.g. aws+ap-northeast-2+t3.nano) unless connectionName is given, got %1</source>
        <translation>connectionName이 없으면 provider+region+spec 형식이어야 합니다(예: aws+ap-northeast-2+t3.nano, 현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="297"/>
        <source>must be a whole number from 1 to %1, got %2</source>
        <translation>1에서 %1 사이의 정수여야 합니다(현재: %2)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="310"/>
        <source>must be a whole number of GB from 0 to %1 (0 = the image&apos;s default), got %2</source>
        <translation>0에서 %1 사이의 정수(GB)여야 합니다(0 = 이미지 기본값, 현재: %2)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="330"/>
        <source>must be a list of command phases, got %1</source>
        <translation>명령 단계 목록이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="358"/>
        <source>must be a mapping with a command list, got %1</source>
        <translation>명령 목록이 있는 매핑이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="372"/>
        <source>must be a non-empty command line, got %1</source>
        <translation>비어 있지 않은 명령줄이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="382"/>
        <source>must list at least one command</source>
        <translation>명령을 하나 이상 나열해야 합니다</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="388"/>
        <source>must be a list of command lines, got %1</source>
        <translation>명령줄 목록이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="399"/>
        <source>must be key=value pairs separated by commas (e.g. role=worker), got %1</source>
        <translation>쉼표로 구분한 key=value 쌍이어야 합니다(예: role=worker, 현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="405"/>
        <source>must be a whole number of minutes from 0 to %1 (0 = the default of 30), got %2</source>
        <translation>0에서 %1 사이의 정수(분)여야 합니다(0 = 기본값 30분, 현재: %2)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="423"/>
        <source>no node group is named %1</source>
        <translation>이름이 %1인 노드 그룹이 없습니다</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="437"/>
        <source>no node is named %1; nodes are named &lt;group&gt;-&lt;n&gt;, n from 1 to the group&apos;s size</source>
        <translation>이름이 %1인 노드가 없습니다. 노드 이름은 &lt;group&gt;-&lt;n&gt; 형식이며 n은 1부터 그룹 크기까지입니다</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="450"/>
        <source>must be a list of rules, got %1</source>
        <translation>규칙 목록이어야 합니다(현재: %1)</translation>
    </message>
    <message>
        <location filename="../models/infra/InfraSpecValidator.cpp" line="462"/>
        <source>must be protocol/port[-port][@cidr] (e.g. tcp/80, udp/5000-5100@10.0.0.0/8) or icmp[@cidr], got %1</source>
        <translation>protocol/port[-port][@cidr](예: tcp/80, udp/5000-5100@10.0.0.0/8) 또는 icmp[@cidr] 형식이어야 합니다(현재: %1)</translation>
    </message>
</context>
<context>
    <name>InfraTreeModel</name>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="57"/>
        <source>$%1/h</source>
        <translation>$%1/시간</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="61"/>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/InfraTreeItem.cpp" line="62"/>
        <source>%1 + %n unknown</source>
        <translation>
            <numerusform>%1 + 알 수 없음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="80"/>
        <source>%1 on %2 (%3), spec %4, image %5</source>
        <translation>%2(%3)의 %1, 사양 %4, 이미지 %5</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="83"/>
        <source>Public IP %1, private IP %2</source>
        <translation>공인 IP %1, 사설 IP %2</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="84"/>
        <location filename="../models/items/InfraTreeItem.cpp" line="85"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="87"/>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/InfraTreeItem.cpp" line="90"/>
        <source>Node group %1: %n node(s) on %2</source>
        <translation>
            <numerusform>노드 그룹 %1: %2에 노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/InfraTreeItem.cpp" line="104"/>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/InfraTreeItem.cpp" line="108"/>
        <source>… and %n more failed node(s)</source>
        <translation>
            <numerusform>… 외 실패한 노드 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ipv4Cidr</name>
    <message>
        <location filename="../models/infra/Ipv4Cidr.cpp" line="66"/>
        <source>&quot;%1&quot; is not in CIDR notation (an IPv4 address, &apos;/&apos; and a prefix length, e.g. 10.0.0.0/16).</source>
        <translation>&quot;%1&quot;은(는) CIDR 표기가 아닙니다(IPv4 주소, &apos;/&apos;, 접두사 길이 순, 예: 10.0.0.0/16).</translation>
    </message>
    <message>
        <location filename="../models/infra/Ipv4Cidr.cpp" line="75"/>
        <source>&quot;%1&quot;: &quot;%2&quot; is not an IPv4 address.</source>
        <translation>&quot;%1&quot;: &quot;%2&quot;은(는) IPv4 주소가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/Ipv4Cidr.cpp" line="82"/>
        <source>&quot;%1&quot;: the prefix length must be a number from 0 to 32.</source>
        <translation>&quot;%1&quot;: 접두사 길이는 0에서 32 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location filename="../models/infra/Ipv4Cidr.cpp" line="89"/>
        <source>&quot;%1&quot; has host bits set; the network of that block is %2.</source>
        <translation>&quot;%1&quot;에 호스트 비트가 설정되어 있습니다. 이 블록의 네트워크 주소는 %2입니다.</translation>
    </message>
</context>
<context>
    <name>KeystoneAuth</name>
    <message>
        <location filename="../providers/openstack/KeystoneAuth.cpp" line="128"/>
        <source>Keystone answered without a token or its expiry time.</source>
        <translation>Keystone이 토큰이나 만료 시각 없이 응답했습니다.</translation>
    </message>
</context>
<context>
    <name>LandShapes</name>
    <message>
        <location filename="../models/geo/LandShapes.cpp" line="31"/>
        <source>Not a land outline file.</source>
        <translation>육지 윤곽 파일이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/geo/LandShapes.cpp" line="33"/>
        <source>Unsupported land outline file version.</source>
        <translation>지원하지 않는 육지 윤곽 파일 버전입니다.</translation>
    </message>
    <message>
        <location filename="../models/geo/LandShapes.cpp" line="39"/>
        <source>The land outline file is truncated.</source>
        <translation>육지 윤곽 파일이 잘려 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/geo/LandShapes.cpp" line="51"/>
        <location filename="../models/geo/LandShapes.cpp" line="57"/>
        <location filename="../models/geo/LandShapes.cpp" line="70"/>
        <source>The land outline file is inconsistent.</source>
        <translation>육지 윤곽 파일의 내용이 일관되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>LatencyMatrix</name>
    <message>
        <location filename="../models/catalog/LatencyMatrix.cpp" line="49"/>
        <source>Unsupported latency matrix schema version.</source>
        <translation>지원하지 않는 지연 시간 행렬 스키마 버전입니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/LatencyMatrix.cpp" line="55"/>
        <location filename="../models/catalog/LatencyMatrix.cpp" line="64"/>
        <source>The latency matrix is not square.</source>
        <translation>지연 시간 행렬이 정사각 행렬이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/LatencyMatrix.cpp" line="73"/>
        <source>The latency matrix has no distance estimate.</source>
        <translation>지연 시간 행렬에 거리 기반 추정값이 없습니다.</translation>
    </message>
</context>
<context>
    <name>LibsshRemoteShell</name>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="125"/>
        <source>%1 did not finish within %2 ms.</source>
        <translation>%1이(가) %2ms 안에 끝나지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="151"/>
        <source>The SSH library could not create a session.</source>
        <translation>SSH 라이브러리가 세션을 만들지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="181"/>
        <source>Could not connect to %1: %2</source>
        <translation>%1에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="203"/>
        <source>Could not store the host key of %1 in %2: %3</source>
        <translation>%1의 호스트 키를 %2에 저장할 수 없습니다: %3</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="209"/>
        <source>The host key of %1 differs from the one stored in %2: it now offers %3. The connection was refused. If the node was rebuilt, remove its line from that file.</source>
        <translation>%1의 호스트 키가 %2에 저장된 키와 다릅니다(현재 제시한 키: %3). 연결을 거부했습니다. 노드를 다시 만들었다면 해당 파일에서 이 노드의 줄을 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="219"/>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation>%1의 호스트 키를 %2와(과) 대조하지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="232"/>
        <source>The private key for %1 could not be read (it is damaged, of an unsupported type or protected by a passphrase).</source>
        <translation>%1의 개인 키를 읽을 수 없습니다(손상되었거나, 지원하지 않는 유형이거나, 암호 문구로 보호되어 있음).</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="246"/>
        <source>%1 refused the key for user %2: %3</source>
        <translation>%1에서 사용자 %2의 키를 거부했습니다: %3</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="257"/>
        <source>Authentication with %1 failed: %2</source>
        <translation>%1 인증에 실패했습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="274"/>
        <source>Could not start the command on %1: %2</source>
        <translation>%1에서 명령을 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="323"/>
        <source>[Output truncated: only the first %1 bytes were kept.]</source>
        <translation>[출력이 잘렸습니다. 처음 %1바이트만 보관했습니다.]</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="339"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>%1과(와)의 연결이 끊어졌습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/ssh/LibsshRemoteShell.cpp" line="399"/>
        <source>An unexpected error stopped the remote command.</source>
        <translation>예기치 않은 오류로 원격 명령이 중지되었습니다.</translation>
    </message>
</context>
<context>
    <name>NetworkRules</name>
    <message>
        <location filename="../models/infra/NetworkRules.cpp" line="169"/>
        <location filename="../models/infra/NetworkRules.cpp" line="192"/>
        <source>The network rules are not valid YAML: %1</source>
        <translation>네트워크 규칙이 올바른 YAML이 아닙니다: %1</translation>
    </message>
    <message>
        <location filename="../models/infra/NetworkRules.cpp" line="176"/>
        <source>The network rules have no &quot;network&quot; section.</source>
        <translation>네트워크 규칙에 &quot;network&quot; 섹션이 없습니다.</translation>
    </message>
</context>
<context>
    <name>OpenSslSshKeyFactory</name>
    <message>
        <location filename="../providers/ssh/OpenSslSshKeyFactory.cpp" line="71"/>
        <source>The cryptographic library could not generate an Ed25519 key.</source>
        <translation>암호화 라이브러리가 Ed25519 키를 생성하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/OpenSslSshKeyFactory.cpp" line="78"/>
        <location filename="../providers/ssh/OpenSslSshKeyFactory.cpp" line="84"/>
        <source>The new SSH key could not be written out.</source>
        <translation>새 SSH 키를 기록하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../providers/ssh/OpenSslSshKeyFactory.cpp" line="94"/>
        <source>The new SSH key&apos;s fingerprint could not be computed.</source>
        <translation>새 SSH 키의 지문을 계산하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>OpenStackCatalogOps</name>
    <message>
        <location filename="../providers/openstack/OpenStackCatalogOps.cpp" line="23"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>리전 %3에 %1 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>OpenStackCompute</name>
    <message>
        <location filename="../providers/openstack/OpenStackCompute.cpp" line="47"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>리전 %3에 %1 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCompute.cpp" line="142"/>
        <source>A VM needs a VPC (network) to attach to.</source>
        <translation>VM에는 연결할 VPC(네트워크)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCompute.cpp" line="167"/>
        <source>A VM needs an image and a spec (flavor).</source>
        <translation>VM에는 이미지와 사양(flavor)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCompute.cpp" line="285"/>
        <source>An OpenStack key pair needs the public key to import.</source>
        <translation>OpenStack 키 페어에는 가져올 공개 키가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>OpenStackCredentialSource</name>
    <message>
        <location filename="../providers/openstack/OpenStackCredentialSource.cpp" line="37"/>
        <source>The credential &quot;%1&quot; is not an OpenStack credential (JSON with auth_url, username, password, ...).</source>
        <translation>자격 증명 &quot;%1&quot;은(는) OpenStack 자격 증명(auth_url, username, password 등이 있는 JSON)이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>OpenStackCredentials</name>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="32"/>
        <source>The credential has no Keystone URL (auth_url).</source>
        <translation>자격 증명에 Keystone URL(auth_url)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="34"/>
        <source>The credential has no user name.</source>
        <translation>자격 증명에 사용자 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="36"/>
        <source>The credential has no password.</source>
        <translation>자격 증명에 암호가 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="38"/>
        <source>The credential names a user but not the user&apos;s domain (user_domain_name).</source>
        <translation>자격 증명에 사용자는 있지만 사용자의 도메인(user_domain_name)이 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="41"/>
        <source>The credential has no scope: set project_name or project_id (or a domain).</source>
        <translation>자격 증명에 범위가 없습니다: project_name 또는 project_id(또는 도메인)를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackCredentials.cpp" line="44"/>
        <source>The credential names a project but not the project&apos;s domain (project_domain_name).</source>
        <translation>자격 증명에 프로젝트는 있지만 프로젝트의 도메인(project_domain_name)이 없습니다.</translation>
    </message>
</context>
<context>
    <name>OpenStackDispatch</name>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="53"/>
        <source>This OpenStack cloud has no load-balancer service (Octavia).</source>
        <translation>이 OpenStack 클라우드에는 로드 밸런서 서비스(Octavia)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="65"/>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="86"/>
        <source>This OpenStack cloud has no Kubernetes service (Magnum).</source>
        <translation>이 OpenStack 클라우드에는 Kubernetes 서비스(Magnum)가 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="88"/>
        <source>OpenStack has no price list API.</source>
        <translation>OpenStack에는 가격표 API가 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="90"/>
        <source>OpenStack does not support this operation on %1.</source>
        <translation>OpenStack은 %1에 대한 이 작업을 지원하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="167"/>
        <source>A resource to create needs a name.</source>
        <translation>만들 리소스에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackDispatch.cpp" line="234"/>
        <source>Unknown function &quot;%1&quot;; OpenStack offers: %2.</source>
        <translation>알 수 없는 함수 &quot;%1&quot;입니다. OpenStack이 제공하는 함수: %2.</translation>
    </message>
</context>
<context>
    <name>OpenStackKubernetes</name>
    <message>
        <location filename="../providers/openstack/OpenStackKubernetes.cpp" line="149"/>
        <source>This OpenStack cloud has no Kubernetes cluster template in region %1; Magnum needs one to make a cluster.</source>
        <translation>이 OpenStack 클라우드의 리전 %1에는 Kubernetes 클러스터 템플릿이 없습니다. Magnum은 클러스터를 만들려면 템플릿이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackKubernetes.cpp" line="153"/>
        <source>No Kubernetes cluster template has version %1. The templates are: %2.</source>
        <translation>버전이 %1인 Kubernetes 클러스터 템플릿이 없습니다. 템플릿: %2.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackKubernetes.cpp" line="156"/>
        <source>Several Kubernetes cluster templates fit: %1. Name one in the cluster&apos;s clusterTemplate setting.</source>
        <translation>맞는 Kubernetes 클러스터 템플릿이 여럿입니다: %1. 클러스터의 clusterTemplate 설정에서 하나를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackKubernetes.cpp" line="207"/>
        <source>Magnum accepted the cluster but answered no uuid.</source>
        <translation>Magnum이 클러스터를 받아들였지만 uuid를 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>OpenStackLoadBalancing</name>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="56"/>
        <source>No load balancer &quot;%1&quot; in region %2.</source>
        <translation>리전 %2에 로드 밸런서 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="194"/>
        <source>A load balancer needs a VPC (network).</source>
        <translation>로드 밸런서에는 VPC(네트워크)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="196"/>
        <source>Ports must be between 1 and 65535.</source>
        <translation>포트는 1에서 65535 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="198"/>
        <source>A load balancer needs at least one VM.</source>
        <translation>로드 밸런서에는 VM이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="214"/>
        <source>No network &quot;%1&quot; in region %2.</source>
        <translation>리전 %2에 네트워크 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="241"/>
        <source>VM &quot;%1&quot; has no IPv4 address in VPC &quot;%2&quot;.</source>
        <translation>VM &quot;%1&quot;에 VPC &quot;%2&quot;의 IPv4 주소가 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="260"/>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="281"/>
        <source>Load balancer %1 went to provisioning status %2.</source>
        <translation>로드 밸런서 %1의 프로비저닝 상태가 %2이(가) 되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="267"/>
        <source>Load balancer %1 did not become ACTIVE in time.</source>
        <translation>로드 밸런서 %1이(가) 제시간에 ACTIVE가 되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="288"/>
        <source>Load balancer %1 was not deleted in time.</source>
        <translation>로드 밸런서 %1이(가) 제시간에 삭제되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackLoadBalancing.cpp" line="315"/>
        <source>The type must be PUBLIC or INTERNAL, not &quot;%1&quot;.</source>
        <translation>유형은 &quot;%1&quot;이(가) 아니라 PUBLIC 또는 INTERNAL이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>OpenStackNetwork</name>
    <message>
        <location filename="../providers/openstack/OpenStackNetwork.cpp" line="34"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>리전 %3에 %1 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>OpenStackProvider</name>
    <message>
        <location filename="../providers/openstack/OpenStackProvider.cpp" line="75"/>
        <source>The provider is &quot;%1&quot;, not openstack.</source>
        <translation>제공자가 openstack이 아니라 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackProvider.cpp" line="78"/>
        <source>An OpenStack connection needs a region (e.g. RegionOne).</source>
        <translation>OpenStack 연결에는 리전(예: RegionOne)이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackProvider.cpp" line="80"/>
        <source>An OpenStack connection needs a credential: a secret store key, or &quot;%1&quot; for the OS_* variables.</source>
        <translation>OpenStack 연결에는 자격 증명이 필요합니다: 비밀 저장소 키, 또는 OS_* 변수를 쓰려면 &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>OpenStackSession</name>
    <message>
        <location filename="../providers/openstack/OpenStackSession.cpp" line="31"/>
        <source>The request was canceled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackSession.cpp" line="67"/>
        <source>The cloud&apos;s service catalog has no %1 endpoint for region %2 and interface %3.</source>
        <translation>클라우드의 서비스 카탈로그에 리전 %2, 인터페이스 %3의 %1 엔드포인트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>OpenStackStorage</name>
    <message>
        <location filename="../providers/openstack/OpenStackStorage.cpp" line="29"/>
        <source>No %1 &quot;%2&quot; in region %3.</source>
        <translation>리전 %3에 %1 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackStorage.cpp" line="95"/>
        <source>Volume %1 went to status %2.</source>
        <translation>볼륨 %1이(가) %2 상태가 되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackStorage.cpp" line="98"/>
        <source>Volume %1 is still %2.</source>
        <translation>볼륨 %1이(가) 아직 %2 상태입니다.</translation>
    </message>
    <message>
        <location filename="../providers/openstack/OpenStackStorage.cpp" line="188"/>
        <source>Volume %1 is not attached.</source>
        <translation>볼륨 %1이(가) 연결되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>OpenrcReader</name>
    <message>
        <location filename="../models/credentials/OpenrcReader.cpp" line="73"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/credentials/OpenrcReader.cpp" line="88"/>
        <source>%1 line %2: the value of %3 has an unclosed quote.</source>
        <translation>%1 %2번째 줄: %3 값의 따옴표가 닫히지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../models/credentials/OpenrcReader.cpp" line="96"/>
        <source>%1 line %2: the value of %3 is computed by the shell; this file is read, never run. Write the value out.</source>
        <translation>%1 %2번째 줄: %3 값은 셸이 계산합니다. 이 파일은 읽기만 하고 실행하지 않으므로 값을 직접 적어 주십시오.</translation>
    </message>
    <message>
        <location filename="../models/credentials/OpenrcReader.cpp" line="104"/>
        <source>%1 sets no OS_ variable: it is not an openrc file.</source>
        <translation>%1은(는) OS_ 변수를 설정하지 않습니다. openrc 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>PagedListing</name>
    <message>
        <location filename="../models/workspace/PagedListing.cpp" line="61"/>
        <source>The provider canceled the listing.</source>
        <translation>제공자가 목록 조회를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <location filename="../models/jobs/ProviderRegistry.cpp" line="28"/>
        <source>No connection named &apos;%1&apos;.</source>
        <translation>이름이 &apos;%1&apos;인 연결이 없습니다.</translation>
    </message>
</context>
<context>
    <name>QueryParser</name>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="13"/>
        <source>column %1: %2</source>
        <translation>위치 %1: %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="114"/>
        <source>The quote is not closed.</source>
        <translation>따옴표가 닫히지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="168"/>
        <source>A comparison needs a field name before it, as in vcpu&gt;=8.</source>
        <translation>비교 연산자 앞에는 vcpu&gt;=8처럼 필드 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="179"/>
        <source>Unknown field &quot;%1&quot; (put text that contains &quot;%2&quot; in quotes).</source>
        <translation>알 수 없는 필드 &quot;%1&quot;입니다(&quot;%2&quot;이(가) 들어간 텍스트는 따옴표로 묶으세요).</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="183"/>
        <source>&quot;%1%2&quot; needs a value.</source>
        <translation>&quot;%1%2&quot; 뒤에 값이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="188"/>
        <source>&quot;!=&quot; is not supported; use a range or a list.</source>
        <translation>&quot;!=&quot;는 지원하지 않습니다. 범위나 목록을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="213"/>
        <source>Use within:KM, for example within:800.</source>
        <translation>within:KM 형식으로 쓰세요(예: within:800).</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="218"/>
        <source>within: needs a distance in kilometres greater than 0.</source>
        <translation>within:에는 0보다 큰 거리(km)가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="227"/>
        <source>&quot;%1&quot; takes &quot;:&quot;, not &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; 뒤에는 &quot;%2&quot; 대신 &quot;:&quot;를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="251"/>
        <source>limit: needs a whole number from 1 to 100000.</source>
        <translation>limit:에는 1에서 100000 사이의 정수가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="260"/>
        <source>currency: needs a three-letter code such as USD or KRW.</source>
        <translation>currency:에는 USD나 KRW 같은 세 글자 통화 코드가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="301"/>
        <location filename="../models/catalog/QueryParser.cpp" line="305"/>
        <location filename="../models/catalog/QueryParser.cpp" line="324"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="309"/>
        <source>The range %1 is empty.</source>
        <translation>범위 %1에 해당하는 값이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="345"/>
        <source>The list has an empty item.</source>
        <translation>목록에 빈 항목이 있습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="356"/>
        <source>near: is given twice.</source>
        <translation>near:가 두 번 지정되었습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="364"/>
        <source>near: needs a latitude from -90 to 90 and a longitude from -180 to 180.</source>
        <translation>near:에는 -90~90 사이의 위도와 -180~180 사이의 경도가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="374"/>
        <source>sort: is given twice; list the keys in one sort:, separated by commas.</source>
        <translation>sort:가 두 번 지정되었습니다. 정렬 키는 sort: 하나에 쉼표로 구분해 나열하세요.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="387"/>
        <source>Unknown sort key &quot;%1&quot;.</source>
        <translation>알 수 없는 정렬 키 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="408"/>
        <source>in: takes regions, specs, images or all.</source>
        <translation>in:에는 regions, specs, images, all 중 하나를 지정하세요.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="416"/>
        <source>A query cannot filter specs and images at once.</source>
        <translation>한 쿼리에서 사양과 이미지를 동시에 필터링할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="418"/>
        <source>This filter applies to specs only.</source>
        <translation>이 필터는 사양에만 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="420"/>
        <source>This filter applies to images only.</source>
        <translation>이 필터는 이미지에만 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/QueryParser.cpp" line="422"/>
        <source>Regions have no architecture.</source>
        <translation>리전에는 아키텍처가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="86"/>
        <source>The catalog is not open.</source>
        <translation>카탈로그가 열려 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="101"/>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>알 수 없는 제공자 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="108"/>
        <source>No region matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;에 해당하는 리전이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="138"/>
        <source>The location priority needs a place or coordinates.</source>
        <translation>위치를 우선하려면 장소나 좌표가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="139"/>
        <source>Unknown place &quot;%1&quot;.</source>
        <translation>알 수 없는 장소 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="164"/>
        <source>Several providers have a region &quot;%1&quot;; write it as provider/region.</source>
        <translation>여러 제공자에 &quot;%1&quot; 리전이 있습니다. provider/region 형식으로 쓰세요.</translation>
    </message>
    <message>
        <location filename="../models/catalog/Recommender.cpp" line="171"/>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>알 수 없는 리전 &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RegionCatalog</name>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="50"/>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>오프셋 %1에 잘못된 JSON이 있습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="54"/>
        <source>The region catalog is not a JSON object.</source>
        <translation>리전 카탈로그가 JSON 객체가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="60"/>
        <source>Unsupported region catalog schema version %1.</source>
        <translation>지원하지 않는 리전 카탈로그 스키마 버전입니다: %1.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="63"/>
        <source>The region catalog has no &quot;entries&quot; array.</source>
        <translation>리전 카탈로그에 &quot;entries&quot; 배열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="71"/>
        <source>A cloud entry has no &quot;id&quot;.</source>
        <translation>클라우드 항목 중 하나에 &quot;id&quot;가 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="74"/>
        <source>The cloud entry &quot;%1&quot; appears twice.</source>
        <translation>클라우드 항목 &quot;%1&quot;이(가) 중복되었습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="78"/>
        <source>The cloud entry &quot;%1&quot; has no &quot;regions&quot; array.</source>
        <translation>클라우드 항목 &quot;%1&quot;에 &quot;regions&quot; 배열이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/catalog/RegionCatalog.cpp" line="88"/>
        <source>A region of &quot;%1&quot; has no &quot;name&quot;.</source>
        <translation>&quot;%1&quot;의 리전 중 하나에 &quot;name&quot;이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <location filename="../models/domain/Resource.cpp" line="87"/>
        <source>The resource has no &quot;kind&quot; field.</source>
        <translation>리소스에 &quot;kind&quot; 필드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/domain/Resource.cpp" line="93"/>
        <source>Unknown resource kind &quot;%1&quot;.</source>
        <translation>알 수 없는 리소스 종류 &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="12"/>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="14"/>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="16"/>
        <source>Security group</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="18"/>
        <source>Key pair</source>
        <translation>키 페어</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="20"/>
        <source>VM</source>
        <translation>가상 머신</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="22"/>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="24"/>
        <source>My image</source>
        <translation>내 이미지</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="26"/>
        <source>Network load balancer</source>
        <translation>네트워크 로드 밸런서</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="28"/>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes 클러스터</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="30"/>
        <source>VM spec</source>
        <translation>VM 사양</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="32"/>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="34"/>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="43"/>
        <source>regions</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="45"/>
        <source>VPCs</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="47"/>
        <source>security groups</source>
        <translation>보안 그룹</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="49"/>
        <source>key pairs</source>
        <translation>키 페어</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="51"/>
        <source>VMs</source>
        <translation>가상 머신</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="53"/>
        <source>disks</source>
        <translation>디스크</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="55"/>
        <source>my images</source>
        <translation>내 이미지</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="57"/>
        <source>network load balancers</source>
        <translation>네트워크 로드 밸런서</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="59"/>
        <source>Kubernetes clusters</source>
        <translation>Kubernetes 클러스터</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="61"/>
        <source>VM specs</source>
        <translation>VM 사양</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="63"/>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="65"/>
        <source>prices</source>
        <translation>가격</translation>
    </message>
</context>
<context>
    <name>ResourceRequestBuilder</name>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="30"/>
        <source>--body: cannot read %1: %2</source>
        <translation>--body: %1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="38"/>
        <source>--body: invalid JSON at offset %1: %2</source>
        <translation>--body: 오프셋 %1에 잘못된 JSON이 있습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="42"/>
        <source>--body: expected a JSON object</source>
        <translation>--body: JSON 객체여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="55"/>
        <source>--public-key: cannot read %1: %2</source>
        <translation>--public-key: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="60"/>
        <source>--public-key: %1 is a private key; give its public half (the .pub file)</source>
        <translation>--public-key: %1은(는) 개인 키입니다. 공개 키(.pub 파일)를 지정하세요</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="75"/>
        <source>--public-key: %1 is not an OpenSSH public key (expected e.g. &apos;ssh-ed25519 AAAA...&apos;)</source>
        <translation>--public-key: %1은(는) OpenSSH 공개 키가 아닙니다(예: &apos;ssh-ed25519 AAAA...&apos;)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="81"/>
        <source>--public-key: %1 must hold exactly one public key (it holds %2)</source>
        <translation>--public-key: %1에는 공개 키가 정확히 하나 있어야 합니다(현재 %2개)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="93"/>
        <source>--subnet &apos;%1&apos;: expected NAME=CIDR or NAME=CIDR@ZONE</source>
        <translation>--subnet &apos;%1&apos;: NAME=CIDR 또는 NAME=CIDR@ZONE 형식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="112"/>
        <source>--rule &apos;%1&apos;: expected DIRECTION,PROTOCOL,PORT[-PORT],CIDR (e.g. inbound,tcp,22,0.0.0.0/0)</source>
        <translation>--rule &apos;%1&apos;: DIRECTION,PROTOCOL,PORT[-PORT],CIDR 형식이어야 합니다(예: inbound,tcp,22,0.0.0.0/0)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="140"/>
        <source>Name of the new resource.</source>
        <translation>새 리소스의 이름.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="141"/>
        <source>The kind&apos;s fields as a JSON object, inline or @FILE.</source>
        <translation>리소스 종류별 필드를 담은 JSON 객체(직접 입력 또는 @FILE).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="142"/>
        <source>VPC: IPv4 CIDR block.</source>
        <translation>VPC: IPv4 CIDR 블록.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="143"/>
        <source>VPC: a subnet NAME=CIDR[@ZONE] (repeatable). VM: the subnet&apos;s name.</source>
        <translation>VPC: 서브넷 NAME=CIDR[@ZONE](여러 번 지정 가능). VM: 서브넷 이름.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="145"/>
        <source>Security group, VM, NLB: the VPC&apos;s name.</source>
        <translation>보안 그룹, VM, NLB: VPC 이름.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="146"/>
        <source>Security group: DIRECTION,PROTOCOL,PORT[-PORT],CIDR (repeatable; default: SSH from anywhere).</source>
        <translation>보안 그룹: DIRECTION,PROTOCOL,PORT[-PORT],CIDR(여러 번 지정 가능, 기본값: 모든 곳에서 SSH 허용).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="149"/>
        <source>VM: a security group&apos;s name (repeatable).</source>
        <translation>VM: 보안 그룹 이름(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="150"/>
        <source>VM: the key pair&apos;s name.</source>
        <translation>VM: 키 페어 이름.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="152"/>
        <source>Key pair: import this OpenSSH public key file (e.g. ~/.ssh/id_ed25519.pub) instead of letting the cloud make one.</source>
        <translation>키 페어: 클라우드가 키를 만드는 대신 이 OpenSSH 공개 키 파일(예: ~/.ssh/id_ed25519.pub)을 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="155"/>
        <source>VM: the provider&apos;s spec name, e.g. t3.small.</source>
        <translation>VM: 제공자의 사양 이름(예: t3.small).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="156"/>
        <source>VM: the image name or id.</source>
        <translation>VM: 이미지 이름 또는 ID.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="157"/>
        <source>VM, disk: the zone.</source>
        <translation>VM, 디스크: 영역.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="158"/>
        <source>VM: root disk GB. Disk: size in GB.</source>
        <translation>VM: 루트 디스크 크기(GB). 디스크: 크기(GB).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="159"/>
        <source>VM: root disk type. Disk: disk type.</source>
        <translation>VM: 루트 디스크 유형. 디스크: 디스크 유형.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="160"/>
        <source>My image: the VM to make it from. NLB: a VM to balance over (repeatable).</source>
        <translation>내 이미지: 원본 VM. NLB: 부하를 나눌 VM(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="162"/>
        <source>NLB: the TCP port it listens on and forwards to (default 80).</source>
        <translation>NLB: 수신하고 전달할 TCP 포트(기본값 80).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="164"/>
        <source>A tag KEY=VALUE on the new resource (repeatable), e.g. barista-infra=web.</source>
        <translation>새 리소스에 붙일 태그 KEY=VALUE(여러 번 지정 가능), 예: barista-infra=web.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="177"/>
        <source>--public-key is for --kind keypair only</source>
        <translation>--public-key는 --kind keypair에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="181"/>
        <source>--vm is for --kind myimage and nlb only</source>
        <translation>--vm은 --kind myimage와 nlb에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="185"/>
        <source>--port is for --kind nlb only</source>
        <translation>--port는 --kind nlb에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="194"/>
        <source>--disk-size &apos;%1&apos;: expected a size in GB between 1 and 65536</source>
        <translation>--disk-size &apos;%1&apos;: 1에서 65536 사이의 크기(GB)여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="255"/>
        <source>--vm: a my image is made from one VM (%1 given)</source>
        <translation>--vm: 내 이미지는 VM 하나에서 만듭니다(%1개 지정됨)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="261"/>
        <source>--vm is required: the VM to make the image from</source>
        <translation>--vm이 필요합니다: 이미지를 만들 VM</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="273"/>
        <source>--port &apos;%1&apos;: expected a TCP port between 1 and 65535</source>
        <translation>--port &apos;%1&apos;: 1에서 65535 사이의 TCP 포트여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="280"/>
        <source>--vpc is required: the VPC of the load balancer and its VMs</source>
        <translation>--vpc가 필요합니다: 로드 밸런서와 그 VM들의 VPC</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="289"/>
        <source>--tag &apos;%1&apos;: expected KEY=VALUE</source>
        <translation>--tag &apos;%1&apos;: KEY=VALUE 형식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="293"/>
        <source>--tag: barista-token is set by Barista itself (it ties the resource to the journal)</source>
        <translation>--tag: barista-token은 Barista가 직접 붙입니다(리소스를 저널과 연결하는 태그입니다)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="315"/>
        <source>--tag: this kind of resource has no tags</source>
        <translation>--tag: 이 종류의 리소스에는 태그가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="319"/>
        <source>--name is required</source>
        <translation>--name 옵션이 필요합니다</translation>
    </message>
</context>
<context>
    <name>ResourceStatus</name>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="90"/>
        <source>Creating</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="90"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="91"/>
        <source>Suspending</source>
        <translation>일시 중지 중</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="91"/>
        <source>Suspended</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="92"/>
        <source>Resuming</source>
        <translation>재개 중</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="92"/>
        <source>Rebooting</source>
        <translation>재부팅 중</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="93"/>
        <source>Terminating</source>
        <translation>종료 중</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="93"/>
        <source>Terminated</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="94"/>
        <source>NotExist</source>
        <translation>존재하지 않음</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="94"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="95"/>
        <source>Available</source>
        <translation>사용 가능</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="95"/>
        <source>Attached</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="96"/>
        <source>Deleting</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="96"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="97"/>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="97"/>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="98"/>
        <source>Updating</source>
        <translation>업데이트 중</translation>
    </message>
    <message>
        <location filename="../models/domain/ResourceKindLabel.cpp" line="98"/>
        <source>Unavailable</source>
        <translation>사용할 수 없음</translation>
    </message>
</context>
<context>
    <name>SecretStoreChooser</name>
    <message>
        <location filename="../app/SecretStoreChooser.cpp" line="18"/>
        <source>No keychain is available and BARISTA_VAULT_PASSPHRASE is not set, so private keys cannot be kept: set it to use the encrypted vault.</source>
        <translation>사용할 수 있는 키체인이 없고 BARISTA_VAULT_PASSPHRASE도 설정되지 않아 개인 키를 보관할 수 없습니다. 암호화된 볼트를 사용하려면 이 변수를 설정하세요.</translation>
    </message>
</context>
<context>
    <name>VaultSecretStore</name>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="46"/>
        <source>The vault could not be encrypted or decrypted (%1).</source>
        <translation>볼트를 암호화하거나 복호화하지 못했습니다(%1).</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="94"/>
        <source>The vault&apos;s contents are malformed.</source>
        <translation>볼트 내용의 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="162"/>
        <source>The file is not a Barista Console vault.</source>
        <translation>이 파일은 Barista Console 볼트가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="164"/>
        <location filename="../providers/secrets/VaultFormat.cpp" line="185"/>
        <source>The vault file is truncated.</source>
        <translation>볼트 파일이 잘려 있습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="168"/>
        <source>The vault has format version %1; this version of Barista Console reads version %2.</source>
        <translation>볼트의 형식 버전은 %1이지만, 이 버전의 Barista Console은 버전 %2을(를) 읽습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="173"/>
        <source>The vault uses an unknown key derivation.</source>
        <translation>볼트가 알 수 없는 키 유도 방식을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="179"/>
        <location filename="../providers/secrets/VaultFormat.cpp" line="208"/>
        <source>The vault header is damaged.</source>
        <translation>볼트 헤더가 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="187"/>
        <source>The vault file has unexpected data at its end.</source>
        <translation>볼트 파일 끝에 예상하지 못한 데이터가 있습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="195"/>
        <source>The key derivation parameters are out of range.</source>
        <translation>키 유도 매개변수가 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="253"/>
        <source>The vault file is damaged or was modified.</source>
        <translation>볼트 파일이 손상되었거나 변경되었습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="266"/>
        <source>The vault would exceed %1 MiB.</source>
        <translation>볼트 크기가 %1MiB를 넘게 됩니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultFormat.cpp" line="324"/>
        <source>The passphrase does not open this vault (or its header was modified).</source>
        <translation>이 암호 문구로는 볼트를 열 수 없습니다(또는 볼트 헤더가 변경되었습니다).</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="26"/>
        <source>Cannot access the vault %1: %2</source>
        <translation>볼트 %1에 접근할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="32"/>
        <source>No secret named %1.</source>
        <translation>이름이 %1인 비밀이 없습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="39"/>
        <source>The vault passphrase is empty.</source>
        <translation>볼트 암호 문구가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="42"/>
        <source>A secret needs a name.</source>
        <translation>비밀에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="95"/>
        <source>Another program is writing the vault %1.</source>
        <translation>다른 프로그램이 볼트 %1에 쓰는 중입니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="139"/>
        <source>The vault file is larger than a vault can be.</source>
        <translation>볼트 파일이 볼트의 최대 크기보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="182"/>
        <source>cannot restrict the file&apos;s permissions</source>
        <translation>파일 권한을 제한할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../providers/secrets/VaultSecretStore.cpp" line="242"/>
        <source>There is no vault at %1.</source>
        <translation>%1에 볼트가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../models/workspace/Workspace.cpp" line="67"/>
        <source>Cannot create the workspace folder %1.</source>
        <translation>워크스페이스 폴더를 만들 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Workspace.cpp" line="75"/>
        <source>Cannot lock the session file in %1.</source>
        <translation>%1의 세션 파일을 잠글 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/Workspace.cpp" line="82"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 파일을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../models/workspace/Workspace.cpp" line="145"/>
        <source>The workspace %1 was written by a newer Barista Console (schema %2; this one knows %3).</source>
        <translation>워크스페이스 %1은(는) 더 최신 버전의 Barista Console에서 작성되었습니다(스키마 %2, 이 버전은 %3까지 지원).</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="34"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="36"/>
        <source>Starting</source>
        <translation>시작 중</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="38"/>
        <source>Stopping</source>
        <translation>중지 중</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="40"/>
        <source>Suspended</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="42"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="44"/>
        <source>Terminated</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="74"/>
        <location filename="../ui/map/MapLegend.cpp" line="114"/>
        <source>Providers</source>
        <translation>제공자</translation>
    </message>
    <message>
        <location filename="../ui/map/MapLegend.cpp" line="77"/>
        <location filename="../ui/map/MapLegend.cpp" line="116"/>
        <source>Nodes</source>
        <translation>노드</translation>
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
