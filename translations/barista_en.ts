<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation>Chart. Use "Show as table" for the same numbers as a table.</translation>
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
    <name>Barista::ConnectionStore</name>
    <message>
        <location filename="../models/workspace/ConnectionStore.cpp" line="71"/>
        <source>No connection named &apos;%1&apos;.</source>
        <translation>No connection named &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Barista::CreateResourceDialog</name>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="60"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="62"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="109"/>
        <source>Create resource</source>
        <translation>Create resource</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="116"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="128"/>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="129"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="179"/>
        <source>Subnet name</source>
        <translation>Subnet name</translation>
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
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="182"/>
        <source>IPv4 CIDR:</source>
        <translation>IPv4 CIDR:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="183"/>
        <source>Subnets:</source>
        <translation>Subnets:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>From port</source>
        <translation>From port</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="197"/>
        <source>To port</source>
        <translation>To port</translation>
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
        <translation>Rules:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="241"/>
        <source>Spec:</source>
        <translation>Spec:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="242"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="244"/>
        <source>Subnet:</source>
        <translation>Subnet:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="245"/>
        <source>Security group:</source>
        <translation>Security group:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="246"/>
        <source>Key pair:</source>
        <translation>Key pair:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="267"/>
        <source>There is no connection to create resources on.</source>
        <translation>There is no connection to create resources on.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="270"/>
        <source>Loading choices from %1…</source>
        <translation>Loading choices from %1…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="283"/>
        <source>Listing %1 was canceled.</source>
        <translation>Listing %1 was canceled.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="286"/>
        <source>Listing %1 failed: %2</source>
        <translation>Listing %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="315"/>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="320"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="328"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (%2 vCPU, %3 GiB)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="372"/>
        <source>Enter a name for the VPC.</source>
        <translation>Enter a name for the VPC.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="374"/>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.0.0/16.</source>
        <translation>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.0.0/16.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="380"/>
        <source>Subnet %1 has no name.</source>
        <translation>Subnet %1 has no name.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="382"/>
        <source>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.1.0/24.</source>
        <translation>&quot;%1&quot; is not an IPv4 CIDR such as 10.0.1.0/24.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="386"/>
        <source>A VPC needs at least one subnet.</source>
        <translation>A VPC needs at least one subnet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="394"/>
        <source>Enter a name for the security group.</source>
        <translation>Enter a name for the security group.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="396"/>
        <source>Choose the VPC of the security group.</source>
        <translation>Choose the VPC of the security group.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="407"/>
        <source>Rule %1: the direction must be inbound or outbound.</source>
        <translation>Rule %1: the direction must be inbound or outbound.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="411"/>
        <source>Rule %1: the protocol must be tcp, udp, icmp or all.</source>
        <translation>Rule %1: the protocol must be tcp, udp, icmp or all.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="413"/>
        <source>Rule %1: the ports must be -1 (all) or 0-65535, from ≤ to.</source>
        <translation>Rule %1: the ports must be -1 (all) or 0-65535, from ≤ to.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="415"/>
        <source>Rule %1: &quot;%2&quot; is not an IPv4 CIDR.</source>
        <translation>Rule %1: &quot;%2&quot; is not an IPv4 CIDR.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="424"/>
        <source>Enter a name for the key pair.</source>
        <translation>Enter a name for the key pair.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="438"/>
        <source>Enter a name for the VM.</source>
        <translation>Enter a name for the VM.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="440"/>
        <source>Choose a spec.</source>
        <translation>Choose a spec.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="442"/>
        <source>Choose an image.</source>
        <translation>Choose an image.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="444"/>
        <source>Choose a VPC and a subnet; create a VPC first if there is none.</source>
        <translation>Choose a VPC and a subnet; create a VPC first if there is none.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CreateResourceDialog.cpp" line="448"/>
        <source>This kind cannot be created here.</source>
        <translation>This kind cannot be created here.</translation>
    </message>
</context>
<context>
    <name>Barista::DashboardPanel</name>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="92"/>
        <source>Show all as tables</source>
        <translation>Show all as tables</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="165"/>
        <source>Running cost per hour by provider</source>
        <translation>Running cost per hour by provider</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="190"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="306"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="371"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="174"/>
        <source>Running VMs</source>
        <translation>Running VMs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="168"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="171"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="174"/>
        <source>USD/hour</source>
        <translation>USD/hour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="166"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="174"/>
        <source>Without a known price</source>
        <translation>Without a known price</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="172"/>
        <source>Running cost per hour by infra</source>
        <translation>Running cost per hour by infra</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="174"/>
        <source>Infra</source>
        <translation>Infra</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="183"/>
        <source>VMs by status</source>
        <translation>VMs by status</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="183"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="183"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="185"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="190"/>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="189"/>
        <source>VMs by provider and region</source>
        <translation>VMs by provider and region</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="190"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="204"/>
        <source>%1: %2 USD/h</source>
        <translation>%1: %2 USD/h</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="211"/>
        <source>%n running VM(s) without a known price</source>
        <translation>
            <numerusform>%n running VM without a known price</numerusform>
            <numerusform>%n running VMs without a known price</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="219"/>
        <source>Not in an infra</source>
        <translation>Not in an infra</translation>
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
            <numerusform>%n connection could not be listed; its last known VMs are shown.</numerusform>
            <numerusform>%n connections could not be listed; their last known VMs are shown.</numerusform>
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
            <numerusform>Running now: %1 USD/hour (%n VM without a known price not included)</numerusform>
            <numerusform>Running now: %1 USD/hour (%n VMs without a known price not included)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="266"/>
        <source>Running now: %1 USD/hour</source>
        <translation>Running now: %1 USD/hour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="273"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="284"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="275"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="277"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>Throttles</source>
        <translation>Throttles</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="279"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>p95 latency (ms)</source>
        <translation>p95 latency (ms)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="281"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="303"/>
        <source>Seconds ago</source>
        <translation>Seconds ago</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="287"/>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="302"/>
        <source>Provider API health</source>
        <translation>Provider API health</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="309"/>
        <source>All providers</source>
        <translation>All providers</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="360"/>
        <source>No provider calls yet.</source>
        <translation>No provider calls yet.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="360"/>
        <source>Calls, errors and throttles are counted per sample.</source>
        <translation>Calls, errors and throttles are counted per sample.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="365"/>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="371"/>
        <source>Age (hours)</source>
        <translation>Age (hours)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="368"/>
        <source>Hours since fetched</source>
        <translation>Hours since fetched</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="369"/>
        <source>Catalog freshness per provider</source>
        <translation>Catalog freshness per provider</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="371"/>
        <source>Fetched at</source>
        <translation>Fetched at</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="385"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/DashboardPanel.cpp" line="397"/>
        <source>%n provider(s) never fetched</source>
        <translation>
            <numerusform>%n provider never fetched</numerusform>
            <numerusform>%n providers never fetched</numerusform>
        </translation>
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
    <name>Barista::JobListModel</name>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="17"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="19"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="21"/>
        <source>Waiting to retry</source>
        <translation>Waiting to retry</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="23"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="25"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="27"/>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="104"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="121"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="123"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="125"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="127"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="129"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../models/items/JobListModel.cpp" line="131"/>
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
        <location filename="../models/jobs/JobQueue.cpp" line="292"/>
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/jobs/JobQueue.cpp" line="293"/>
        <source>No answer within %1 ms.</source>
        <translation>No answer within %1 ms.</translation>
    </message>
    <message>
        <location filename="../models/jobs/JobQueue.cpp" line="465"/>
        <source>The job was canceled.</source>
        <translation>The job was canceled.</translation>
    </message>
</context>
<context>
    <name>Barista::Journal</name>
    <message>
        <location filename="../models/workspace/Journal.cpp" line="137"/>
        <source>Cannot write the journal: %1</source>
        <translation>Cannot write the journal: %1</translation>
    </message>
</context>
<context>
    <name>Barista::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="53"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="54"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="58"/>
        <source>Barista Console</source>
        <translation>Barista Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="62"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="63"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="178"/>
        <source>Cheapest known spec: $%1/h</source>
        <translation>Cheapest known spec: $%1/h</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="180"/>
        <source>Cheapest known spec: price unknown</source>
        <translation>Cheapest known spec: price unknown</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="195"/>
        <source>Latency from %1: about %2 ms (estimated from distance)</source>
        <translation>Latency from %1: about %2 ms (estimated from distance)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="196"/>
        <source>Latency from %1: %2 ms (measured)</source>
        <translation>Latency from %1: %2 ms (measured)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="212"/>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="227"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="229"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="234"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="237"/>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="243"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="246"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="250"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="260"/>
        <source>The language changes the next time Barista Console starts.</source>
        <translation>The language changes the next time Barista Console starts.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="266"/>
        <source>&amp;Resources</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="270"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="273"/>
        <source>&amp;Resource</source>
        <translation>&amp;Resource</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="275"/>
        <source>&amp;Create…</source>
        <translation>&amp;Create…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="278"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="282"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="284"/>
        <source>&amp;About Barista Console</source>
        <translation>&amp;About Barista Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="291"/>
        <source>Jobs: %1 running, %2 queued</source>
        <translation>Jobs: %1 running, %2 queued</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="328"/>
        <source>About Barista Console</source>
        <translation>About Barista Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="329"/>
        <source>&lt;h3&gt;Barista Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for many clouds at once, in the spirit of the Cloud-Barista projects CB-Spider and CB-Tumblebug.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Barista Console %1&lt;/h3&gt;&lt;p&gt;A desktop console for many clouds at once, in the spirit of the Cloud-Barista projects CB-Spider and CB-Tumblebug.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
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
        <location filename="../models/workspace/ResourceService.cpp" line="53"/>
        <source>List %1 on %2</source>
        <translation>List %1 on %2</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="67"/>
        <source>Get %1 &apos;%2&apos; on %3</source>
        <translation>Get %1 &apos;%2&apos; on %3</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="76"/>
        <source>Create %1 &apos;%2&apos; on %3</source>
        <translation>Create %1 &apos;%2&apos; on %3</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="85"/>
        <source>Delete %1 &apos;%2&apos; on %3</source>
        <translation>Delete %1 &apos;%2&apos; on %3</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="94"/>
        <source>%1 %2 &apos;%3&apos; on %4</source>
        <translation>%1 %2 &apos;%3&apos; on %4</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="173"/>
        <source>The cloud no longer had the resource.</source>
        <translation>The cloud no longer had the resource.</translation>
    </message>
    <message>
        <location filename="../models/workspace/ResourceService.cpp" line="179"/>
        <source>Outcome unknown; asking the cloud.</source>
        <translation>Outcome unknown; asking the cloud.</translation>
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
        <location filename="../ui/tree/ResourceTreeView.cpp" line="55"/>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="133"/>
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="154"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="168"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="185"/>
        <source>Terminate %1 &quot;%2&quot; on %3? Its local disks are lost.</source>
        <translation>Terminate %1 &quot;%2&quot; on %3? Its local disks are lost.</translation>
    </message>
    <message>
        <location filename="../ui/tree/ResourceTreeView.cpp" line="199"/>
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
        <location filename="../providers/BuiltinProviderFactory.cpp" line="35"/>
        <source>native adapters are not available yet for %1</source>
        <translation>native adapters are not available yet for %1</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="39"/>
        <source>Unknown driver &quot;%1&quot;.</source>
        <translation>Unknown driver &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="42"/>
        <source>The connection &quot;%1&quot; cannot use the simulated cloud: %2</source>
        <translation>The connection &quot;%1&quot; cannot use the simulated cloud: %2</translation>
    </message>
    <message>
        <location filename="../providers/BuiltinProviderFactory.cpp" line="48"/>
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
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="51"/>
        <source>vpc %1, %n rule(s)</source>
        <translation>
            <numerusform>vpc %1, %n rule</numerusform>
            <numerusform>vpc %1, %n rules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="53"/>
        <source>%1 GB %2</source>
        <translation>%1 GB %2</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="55"/>
        <source>%1 vCPU, %2 GiB %3</source>
        <translation>%1 vCPU, %2 GiB %3</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="89"/>
        <source>gave up waiting after 30 minutes; status is %1</source>
        <translation>gave up waiting after 30 minutes; status is %1</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="135"/>
        <source>Barista Console: one console for many clouds.</source>
        <translation>Barista Console: one console for many clouds.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="140"/>
        <source>Use the workspace in DIR (default: $BARISTA_WORKSPACE, else the user data folder).</source>
        <translation>Use the workspace in DIR (default: $BARISTA_WORKSPACE, else the user data folder).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="142"/>
        <source>Print JSON (schema version %1).</source>
        <translation>Print JSON (schema version %1).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="144"/>
        <source>Do not settle intents left unfinished by a crashed session first.</source>
        <translation>Do not settle intents left unfinished by a crashed session first.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="148"/>
        <source>The resource&apos;s or connection&apos;s name.</source>
        <translation>The resource&apos;s or connection&apos;s name.</translation>
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
        <translation>Commands:
  connection list|add|remove   manage connections (driver, provider, region)
  resource list|get|create|delete|control   work on resources of a connection
  jobs                         recent jobs of every session
  journal                      the operation journal (settles crashed intents first)
  reconcile                    settle intents left unfinished by a crash
  catalog regions|search|recommend|import|refresh|stats   the local catalog of offers
Run &apos;barista COMMAND --help&apos; for a command&apos;s options.
</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="203"/>
        <source>unknown command &apos;%1&apos; (try &apos;barista --help&apos;)</source>
        <translation>unknown command &apos;%1&apos; (try &apos;barista --help&apos;)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="231"/>
        <source>reconciled intent %1 (%2 &apos;%3&apos; on %4): %5 - %6</source>
        <translation>reconciled intent %1 (%2 &apos;%3&apos; on %4): %5 - %6</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="243"/>
        <source>--connection is required</source>
        <translation>--connection is required</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="247"/>
        <source>no connection named &apos;%1&apos; (see &apos;barista connection list&apos;)</source>
        <translation>no connection named &apos;%1&apos; (see &apos;barista connection list&apos;)</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="260"/>
        <source>barista: error: %1</source>
        <translation>barista: error: %1</translation>
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
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333"/>
        <source>DRIVER</source>
        <translation>DRIVER</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333"/>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <location filename="../app/CliCatalog.cpp" line="336"/>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333"/>
        <location filename="../app/CliCatalog.cpp" line="194"/>
        <location filename="../app/CliCatalog.cpp" line="218"/>
        <location filename="../app/CliCatalog.cpp" line="236"/>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="333"/>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="334"/>
        <source>ENDPOINT</source>
        <translation>ENDPOINT</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="341"/>
        <source>Connection name.</source>
        <translation>Connection name.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="342"/>
        <source>One of: %1.</source>
        <translation>One of: %1.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="344"/>
        <source>The provider&apos;s region id.</source>
        <translation>The provider&apos;s region id.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="345"/>
        <source>The provider&apos;s zone id.</source>
        <translation>The provider&apos;s zone id.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="346"/>
        <source>sim (the simulated cloud, default) or native.</source>
        <translation>sim (the simulated cloud, default) or native.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="347"/>
        <source>Endpoint override URL.</source>
        <translation>Endpoint override URL.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="348"/>
        <source>Secret store key of the credential.</source>
        <translation>Secret store key of the credential.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="362"/>
        <source>--endpoint &apos;%1&apos; is not a URL</source>
        <translation>--endpoint &apos;%1&apos; is not a URL</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="381"/>
        <source>added connection &apos;%1&apos;</source>
        <translation>added connection &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="389"/>
        <source>usage: barista connection remove NAME</source>
        <translation>usage: barista connection remove NAME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="401"/>
        <source>removed connection &apos;%1&apos;</source>
        <translation>removed connection &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="405"/>
        <source>usage: barista connection list|add|remove</source>
        <translation>usage: barista connection list|add|remove</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="414"/>
        <source>usage: barista resource list|get|create|delete|control --connection C --kind K</source>
        <translation>usage: barista resource list|get|create|delete|control --connection C --kind K</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="417"/>
        <source>The connection to use.</source>
        <translation>The connection to use.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="418"/>
        <source>Resource kind: region, vpc, securitygroup, keypair, vm, disk, myimage, nlb, cluster, spec, image, price.</source>
        <translation>Resource kind: region, vpc, securitygroup, keypair, vm, disk, myimage, nlb, cluster, spec, image, price.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="425"/>
        <source>Wait until the new resource leaves its transitional status.</source>
        <translation>Wait until the new resource leaves its transitional status.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="427"/>
        <source>suspend, resume, reboot or terminate.</source>
        <translation>suspend, resume, reboot or terminate.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="428"/>
        <source>Wait until the resource leaves its transitional status.</source>
        <translation>Wait until the resource leaves its transitional status.</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="431"/>
        <source>Wait until the cloud no longer lists the resource as existing (a terminated VM still holds its network until then).</source>
        <translation>Wait until the cloud no longer lists the resource as existing (a terminated VM still holds its network until then).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="442"/>
        <source>--kind is required</source>
        <translation>--kind is required</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="445"/>
        <source>--kind &apos;%1&apos; is not a resource kind</source>
        <translation>--kind &apos;%1&apos; is not a resource kind</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="450"/>
        <source>usage: barista resource %1 --connection C --kind K NAME</source>
        <translation>usage: barista resource %1 --connection C --kind K NAME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="453"/>
        <location filename="../app/CliCatalog.cpp" line="130"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unexpected argument &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="459"/>
        <source>--action must be suspend, resume, reboot or terminate</source>
        <translation>--action must be suspend, resume, reboot or terminate</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="492"/>
        <location filename="../app/Cli.cpp" line="557"/>
        <source>SYSTEM ID</source>
        <translation>SYSTEM ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="492"/>
        <location filename="../app/Cli.cpp" line="557"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="492"/>
        <location filename="../app/Cli.cpp" line="557"/>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="530"/>
        <source>deleted %1 &apos;%2&apos; on %3</source>
        <translation>deleted %1 &apos;%2&apos; on %3</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="567"/>
        <source>Show at most N jobs (default 50).</source>
        <translation>Show at most N jobs (default 50).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="573"/>
        <location filename="../app/Cli.cpp" line="605"/>
        <location filename="../app/CliCatalog.cpp" line="162"/>
        <source>--limit must be a positive number</source>
        <translation>--limit must be a positive number</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="588"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <source>QUEUED</source>
        <translation>QUEUED</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <location filename="../app/Cli.cpp" line="625"/>
        <location filename="../app/CliCatalog.cpp" line="337"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <source>ATTEMPTS</source>
        <translation>ATTEMPTS</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="592"/>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="599"/>
        <source>Show at most N entries (default: all).</source>
        <translation>Show at most N entries (default: all).</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>OPERATION</source>
        <translation>OPERATION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>CONNECTION</source>
        <translation>CONNECTION</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="624"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../app/Cli.cpp" line="625"/>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Cli.cpp" line="641"/>
        <source>%n intent(s) settled</source>
        <translation>
            <numerusform>%n intent settled</numerusform>
            <numerusform>%n intents settled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="31"/>
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
        <source>VCPU</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <location filename="../app/CliCatalog.cpp" line="229"/>
        <location filename="../app/CliCatalog.cpp" line="261"/>
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
    <name>GuiMain</name>
    <message>
        <location filename="../app/GuiMain.cpp" line="153"/>
        <source>Use the workspace in DIR.</source>
        <translation>Use the workspace in DIR.</translation>
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
        <translation>The workspace cannot be opened:
%1</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="185"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../app/GuiMain.cpp" line="187"/>
        <source>Activity</source>
        <translation>Activity</translation>
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
    <name>PagedListing</name>
    <message>
        <location filename="../models/workspace/PagedListing.cpp" line="74"/>
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
        <location filename="../app/ResourceRequestBuilder.cpp" line="54"/>
        <source>--subnet &apos;%1&apos;: expected NAME=CIDR or NAME=CIDR@ZONE</source>
        <translation>--subnet &apos;%1&apos;: expected NAME=CIDR or NAME=CIDR@ZONE</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="73"/>
        <source>--rule &apos;%1&apos;: expected DIRECTION,PROTOCOL,PORT[-PORT],CIDR (e.g. inbound,tcp,22,0.0.0.0/0)</source>
        <translation>--rule &apos;%1&apos;: expected DIRECTION,PROTOCOL,PORT[-PORT],CIDR (e.g. inbound,tcp,22,0.0.0.0/0)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="101"/>
        <source>Name of the new resource.</source>
        <translation>Name of the new resource.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="102"/>
        <source>The kind&apos;s fields as a JSON object, inline or @FILE.</source>
        <translation>The kind&apos;s fields as a JSON object, inline or @FILE.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="103"/>
        <source>VPC: IPv4 CIDR block.</source>
        <translation>VPC: IPv4 CIDR block.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="104"/>
        <source>VPC: a subnet NAME=CIDR[@ZONE] (repeatable). VM: the subnet&apos;s name.</source>
        <translation>VPC: a subnet NAME=CIDR[@ZONE] (repeatable). VM: the subnet&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="106"/>
        <source>Security group, VM, NLB: the VPC&apos;s name.</source>
        <translation>Security group, VM, NLB: the VPC&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="107"/>
        <source>Security group: DIRECTION,PROTOCOL,PORT[-PORT],CIDR (repeatable; default: SSH from anywhere).</source>
        <translation>Security group: DIRECTION,PROTOCOL,PORT[-PORT],CIDR (repeatable; default: SSH from anywhere).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="110"/>
        <source>VM: a security group&apos;s name (repeatable).</source>
        <translation>VM: a security group&apos;s name (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="111"/>
        <source>VM: the key pair&apos;s name.</source>
        <translation>VM: the key pair&apos;s name.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="112"/>
        <source>VM: the provider&apos;s spec name, e.g. t3.small.</source>
        <translation>VM: the provider&apos;s spec name, e.g. t3.small.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="113"/>
        <source>VM: the image name or id.</source>
        <translation>VM: the image name or id.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="114"/>
        <source>VM, disk: the zone.</source>
        <translation>VM, disk: the zone.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="115"/>
        <source>VM: root disk GB. Disk: size in GB.</source>
        <translation>VM: root disk GB. Disk: size in GB.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="116"/>
        <source>VM: root disk type. Disk: disk type.</source>
        <translation>VM: root disk type. Disk: disk type.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="117"/>
        <source>A tag KEY=VALUE on the new resource (repeatable), e.g. barista-infra=web.</source>
        <translation>A tag KEY=VALUE on the new resource (repeatable), e.g. barista-infra=web.</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="135"/>
        <source>--disk-size &apos;%1&apos;: expected a size in GB between 1 and 65536</source>
        <translation>--disk-size &apos;%1&apos;: expected a size in GB between 1 and 65536</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="199"/>
        <source>--tag &apos;%1&apos;: expected KEY=VALUE</source>
        <translation>--tag '%1': expected KEY=VALUE</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="203"/>
        <source>--tag: barista-token is set by Barista itself (it ties the resource to the journal)</source>
        <translation>--tag: barista-token is set by Barista itself (it ties the resource to the journal)</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="225"/>
        <source>--tag: this kind of resource has no tags</source>
        <translation>--tag: this kind of resource has no tags</translation>
    </message>
    <message>
        <location filename="../app/ResourceRequestBuilder.cpp" line="229"/>
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
