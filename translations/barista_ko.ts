<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
        <translation>차트입니다. 같은 수치를 표로 보려면 "표로 보기"를 사용하세요.</translation>
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
    <name>Barista::ConnectionStore</name>
    <message>
        <location filename="../models/workspace/ConnectionStore.cpp" line="71"/>
        <source>No connection named &apos;%1&apos;.</source>
        <translation>이름이 &apos;%1&apos;인 연결이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::CreateResourceDialog</name>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="60"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="62"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="109"/>
        <source>Create resource</source>
        <translation>리소스 만들기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="116"/>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="128"/>
        <source>Connection:</source>
        <translation>연결:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="129"/>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="179"/>
        <source>Subnet name</source>
        <translation>서브넷 이름</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="179"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="181"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="203"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="219"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="240"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="182"/>
        <source>IPv4 CIDR:</source>
        <translation>IPv4 CIDR:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="183"/>
        <source>Subnets:</source>
        <translation>서브넷:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>From port</source>
        <translation>시작 포트</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>To port</source>
        <translation>끝 포트</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="204"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="243"/>
        <source>VPC:</source>
        <translation>VPC:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="205"/>
        <source>Rules:</source>
        <translation>규칙:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="241"/>
        <source>Spec:</source>
        <translation>사양:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="242"/>
        <source>Image:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="244"/>
        <source>Subnet:</source>
        <translation>서브넷:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="245"/>
        <source>Security group:</source>
        <translation>보안 그룹:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="246"/>
        <source>Key pair:</source>
        <translation>키 페어:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="267"/>
        <source>There is no connection to create resources on.</source>
        <translation>리소스를 만들 연결이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="270"/>
        <source>Loading choices from %1…</source>
        <translation>%1에서 선택 항목을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="283"/>
        <source>Listing %1 was canceled.</source>
        <translation>%1 목록 조회가 취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="286"/>
        <source>Listing %1 failed: %2</source>
        <translation>%1 목록 조회 실패: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="315"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="320"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="328"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (vCPU %2개, %3GiB)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="372"/>
        <source>Enter a name for the VPC.</source>
        <translation>VPC 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="374"/>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.0.0/16.</source>
        <translation>&quot;%1&quot;은(는) 올바른 IPv4 CIDR이 아닙니다(예: 10.0.0.0/16).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="380"/>
        <source>Subnet %1 has no name.</source>
        <translation>서브넷 %1에 이름이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="382"/>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.1.0/24.</source>
        <translation>&quot;%1&quot;은(는) 올바른 IPv4 CIDR이 아닙니다(예: 10.0.1.0/24).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="386"/>
        <source>A VPC needs at least one subnet.</source>
        <translation>VPC에는 서브넷이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="394"/>
        <source>Enter a name for the security group.</source>
        <translation>보안 그룹 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="396"/>
        <source>Choose the VPC of the security group.</source>
        <translation>보안 그룹이 속할 VPC를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="407"/>
        <source>Rule %1: the direction must be inbound or outbound.</source>
        <translation>규칙 %1: 방향은 inbound 또는 outbound여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="411"/>
        <source>Rule %1: the protocol must be tcp, udp, icmp or all.</source>
        <translation>규칙 %1: 프로토콜은 tcp, udp, icmp, all 중 하나여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="413"/>
        <source>Rule %1: the ports must be -1 (all) or 0-65535, from ≤ to.</source>
        <translation>규칙 %1: 포트는 -1(전체) 또는 0-65535여야 하며 시작 포트 ≤ 끝 포트여야 합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="415"/>
        <source>Rule %1: &quot;%2&quot; is not an IPv4 CIDR.</source>
        <translation>규칙 %1: &quot;%2&quot;은(는) 올바른 IPv4 CIDR이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="424"/>
        <source>Enter a name for the key pair.</source>
        <translation>키 페어 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="438"/>
        <source>Enter a name for the VM.</source>
        <translation>가상 머신 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="440"/>
        <source>Choose a spec.</source>
        <translation>사양을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="442"/>
        <source>Choose an image.</source>
        <translation>이미지를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="444"/>
        <source>Choose a VPC and a subnet; create a VPC first if there is none.</source>
        <translation>VPC와 서브넷을 선택하세요. VPC가 없으면 먼저 만드세요.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="448"/>
        <source>This kind cannot be created here.</source>
        <translation>이 종류의 리소스는 여기에서 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::DashboardPanel</name>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="92"/>
        <source>Show all as tables</source>
        <translation>모두 표로 보기</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="165"/>
        <source>Running cost per hour by provider</source>
        <translation>제공자별 시간당 실행 비용</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="190"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="371"/>
        <source>Provider</source>
        <translation>제공자</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="174"/>
        <source>Running VMs</source>
        <translation>실행 중인 VM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="168"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="171"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="174"/>
        <source>USD/hour</source>
        <translation>USD/시간</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="174"/>
        <source>Without a known price</source>
        <translation>가격 모름</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="172"/>
        <source>Running cost per hour by infra</source>
        <translation>인프라별 시간당 실행 비용</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="174"/>
        <source>Infra</source>
        <translation>인프라</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="183"/>
        <source>VMs by status</source>
        <translation>상태별 VM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="183"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="183"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="185"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="190"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="189"/>
        <source>VMs by provider and region</source>
        <translation>제공자·리전별 VM</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="190"/>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="204"/>
        <source>%1: %2 USD/h</source>
        <translation>%1: %2 USD/시간</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="211"/>
        <source>%n running VM(s) without a known price</source>
        <translation>
            <numerusform>가격을 모르는 실행 중 VM %n대</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="219"/>
        <source>Not in an infra</source>
        <translation>인프라에 속하지 않음</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="234"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="243"/>
        <source>%n connection(s) could not be listed; their last known VMs are shown.</source>
        <translation>
            <numerusform>연결 %n개를 조회하지 못해 마지막으로 알려진 VM을 표시합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="253"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="264"/>
        <source>Running now: %1 USD/hour (%n VM(s) without a known price not included)</source>
        <translation>
            <numerusform>현재 실행 비용: %1 USD/시간 (가격을 모르는 VM %n대 제외)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="266"/>
        <source>Running now: %1 USD/hour</source>
        <translation>현재 실행 비용: %1 USD/시간</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="273"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="284"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>Calls</source>
        <translation>호출</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="275"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="277"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>Throttles</source>
        <translation>스로틀</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="279"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>p95 latency (ms)</source>
        <translation>p95 지연 시간(ms)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="281"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>Seconds ago</source>
        <translation>초 전</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="287"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="302"/>
        <source>Provider API health</source>
        <translation>제공자 API 상태</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="309"/>
        <source>All providers</source>
        <translation>모든 제공자</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="360"/>
        <source>No provider calls yet.</source>
        <translation>아직 제공자 호출이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="360"/>
        <source>Calls, errors and throttles are counted per sample.</source>
        <translation>호출, 오류, 스로틀은 샘플마다 집계합니다.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="365"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="371"/>
        <source>Age (hours)</source>
        <translation>경과 시간(시간)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="368"/>
        <source>Hours since fetched</source>
        <translation>가져온 뒤 지난 시간</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="369"/>
        <source>Catalog freshness per provider</source>
        <translation>제공자별 카탈로그 최신성</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="371"/>
        <source>Fetched at</source>
        <translation>가져온 시각</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="385"/>
        <source>Never</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="397"/>
        <source>%n provider(s) never fetched</source>
        <translation>
            <numerusform>한 번도 가져오지 않은 제공자 %n개</numerusform>
        </translation>
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
    <name>Barista::JobListModel</name>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="17"/>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="19"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="21"/>
        <source>Waiting to retry</source>
        <translation>재시도 대기 중</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="23"/>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="25"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="27"/>
        <source>Canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="104"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="121"/>
        <source>Title</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="123"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="125"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="127"/>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="129"/>
        <source>Attempts</source>
        <translation>시도 횟수</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="131"/>
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
        <location filename="../models/jobs/JobQueue.cpp" line="292"/>
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>%n초 안에 응답이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/jobs/JobQueue.cpp" line="293"/>
        <source>No answer within %1 ms.</source>
        <translation>%1ms 안에 응답이 없습니다.</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobQueue.cpp" line="465"/>
        <source>The job was canceled.</source>
        <translation>작업이 취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>Barista::Journal</name>
    <message>
        <location filename="../models/workspace/Journal.cpp" line="137"/>
        <source>Cannot write the journal: %1</source>
        <translation>저널을 기록할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Barista::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="53"/>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="54"/>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="58"/>
        <source>Barista Console</source>
        <translation>Barista Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="62"/>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="63"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="178"/>
        <source>Cheapest known spec: $%1/h</source>
        <translation>알려진 최저가 사양: $%1/시간</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="180"/>
        <source>Cheapest known spec: price unknown</source>
        <translation>알려진 최저가 사양: 가격 모름</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="195"/>
        <source>Latency from %1: about %2 ms (estimated from distance)</source>
        <translation>%1에서의 지연 시간: 약 %2 ms (거리로 추정)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="196"/>
        <source>Latency from %1: %2 ms (measured)</source>
        <translation>%1에서의 지연 시간: %2 ms (측정값)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="212"/>
        <source>Catalog</source>
        <translation>카탈로그</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="227"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="229"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="234"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="237"/>
        <source>&amp;Map</source>
        <translation>지도(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="243"/>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="246"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="250"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="260"/>
        <source>The language changes the next time Barista Console starts.</source>
        <translation>언어는 Barista Console을 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="266"/>
        <source>&amp;Resources</source>
        <translation>리소스(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="270"/>
        <source>&amp;Jobs</source>
        <translation>작업(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="273"/>
        <source>&amp;Resource</source>
        <translation>리소스(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="275"/>
        <source>&amp;Create…</source>
        <translation>만들기(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="278"/>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="282"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="284"/>
        <source>&amp;About Barista Console</source>
        <translation>Barista Console 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="291"/>
        <source>Jobs: %1 running, %2 queued</source>
        <translation>작업: 실행 중 %1개, 대기 중 %2개</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="328"/>
        <source>About Barista Console</source>
        <translation>Barista Console 정보</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="329"/>
        <source>&lt;h3&gt;Barista Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for many clouds at once, in the spirit of the Cloud-Barista projects CB-Spider and CB-Tumblebug.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Barista Console %1&lt;/h3&gt;&lt;p&gt;여러 클라우드를 한곳에서 다루는 데스크톱 콘솔입니다. Cloud-Barista 프로젝트인 CB-Spider와 CB-Tumblebug의 정신을 잇습니다.&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서(GPL) 버전 3 이상에 따라 배포됩니다.&lt;/p&gt;</translation>
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
        <location filename="../models/workspace/ResourceService.cpp" line="53"/>
        <source>List %1 on %2</source>
        <translation>%2의 %1 목록 조회</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="67"/>
        <source>Get %1 &apos;%2&apos; on %3</source>
        <translation>%3의 %1 &apos;%2&apos; 조회</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="76"/>
        <source>Create %1 &apos;%2&apos; on %3</source>
        <translation>%3에 %1 &apos;%2&apos; 생성</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="85"/>
        <source>Delete %1 &apos;%2&apos; on %3</source>
        <translation>%3의 %1 &apos;%2&apos; 삭제</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="94"/>
        <source>%1 %2 &apos;%3&apos; on %4</source>
        <translation>%4의 %2 &apos;%3&apos; %1</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="173"/>
        <source>The cloud no longer had the resource.</source>
        <translation>클라우드에 리소스가 이미 없었습니다.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="179"/>
        <source>Outcome unknown; asking the cloud.</source>
        <translation>결과를 알 수 없어 클라우드에 확인하는 중입니다.</translation>
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
        <location filename="../ui/tree/ResourceTreeView.cpp" line="55"/>
        <source>Please confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="133"/>
        <source>Create…</source>
        <translation>만들기…</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="154"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="168"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="185"/>
        <source>Terminate %1 &quot;%2&quot; on %3? Its local disks are lost.</source>
        <translation>%3의 %1 &quot;%2&quot;을(를) 종료하시겠습니까? 로컬 디스크의 데이터는 모두 사라집니다.</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="199"/>
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
        <location filename="../providers/BuiltinProviderFactory.cpp" line="35"/>
        <source>native adapters are not available yet for %1</source>
        <translation>%1용 네이티브 어댑터는 아직 제공되지 않습니다</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="39"/>
        <source>Unknown driver &quot;%1&quot;.</source>
        <translation>알 수 없는 드라이버 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="42"/>
        <source>The connection &quot;%1&quot; cannot use the simulated cloud: %2</source>
        <translation>연결 &quot;%1&quot;에서 시뮬레이션 클라우드를 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="48"/>
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
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="51"/>
        <source>vpc %1, %n rule(s)</source>
        <translation>
            <numerusform>vpc %1, 규칙 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="53"/>
        <source>%1 GB %2</source>
        <translation>%1GB %2</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="55"/>
        <source>%1 vCPU, %2 GiB %3</source>
        <translation>vCPU %1개, %2GiB %3</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="89"/>
        <source>gave up waiting after 30 minutes; status is %1</source>
        <translation>30분 동안 기다렸지만 끝나지 않아 중단했습니다. 현재 상태: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="135"/>
        <source>Barista Console: one console for many clouds.</source>
        <translation>Barista Console: 여러 클라우드를 하나의 콘솔에서.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="140"/>
        <source>Use the workspace in DIR (default: $BARISTA_WORKSPACE, else the user data folder).</source>
        <translation>DIR의 워크스페이스를 사용합니다(기본값: $BARISTA_WORKSPACE, 없으면 사용자 데이터 폴더).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="142"/>
        <source>Print JSON (schema version %1).</source>
        <translation>JSON으로 출력합니다(스키마 버전 %1).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="144"/>
        <source>Do not settle intents left unfinished by a crashed session first.</source>
        <translation>비정상 종료된 세션이 남긴 미완료 작업을 먼저 정리하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="148"/>
        <source>The resource&apos;s or connection&apos;s name.</source>
        <translation>리소스 또는 연결의 이름.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="179"/>
        <source>Commands:
  connection list|add|remove   manage connections (driver, provider, region)
  resource list|get|create|delete|control   work on resources of a connection
  jobs                         recent jobs of every session
  journal                      the operation journal (settles crashed intents first)
  reconcile                    settle intents left unfinished by a crash
  catalog regions|search|recommend|import|refresh|stats   the local catalog of offers
Run &apos;barista COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>명령:
  connection list|add|remove   연결 관리(드라이버, 제공자, 리전)
  resource list|get|create|delete|control   연결의 리소스 작업
  jobs                         모든 세션의 최근 작업
  journal                      작업 저널(비정상 종료로 남은 미완료 작업을 먼저 정리)
  reconcile                    비정상 종료로 끝나지 않은 미완료 작업 정리
  catalog regions|search|recommend|import|refresh|stats   제공 상품의 로컬 카탈로그
명령의 옵션을 보려면 &apos;barista COMMAND --help&apos;를 실행하세요.
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="203"/>
        <source>unknown command &apos;%1&apos; (try &apos;barista --help&apos;)</source>
        <translation>알 수 없는 명령 &apos;%1&apos;(&apos;barista --help&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="231"/>
        <source>reconciled intent %1 (%2 &apos;%3&apos; on %4): %5 - %6</source>
        <translation>미완료 작업 %1 정리(%4의 %2 &apos;%3&apos;): %5 - %6</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="243"/>
        <source>--connection is required</source>
        <translation>--connection 옵션이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="247"/>
        <source>no connection named &apos;%1&apos; (see &apos;barista connection list&apos;)</source>
        <translation>이름이 &apos;%1&apos;인 연결이 없습니다(&apos;barista connection list&apos; 참고)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="260"/>
        <source>barista: error: %1</source>
        <translation>barista: 오류: %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333"/>
        <location filename="../app/Cli.cpp" line="492"/>
        <location filename="../app/Cli.cpp" line="557"/>
        <location filename="../app/Cli.cpp" line="625"/>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333"/>
        <source>DRIVER</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333"/>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>PROVIDER</source>
        <translation>제공자</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333"/>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <source>REGION</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333"/>
        <source>ZONE</source>
        <translation>영역</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="334"/>
        <source>ENDPOINT</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="341"/>
        <source>Connection name.</source>
        <translation>연결 이름.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="342"/>
        <source>One of: %1.</source>
        <translation>다음 중 하나: %1.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="344"/>
        <source>The provider&apos;s region id.</source>
        <translation>제공자의 리전 ID.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="345"/>
        <source>The provider&apos;s zone id.</source>
        <translation>제공자의 영역 ID.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="346"/>
        <source>sim (the simulated cloud, default) or native.</source>
        <translation>sim(시뮬레이션 클라우드, 기본값) 또는 native.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="347"/>
        <source>Endpoint override URL.</source>
        <translation>기본 엔드포인트 대신 사용할 URL.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="348"/>
        <source>Secret store key of the credential.</source>
        <translation>비밀 저장소에 있는 자격 증명의 키.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="362"/>
        <source>--endpoint &apos;%1&apos; is not a URL</source>
        <translation>--endpoint &apos;%1&apos;: URL이 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="381"/>
        <source>added connection &apos;%1&apos;</source>
        <translation>연결 &apos;%1&apos; 추가됨</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="389"/>
        <source>usage: barista connection remove NAME</source>
        <translation>사용법: barista connection remove NAME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="401"/>
        <source>removed connection &apos;%1&apos;</source>
        <translation>연결 &apos;%1&apos; 제거됨</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="405"/>
        <source>usage: barista connection list|add|remove</source>
        <translation>사용법: barista connection list|add|remove</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="414"/>
        <source>usage: barista resource list|get|create|delete|control --connection C --kind K</source>
        <translation>사용법: barista resource list|get|create|delete|control --connection C --kind K</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="417"/>
        <source>The connection to use.</source>
        <translation>사용할 연결.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="418"/>
        <source>Resource kind: region, vpc, securitygroup, keypair, vm, disk, myimage, nlb, cluster, spec, image, price.</source>
        <translation>리소스 종류: region, vpc, securitygroup, keypair, vm, disk, myimage, nlb, cluster, spec, image, price.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="425"/>
        <source>Wait until the new resource leaves its transitional status.</source>
        <translation>새 리소스가 전환 중 상태를 벗어날 때까지 기다립니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="427"/>
        <source>suspend, resume, reboot or terminate.</source>
        <translation>suspend, resume, reboot 또는 terminate.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="428"/>
        <source>Wait until the resource leaves its transitional status.</source>
        <translation>리소스가 전환 중 상태를 벗어날 때까지 기다립니다.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="431"/>
        <source>Wait until the cloud no longer lists the resource as existing (a terminated VM still holds its network until then).</source>
        <translation>클라우드가 리소스를 더 이상 존재하는 것으로 표시하지 않을 때까지 기다립니다(종료된 VM은 그때까지 네트워크를 계속 점유합니다).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="442"/>
        <source>--kind is required</source>
        <translation>--kind 옵션이 필요합니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="445"/>
        <source>--kind &apos;%1&apos; is not a resource kind</source>
        <translation>--kind &apos;%1&apos;: 리소스 종류가 아닙니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="450"/>
        <source>usage: barista resource %1 --connection C --kind K NAME</source>
        <translation>사용법: barista resource %1 --connection C --kind K NAME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="453"/>
        <location filename="../app/CliCatalog.cpp" line="130"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="459"/>
        <source>--action must be suspend, resume, reboot or terminate</source>
        <translation>--action은 suspend, resume, reboot, terminate 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="492"/>
        <location filename="../app/Cli.cpp" line="557"/>
        <source>SYSTEM ID</source>
        <translation>시스템 ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="492"/>
        <location filename="../app/Cli.cpp" line="557"/>
        <source>STATUS</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="492"/>
        <location filename="../app/Cli.cpp" line="557"/>
        <source>DETAILS</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="530"/>
        <source>deleted %1 &apos;%2&apos; on %3</source>
        <translation>%3의 %1 &apos;%2&apos; 삭제됨</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="567"/>
        <source>Show at most N jobs (default 50).</source>
        <translation>작업을 최대 N개까지 표시합니다(기본값 50).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="573"/>
        <location filename="../app/Cli.cpp" line="605"/>
        <location filename="../app/CliCatalog.cpp" line="162"/>
        <source>--limit must be a positive number</source>
        <translation>--limit 값은 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="588"/>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <source>QUEUED</source>
        <translation>등록 시각</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <location filename="../app/Cli.cpp" line="625"/>
        <location filename="../app/CliCatalog.cpp" line="337"/>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <source>ATTEMPTS</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <source>JOB</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <source>ERROR</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="599"/>
        <source>Show at most N entries (default: all).</source>
        <translation>항목을 최대 N개까지 표시합니다(기본값: 전체).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>TIME</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>OPERATION</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>CONNECTION</source>
        <translation>연결</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="625"/>
        <source>NOTE</source>
        <translation>비고</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="641"/>
        <source>%n intent(s) settled</source>
        <translation>
            <numerusform>미완료 작업 %n개 정리됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="31"/>
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
        <source>VCPU</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="229"/>
        <location filename="../app/CliCatalog.cpp" line="261"/>
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
    <name>GuiMain</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="153"/>
        <source>Use the workspace in DIR.</source>
        <translation>DIR의 워크스페이스를 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="161"/>
        <source>Barista Console</source>
        <translation>Barista Console</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="162"/>
        <source>The workspace cannot be opened:
%1</source>
        <translation>워크스페이스를 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="185"/>
        <source>Dashboards</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="187"/>
        <source>Activity</source>
        <translation>활동</translation>
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
    <name>PagedListing</name>
    <message>
        <location filename="../models/workspace/PagedListing.cpp" line="74"/>
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
        <location filename="../app/ResourceRequestBuilder.cpp" line="54"/>
        <source>--subnet &apos;%1&apos;: expected NAME=CIDR or NAME=CIDR@ZONE</source>
        <translation>--subnet &apos;%1&apos;: NAME=CIDR 또는 NAME=CIDR@ZONE 형식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="73"/>
        <source>--rule &apos;%1&apos;: expected DIRECTION,PROTOCOL,PORT[-PORT],CIDR (e.g. inbound,tcp,22,0.0.0.0/0)</source>
        <translation>--rule &apos;%1&apos;: DIRECTION,PROTOCOL,PORT[-PORT],CIDR 형식이어야 합니다(예: inbound,tcp,22,0.0.0.0/0)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="101"/>
        <source>Name of the new resource.</source>
        <translation>새 리소스의 이름.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="102"/>
        <source>The kind&apos;s fields as a JSON object, inline or @FILE.</source>
        <translation>리소스 종류별 필드를 담은 JSON 객체(직접 입력 또는 @FILE).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="103"/>
        <source>VPC: IPv4 CIDR block.</source>
        <translation>VPC: IPv4 CIDR 블록.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="104"/>
        <source>VPC: a subnet NAME=CIDR[@ZONE] (repeatable). VM: the subnet&apos;s name.</source>
        <translation>VPC: 서브넷 NAME=CIDR[@ZONE](여러 번 지정 가능). VM: 서브넷 이름.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="106"/>
        <source>Security group, VM, NLB: the VPC&apos;s name.</source>
        <translation>보안 그룹, VM, NLB: VPC 이름.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="107"/>
        <source>Security group: DIRECTION,PROTOCOL,PORT[-PORT],CIDR (repeatable; default: SSH from anywhere).</source>
        <translation>보안 그룹: DIRECTION,PROTOCOL,PORT[-PORT],CIDR(여러 번 지정 가능, 기본값: 모든 곳에서 SSH 허용).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="110"/>
        <source>VM: a security group&apos;s name (repeatable).</source>
        <translation>VM: 보안 그룹 이름(여러 번 지정 가능).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="111"/>
        <source>VM: the key pair&apos;s name.</source>
        <translation>VM: 키 페어 이름.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="112"/>
        <source>VM: the provider&apos;s spec name, e.g. t3.small.</source>
        <translation>VM: 제공자의 사양 이름(예: t3.small).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="113"/>
        <source>VM: the image name or id.</source>
        <translation>VM: 이미지 이름 또는 ID.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="114"/>
        <source>VM, disk: the zone.</source>
        <translation>VM, 디스크: 영역.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="115"/>
        <source>VM: root disk GB. Disk: size in GB.</source>
        <translation>VM: 루트 디스크 크기(GB). 디스크: 크기(GB).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="116"/>
        <source>VM: root disk type. Disk: disk type.</source>
        <translation>VM: 루트 디스크 유형. 디스크: 디스크 유형.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="117"/>
        <source>A tag KEY=VALUE on the new resource (repeatable), e.g. barista-infra=web.</source>
        <translation>새 리소스에 붙일 태그 KEY=VALUE(여러 번 지정 가능), 예: barista-infra=web.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="135"/>
        <source>--disk-size &apos;%1&apos;: expected a size in GB between 1 and 65536</source>
        <translation>--disk-size &apos;%1&apos;: 1에서 65536 사이의 크기(GB)여야 합니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="199"/>
        <source>--tag &apos;%1&apos;: expected KEY=VALUE</source>
        <translation>--tag '%1': KEY=VALUE 형식이어야 합니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="203"/>
        <source>--tag: barista-token is set by Barista itself (it ties the resource to the journal)</source>
        <translation>--tag: barista-token은 Barista가 직접 붙입니다(리소스를 저널과 연결하는 태그입니다)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="225"/>
        <source>--tag: this kind of resource has no tags</source>
        <translation>--tag: 이 종류의 리소스에는 태그가 없습니다</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="229"/>
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
