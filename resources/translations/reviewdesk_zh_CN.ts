<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="84" />
        <source>新建账号</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="84" />
        <source>修改账号</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="110" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="110" />
        <source>2-4个汉字</source>
        <translation>2-4个汉字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="111" />
        <source>所在单位与部门</source>
        <translation>所在单位与部门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="111" />
        <source>5-20个汉字</source>
        <translation>5-20个汉字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="112" />
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="112" />
        <source>可空；5-20个汉字</source>
        <translation>可空；5-20个汉字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="113" />
        <source>操作权限组合</source>
        <translation>操作权限组合</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="117" />
        <source>至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {}</source>
        <translation>至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="119" />
        <source>登录密码</source>
        <translation>登录密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="120" />
        <source>确认密码</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="137" />
        <location filename="../../desktop/views/settings/account_dialog.py" line="145" />
        <source>所在区划</source>
        <translation>所在区划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="137" />
        <source>提交后不能更改</source>
        <translation>提交后不能更改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="139" />
        <location filename="../../desktop/views/settings/account_dialog.py" line="146" />
        <source>账号</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="139" />
        <source>区划代码-1到2位数字，如 430300-1</source>
        <translation>区划代码-1到2位数字，如 430300-1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="145" />
        <location filename="../../desktop/views/settings/account_dialog.py" line="146" />
        <source>不能更改</source>
        <translation>不能更改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="160" />
        <source>【管理】管理本级和下级区划账号。【编辑】可以增加、修改、删除记录，上传下载与查看文件。【查询】查询本级及下级区划记录和报表。【审核】可以做平台联审和机构审核。【外审】为外部人员特设的审核账号。权限之间没有高低与包含关系。</source>
        <translation>【管理】管理本级和下级区划账号。【编辑】可以增加、修改、删除记录，上传下载与查看文件。【查询】查询本级及下级区划记录和报表。【审核】可以做平台联审和机构审核。【外审】为外部人员特设的审核账号。权限之间没有高低与包含关系。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="167" />
        <source>只能创建和修改本级区划无【管理】权限的账号；本级的管理账号须由上级区划创建。</source>
        <translation>只能创建和修改本级区划无【管理】权限的账号；本级的管理账号须由上级区划创建。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="226" />
        <source>没有修改任何内容。</source>
        <translation>没有修改任何内容。</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="61" />
        <source>账号</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="66" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="71" />
        <source>所在单位与部门</source>
        <translation>所在单位与部门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="76" />
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="81" />
        <source>操作权限组合</source>
        <translation>操作权限组合</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="86" />
        <source>区划编号</source>
        <translation>区划编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="91" />
        <source>区划名称</source>
        <translation>区划名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="96" />
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="101" />
        <source>最近登录</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="106" />
        <source>登录次数</source>
        <translation>登录次数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_model.py" line="111" />
        <source>创建日期</source>
        <translation>创建日期</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="72" />
        <source>显示已注销的账号</source>
        <translation>显示已注销的账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="75" />
        <source>新建</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="76" />
        <source>修改（双击）</source>
        <translation>修改（双击）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="77" />
        <source>新建/重建密码</source>
        <translation>新建/重建密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="78" />
        <location filename="../../desktop/views/settings/accounts_page.py" line="262" />
        <source>注销</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="79" />
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="88" />
        <source>账号管理需要连接服务器，当前处于离线状态。</source>
        <translation>账号管理需要连接服务器，当前处于离线状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="106" />
        <source>全部区划</source>
        <translation>全部区划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="111" />
        <source>所在区划</source>
        <translation>所在区划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="189" />
        <source>显示 {} 个账号（共 {} 个）</source>
        <translation>显示 {} 个账号（共 {} 个）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="233" />
        <source>已新建账号 {}。</source>
        <translation>已新建账号 {}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="241" />
        <source>已修改账号 {}。</source>
        <translation>已修改账号 {}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="259" />
        <source>注销账号</source>
        <translation>注销账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="260" />
        <source>确定注销账号 {} 吗？</source>
        <translation>确定注销账号 {} 吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="264" />
        <source>注销后该账号立即退出登录且不能再登录；注销不能撤销，账号号码也不会再次使用（审核日志仍保留其姓名）。</source>
        <translation>注销后该账号立即退出登录且不能再登录；注销不能撤销，账号号码也不会再次使用（审核日志仍保留其姓名）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="276" />
        <source>已注销账号 {}。</source>
        <translation>已注销账号 {}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/accounts_page.py" line="291" />
        <source>已为账号 {} 设置新密码；该账号已登录的会话已结束，需用新密码重新登录。</source>
        <translation>已为账号 {} 设置新密码；该账号已登录的会话已结束，需用新密码重新登录。</translation>
    </message>
</context>
<context>
    <name>AmountsPanel</name>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="80" />
        <source>资金（万元）：测算 / 复核 / 机算</source>
        <translation>资金（万元）：测算 / 复核 / 机算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="127" />
        <source>测算</source>
        <translation>测算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="127" />
        <source>复核</source>
        <translation>复核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="127" />
        <source>机算</source>
        <translation>机算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="142" />
        <source>外贸：</source>
        <translation>外贸：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="144" />
        <source>内贸：</source>
        <translation>内贸：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="152" />
        <source>（未填）</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="163" />
        <source>机算公式：= {formula}</source>
        <translation>机算公式：= {formula}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="166" />
        <source>无机算金额：奖补标准未覆盖该项目，或记录缺少机算所需的数据。</source>
        <translation>无机算金额：奖补标准未覆盖该项目，或记录缺少机算所需的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/amounts_panel.py" line="172" />
        <source>三项金额一致。</source>
        <translation>三项金额一致。</translation>
    </message>
</context>
<context>
    <name>ApplicantSummaryDialog</name>
    <message>
        <location filename="../../desktop/views/reports/applicant_summary.py" line="25" />
        <source>汇总拆建申请人及申请记录</source>
        <translation>汇总拆建申请人及申请记录</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../desktop/views/workspace/audit_panel.py" line="23" />
        <source>审核日志（按时间倒序）</source>
        <translation>审核日志（按时间倒序）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/audit_panel.py" line="30" />
        <source>审核日期</source>
        <translation>审核日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/audit_panel.py" line="31" />
        <source>级别</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/audit_panel.py" line="32" />
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/audit_panel.py" line="33" />
        <source>审核意见</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/audit_panel.py" line="34" />
        <source>审核人</source>
        <translation>审核人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/audit_panel.py" line="47" />
        <source>尚无审核记录。</source>
        <translation>尚无审核记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/audit_panel.py" line="64" />
        <source>{decision}（待同步）</source>
        <translation>{decision}（待同步）</translation>
    </message>
</context>
<context>
    <name>BatchOptionsDialog</name>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="48" />
        <source>请填写保存位置，或点“浏览…”选择文件。</source>
        <translation>请填写保存位置，或点“浏览…”选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="53" />
        <source>“{path}”是文件夹，请在后面加上文件名，例如 {example}。</source>
        <translation>“{path}”是文件夹，请在后面加上文件名，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="57" />
        <source>文件夹“{folder}”不存在，请先建好它或另选位置。</source>
        <translation>文件夹“{folder}”不存在，请先建好它或另选位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="73" />
        <source>批量打印已通过的记录</source>
        <translation>批量打印已通过的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="81" />
        <source>{level}审核同意</source>
        <translation>{level}审核同意</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="85" />
        <source>浏览…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="98" />
        <source>打印文档：</source>
        <translation>打印文档：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="99" />
        <source>打印条件：</source>
        <translation>打印条件：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="100" />
        <source>保存为：</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="104" />
        <source>开始打印</source>
        <translation>开始打印</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="105" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="110" />
        <source>从当前列表的 {count} 条记录中，选出所选层级审核同意的记录，每条打印一份，合成一个 PDF 文件。</source>
        <translation>从当前列表的 {count} 条记录中，选出所选层级审核同意的记录，每条打印一份，合成一个 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="144" />
        <source>保存为</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_options.py" line="144" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="70" />
        <source>正在查找{level}审核同意的记录…</source>
        <translation>正在查找{level}审核同意的记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="69" />
        <source>批量打印{document}</source>
        <translation>批量打印{document}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="63" />
        <source>正在生成第 {done} / {total} 份{document}…</source>
        <translation>正在生成第 {done} / {total} 份{document}…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="79" />
        <source>已生成 {count} 份{document}（共 {pages} 页）：{path}</source>
        <translation>已生成 {count} 份{document}（共 {pages} 页）：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="83" />
        <source>；另有 {count} 条未经{level}审核同意，未打印。</source>
        <translation>；另有 {count} 条未经{level}审核同意，未打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="88" />
        <source>批量打印完成</source>
        <translation>批量打印完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="89" />
        <source>现在打开预览（可在预览中打印或另存）吗？</source>
        <translation>现在打开预览（可在预览中打印或另存）吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="92" />
        <source>打开预览</source>
        <translation>打开预览</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="93" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="100" />
        <source>已取消批量打印，未生成文件。</source>
        <translation>已取消批量打印，未生成文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="107" />
        <source>无法写入文件（{reason}），请换一个保存位置再试。</source>
        <translation>无法写入文件（{reason}），请换一个保存位置再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="111" />
        <source>批量打印失败（{kind}：{error}）。</source>
        <translation>批量打印失败（{kind}：{error}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/batch_print.py" line="115" />
        <source>批量打印</source>
        <translation>批量打印</translation>
    </message>
</context>
<context>
    <name>ChoiceControl</name>
    <message>
        <location filename="../../desktop/views/query/controls.py" line="68" />
        <location filename="../../desktop/views/query/controls.py" line="79" />
        <source>（不限）</source>
        <translation>（不限）</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../desktop/views/forms/editors.py" line="75" />
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="63" />
        <source>冲突与提交失败处理</source>
        <translation>冲突与提交失败处理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="89" />
        <source>只显示不同的字段</source>
        <translation>只显示不同的字段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="94" />
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="94" />
        <source>我的（本机，待提交）</source>
        <translation>我的（本机，待提交）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="94" />
        <source>服务器上的最新版本</source>
        <translation>服务器上的最新版本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="99" />
        <source>保留我的（基于最新版本重新提交）</source>
        <translation>保留我的（基于最新版本重新提交）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="102" />
        <source>采用服务器版本（放弃我的）</source>
        <translation>采用服务器版本（放弃我的）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="105" />
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="116" />
        <source>需要处理的待同步项：</source>
        <translation>需要处理的待同步项：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="173" />
        <source>冲突：服务器上的记录已被他人修改</source>
        <translation>冲突：服务器上的记录已被他人修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="174" />
        <source>提交失败：服务器拒绝了此操作（选中查看原因）</source>
        <translation>提交失败：服务器拒绝了此操作（选中查看原因）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="240" />
        <source>您修改时所依据的版本已过时：服务器上的记录已是第 {version} 版。</source>
        <translation>您修改时所依据的版本已过时：服务器上的记录已是第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="241" />
        <source>请对比两边后选择保留哪一方。服务器说明：{error}</source>
        <translation>请对比两边后选择保留哪一方。服务器说明：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="202" />
        <source>读取待同步项失败：{error}</source>
        <translation>读取待同步项失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="208" />
        <source>没有需要处理的冲突或提交失败的操作。</source>
        <translation>没有需要处理的冲突或提交失败的操作。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="221" />
        <source>不同的字段（红色，列在最前）：{fields}</source>
        <translation>不同的字段（红色，列在最前）：{fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="236" />
        <source>该记录已在服务器上删除，您的操作无法提交。只能放弃（采用服务器版本，记录将从本机移除）。</source>
        <translation>该记录已在服务器上删除，您的操作无法提交。只能放弃（采用服务器版本，记录将从本机移除）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="243" />
        <source>服务器拒绝了此操作：{error}</source>
        <translation>服务器拒绝了此操作：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="247" />
        <source>（服务器上已删除）</source>
        <translation>（服务器上已删除）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="308" />
        <source>已保留您的修改，将基于服务器最新版本重新提交。</source>
        <translation>已保留您的修改，将基于服务器最新版本重新提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="309" />
        <source>已放弃您的修改，记录显示为服务器上的版本。</source>
        <translation>已放弃您的修改，记录显示为服务器上的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/conflicts/conflicts_view.py" line="310" />
        <source>已重新排队提交。</source>
        <translation>已重新排队提交。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../desktop/views/forms/editors.py" line="128" />
        <source>年-月-日</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/editors.py" line="132" />
        <source>从日历中选择日期</source>
        <translation>从日历中选择日期</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../desktop/views/query/controls.py" line="276" />
        <source>年-月-日</source>
        <translation>年-月-日</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="43" />
        <source>（请选择退回原因，或在审核说明中写明）</source>
        <translation>（请选择退回原因，或在审核说明中写明）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="48" />
        <source>审核说明（可空；退回时写明需补正的内容）</source>
        <translation>审核说明（可空；退回时写明需补正的内容）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="53" />
        <source>同意</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="56" />
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="66" />
        <source>同意意见：</source>
        <translation>同意意见：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="68" />
        <source>退回意见：</source>
        <translation>退回意见：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="70" />
        <source>审核说明：</source>
        <translation>审核说明：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="94" />
        <source>审核日期：{day}</source>
        <translation>审核日期：{day}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="98" />
        <source>同意（{key}）</source>
        <translation>同意（{key}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="100" />
        <source>按所选同意意见提交“同意”，并打开下一条记录（快捷键：{keys}）</source>
        <translation>按所选同意意见提交“同意”，并打开下一条记录（快捷键：{keys}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="104" />
        <source>退回（{key}）</source>
        <translation>退回（{key}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="106" />
        <source>按所选退回原因提交“退回”，并打开下一条记录（快捷键：{keys}）</source>
        <translation>按所选退回原因提交“退回”，并打开下一条记录（快捷键：{keys}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/decision_bar.py" line="121" />
        <source>不能审核此记录：
{reasons}</source>
        <translation>不能审核此记录：
{reasons}</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <location filename="../../desktop/views/login/session.py" line="130" />
        <source>正在启动本机演示服务器……</source>
        <translation>正在启动本机演示服务器……</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/session.py" line="134" />
        <source>正在生成演示数据并启动本机演示服务器（首次约需一两分钟）……</source>
        <translation>正在生成演示数据并启动本机演示服务器（首次约需一两分钟）……</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/session.py" line="152" />
        <source>本机演示服务器：可在“账号”中选择任一演示账号登录。</source>
        <translation>本机演示服务器：可在“账号”中选择任一演示账号登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/session.py" line="197" />
        <source>正在登录 {0}……</source>
        <translation>正在登录 {0}……</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/session.py" line="228" />
        <source>
本机有该账号的缓存，可点“离线工作”继续审核。</source>
        <translation>
本机有该账号的缓存，可点“离线工作”继续审核。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/session.py" line="235" />
        <source>无法连接服务器：{0}{1}</source>
        <translation>无法连接服务器：{0}{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/session.py" line="243" />
        <source>登录失败：{0}</source>
        <translation>登录失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/session.py" line="247" />
        <source>正在打开本机缓存……</source>
        <translation>正在打开本机缓存……</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/session.py" line="255" />
        <source>本机没有该账号的缓存，请联网登录一次。</source>
        <translation>本机没有该账号的缓存，请联网登录一次。</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="33" />
        <source>打印预览</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="40" />
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="41" />
        <source>另存为PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="45" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="56" />
        <source>已另存为 {path}</source>
        <translation>已另存为 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="60" />
        <source>另存失败：{path}（{reason}），请换一个位置再试。</source>
        <translation>另存失败：{path}（{reason}），请换一个位置再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="79" />
        <source>打印预览 — {document}</source>
        <translation>打印预览 — {document}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="81" />
        <source>正在生成{document}…</source>
        <translation>正在生成{document}…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="91" />
        <source>打印预览 — {name}</source>
        <translation>打印预览 — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="92" />
        <source>文件：{path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="101" />
        <source>打印预览 — {title}</source>
        <translation>打印预览 — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="113" />
        <source>生成文档失败（{kind}：{error}），请同步后重试。</source>
        <translation>生成文档失败（{kind}：{error}），请同步后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/preview.py" line="123" />
        <source>共 {pages} 页。点“打印…”选择打印机，或点“另存为PDF…”保存文件。</source>
        <translation>共 {pages} 页。点“打印…”选择打印机，或点“另存为PDF…”保存文件。</translation>
    </message>
</context>
<context>
    <name>FieldGrid</name>
    <message>
        <location filename="../../desktop/views/forms/field_grid.py" line="46" />
        <source>：</source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>FieldGroups</name>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="36" />
        <source>申请人、船舶所有人与经营人</source>
        <translation>申请人、船舶所有人与经营人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="40" />
        <source>政策、项目、航区、动力与船舶类型</source>
        <translation>政策、项目、航区、动力与船舶类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="44" />
        <source>船名、识别号、船籍港与营运证号</source>
        <translation>船名、识别号、船籍港与营运证号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="48" />
        <source>总吨、载客位/载货吨、功率与建成日期</source>
        <translation>总吨、载客位/载货吨、功率与建成日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="52" />
        <source>注销、拆解开工与完工</source>
        <translation>注销、拆解开工与完工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="62" />
        <source>申请日期与备注</source>
        <translation>申请日期与备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="66" />
        <source>注销、完工与归档</source>
        <translation>注销、完工与归档</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="70" />
        <source>货主</source>
        <translation>货主</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="74" />
        <source>上年度完成量（标箱）与备注</source>
        <translation>上年度完成量（标箱）与备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="77" />
        <source>申请人与申请表号</source>
        <translation>申请人与申请表号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="79" />
        <source>年度数据（重箱）</source>
        <translation>年度数据（重箱）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="90" />
        <source>材料与备注</source>
        <translation>材料与备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="93" />
        <source>拆建申请人</source>
        <translation>拆建申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/field_groups.py" line="107" />
        <source>集装箱完成量月报</source>
        <translation>集装箱完成量月报</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <location filename="../../desktop/views/workspace/fields_panel.py" line="27" />
        <source>是</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/fields_panel.py" line="28" />
        <source>否</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/fields_panel.py" line="59" />
        <source>（未在本地找到）</source>
        <translation>（未在本地找到）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/fields_panel.py" line="91" />
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/fields_panel.py" line="92" />
        <source>：</source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/views/settings/form_dialog.py" line="49" />
        <location filename="../../desktop/views/settings/form_dialog.py" line="129" />
        <source>提交</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/form_dialog.py" line="53" />
        <location filename="../../desktop/views/settings/form_dialog.py" line="181" />
        <source>放弃</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/form_dialog.py" line="89" />
        <source>您填写的内容仍保留在表单中；再次点击【提交】将以您的内容为准覆盖。</source>
        <translation>您填写的内容仍保留在表单中；再次点击【提交】将以您的内容为准覆盖。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/form_dialog.py" line="129" />
        <source>正在提交…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/form_dialog.py" line="161" />
        <source>无法连接服务器，未提交（管理操作不会离线排队），内容已保留：</source>
        <translation>无法连接服务器，未提交（管理操作不会离线排队），内容已保留：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/form_dialog.py" line="171" />
        <source>正在提交，请等待服务器答复后再关闭。</source>
        <translation>正在提交，请等待服务器答复后再关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/form_dialog.py" line="178" />
        <source>放弃填写的内容</source>
        <translation>放弃填写的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/form_dialog.py" line="179" />
        <source>表单中填写的内容尚未提交，确定放弃吗？</source>
        <translation>表单中填写的内容尚未提交，确定放弃吗？</translation>
    </message>
</context>
<context>
    <name>FormSpecs</name>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="83" />
        <source>年-月-日，如 2024-5-21</source>
        <translation>年-月-日，如 2024-5-21</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="84" />
        <source>不超过100个字，可空</source>
        <translation>不超过100个字，可空</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="85" />
        <source>万元，2位小数，四舍五入</source>
        <translation>万元，2位小数，四舍五入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="86" />
        <source>整数，重箱（TEU）</source>
        <translation>整数，重箱（TEU）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="102" />
        <source>2-50个汉字，可含中文圆括号</source>
        <translation>2-50个汉字，可含中文圆括号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="106" />
        <source>18位统一社会信用代码或身份证号</source>
        <translation>18位统一社会信用代码或身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="111" />
        <source>5-50个字：汉字、数字、大写字母和中文圆括号</source>
        <translation>5-50个字：汉字、数字、大写字母和中文圆括号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="113" />
        <source>2-4个汉字</source>
        <translation>2-4个汉字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="114" />
        <source>固定电话带区号，如 073188770055</source>
        <translation>固定电话带区号，如 073188770055</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="115" />
        <source>开户银行全称</source>
        <translation>开户银行全称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="116" />
        <source>9-30位数字</source>
        <translation>9-30位数字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="121" />
        <source>拆建申请人</source>
        <translation>拆建申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="132" />
        <source>拆建申请</source>
        <translation>拆建申请</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="137" />
        <source>如 怀化（2024）0001</source>
        <translation>如 怀化（2024）0001</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="138" />
        <source>多所有人时，顿号“、”分隔</source>
        <translation>多所有人时，顿号“、”分隔</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="142" />
        <source>部政策渡船可不填</source>
        <translation>部政策渡船可不填</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="148" />
        <source>水运许可证号或渡运批文号，如 湘长XKA0123</source>
        <translation>水运许可证号或渡运批文号，如 湘长XKA0123</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="159" />
        <source>2-20个汉字，如 旅游客船</source>
        <translation>2-20个汉字，如 旅游客船</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="162" />
        <source>如 CN20241234566</source>
        <translation>如 CN20241234566</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="163" />
        <source>2-10个汉字，如 长沙</source>
        <translation>2-10个汉字，如 长沙</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="167" />
        <source>如 湘长沙SJ（2022）0001，渡船不填</source>
        <translation>如 湘长沙SJ（2022）0001，渡船不填</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="175" />
        <source>客船填载客位，货船填载货吨</source>
        <translation>客船填载客位，货船填载货吨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="178" />
        <source>取2位小数</source>
        <translation>取2位小数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="184" />
        <source>拆解项目必填（计算船龄）</source>
        <translation>拆解项目必填（计算船龄）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="191" />
        <location filename="../../desktop/views/forms/form_specs.py" line="198" />
        <source>改建/更新项目必填</source>
        <translation>改建/更新项目必填</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="203" />
        <source>申请表上第一个机构签章的日期</source>
        <translation>申请表上第一个机构签章的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="213" />
        <source>拆建完结</source>
        <translation>拆建完结</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="220" />
        <source>船舶注销日期，机算船龄到此日</source>
        <translation>船舶注销日期，机算船龄到此日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="225" />
        <source>平台联审判断日④，不早于注销日期</source>
        <translation>平台联审判断日④，不早于注销日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="234" />
        <source>货主</source>
        <translation>货主</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="245" />
        <source>集装箱月报</source>
        <translation>集装箱月报</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="254" />
        <source>1-12，连续衔接前个月份</source>
        <translation>1-12，连续衔接前个月份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="261" />
        <location filename="../../desktop/views/forms/form_specs.py" line="268" />
        <source>整数，0-500000重箱</source>
        <translation>整数，0-500000重箱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="276" />
        <source>奖励申请</source>
        <translation>奖励申请</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/form_specs.py" line="280" />
        <source>如 湘潭（2024）001</source>
        <translation>如 湘潭（2024）001</translation>
    </message>
</context>
<context>
    <name>InlineForm</name>
    <message>
        <location filename="../../desktop/views/settings/inline_form.py" line="69" />
        <source>无法连接服务器，未提交（不会离线排队），内容已保留：</source>
        <translation>无法连接服务器，未提交（不会离线排队），内容已保留：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/inline_form.py" line="107" />
        <source>正在提交…</source>
        <translation>正在提交…</translation>
    </message>
</context>
<context>
    <name>JointReviewPage</name>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="103" />
        <source>平台联审（水路运政库、船舶登记库、船检登记库）</source>
        <translation>平台联审（水路运政库、船舶登记库、船检登记库）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="106" />
        <source>所在区划：{region}</source>
        <translation>所在区划：{region}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="111" />
        <source>保存联审结果</source>
        <translation>保存联审结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="113" />
        <source>勾选：保存每条记录的联审结果（通过或未过）；不勾选：只预览，不改变记录。</source>
        <translation>勾选：保存每条记录的联审结果（通过或未过）；不勾选：只预览，不改变记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="115" />
        <source>开始平台联审</source>
        <translation>开始平台联审</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="179" />
        <source>登录已失效，请重新登录后再进行平台联审。</source>
        <translation>登录已失效，请重新登录后再进行平台联审。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="182" />
        <source>平台联审未完成：{reason}</source>
        <translation>平台联审未完成：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="198" />
        <source>已重新连接服务器，可以进行平台联审。</source>
        <translation>已重新连接服务器，可以进行平台联审。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="205" />
        <source>平台联审需要连接服务器（要查询服务器上的水路运政、船舶登记和船检登记库），当前处于离线状态，不能联审。</source>
        <translation>平台联审需要连接服务器（要查询服务器上的水路运政、船舶登记和船检登记库），当前处于离线状态，不能联审。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="209" />
        <source>联网后会自动恢复；列表中已同步的联审结果仍可查看。</source>
        <translation>联网后会自动恢复；列表中已同步的联审结果仍可查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="218" />
        <source>正在联审并保存结果，请稍候…</source>
        <translation>正在联审并保存结果，请稍候…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="219" />
        <source>正在联审（预览，不保存），请稍候…</source>
        <translation>正在联审（预览，不保存），请稍候…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="224" />
        <source>本区划没有{kind}记录，无需联审。</source>
        <translation>本区划没有{kind}记录，无需联审。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="226" />
        <source>本区划共 {total} 条{kind}记录：联审 {checked} 条，通过 {passed} 条，未过 {failed} 条；跳过 {skipped} 条（原因见下表）。</source>
        <translation>本区划共 {total} 条{kind}记录：联审 {checked} 条，通过 {passed} 条，未过 {failed} 条；跳过 {skipped} 条（原因见下表）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="237" />
        <source>联审结果已保存（{day}）。</source>
        <translation>联审结果已保存（{day}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="238" />
        <source>列表将在同步后显示新的联审标记和问题。</source>
        <translation>列表将在同步后显示新的联审标记和问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="240" />
        <source>联审预览（未保存，记录不变）。</source>
        <translation>联审预览（未保存，记录不变）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="241" />
        <source>如需保存结果，请勾选“保存联审结果”后再次联审。</source>
        <translation>如需保存结果，请勾选“保存联审结果”后再次联审。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="246" />
        <source>{name} {rows} 条（{loaded} 载入）</source>
        <translation>{name} {rows} 条（{loaded} 载入）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/page.py" line="251" />
        <source>联审依据：{registries}</source>
        <translation>联审依据：{registries}</translation>
    </message>
</context>
<context>
    <name>JointReviewPanel</name>
    <message>
        <location filename="../../desktop/views/workspace/joint_review_panel.py" line="42" />
        <source>平台联审</source>
        <translation>平台联审</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/joint_review_panel.py" line="76" />
        <source>√ 联审通过（{day}）：证书在各判断日均有效。</source>
        <translation>√ 联审通过（{day}）：证书在各判断日均有效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/joint_review_panel.py" line="80" />
        <source>× 联审未过（{day}），共 {count} 个问题：</source>
        <translation>× 联审未过（{day}），共 {count} 个问题：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/joint_review_panel.py" line="84" />
        <source>尚未进行平台联审。</source>
        <translation>尚未进行平台联审。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/joint_review_panel.py" line="95" />
        <source>{mark}{name} {day}</source>
        <translation>{mark}{name} {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/joint_review_panel.py" line="102" />
        <source>判断日标记：{marks}</source>
        <translation>判断日标记：{marks}</translation>
    </message>
</context>
<context>
    <name>ListColumns</name>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="121" />
        <source>上传材料</source>
        <translation>上传材料</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="122" />
        <source>所在区划</source>
        <translation>所在区划</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="123" />
        <source>建档日期</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="125" />
        <source>船名</source>
        <translation>船名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="126" />
        <source>政策</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="127" />
        <source>项目</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="128" />
        <source>航区</source>
        <translation>航区</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="129" />
        <source>动力</source>
        <translation>动力</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="130" />
        <source>船舶类型</source>
        <translation>船舶类型</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="131" />
        <location filename="../../desktop/models/list_columns.py" line="154" />
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="133" />
        <source>联审</source>
        <translation>联审</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="134" />
        <source>县审</source>
        <translation>县审</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="135" />
        <location filename="../../desktop/models/list_columns.py" line="194" />
        <location filename="../../desktop/models/list_columns.py" line="240" />
        <source>市审</source>
        <translation>市审</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="136" />
        <location filename="../../desktop/models/list_columns.py" line="241" />
        <source>省审</source>
        <translation>省审</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="137" />
        <source>申请日期</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="140" />
        <source>总吨</source>
        <translation>总吨</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="141" />
        <source>载客/载重</source>
        <translation>载客/载重</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="142" />
        <source>功率(千瓦)</source>
        <translation>功率(千瓦)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="143" />
        <source>测算(万元)</source>
        <translation>测算(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="144" />
        <source>复核(万元)</source>
        <translation>复核(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="145" />
        <source>机算(万元)</source>
        <translation>机算(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="146" />
        <location filename="../../desktop/models/list_columns.py" line="238" />
        <source>申请表号</source>
        <translation>申请表号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="155" />
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="156" />
        <source>社会信用代码/身份证号</source>
        <translation>社会信用代码/身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="157" />
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="158" />
        <location filename="../../desktop/models/list_columns.py" line="195" />
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="159" />
        <location filename="../../desktop/models/list_columns.py" line="196" />
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="160" />
        <location filename="../../desktop/models/list_columns.py" line="199" />
        <source>开户银行</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="161" />
        <source>银行账号</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="171" />
        <location filename="../../desktop/models/list_columns.py" line="182" />
        <source>注销日期</source>
        <translation>注销日期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="172" />
        <source>拆解开工</source>
        <translation>拆解开工</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="173" />
        <location filename="../../desktop/models/list_columns.py" line="183" />
        <source>拆解完工</source>
        <translation>拆解完工</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="184" />
        <source>完结归档日</source>
        <translation>完结归档日</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="192" />
        <location filename="../../desktop/models/list_columns.py" line="218" />
        <location filename="../../desktop/models/list_columns.py" line="237" />
        <source>货主</source>
        <translation>货主</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="197" />
        <source>社会信用代码</source>
        <translation>社会信用代码</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="198" />
        <source>营业执照地址</source>
        <translation>营业执照地址</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="202" />
        <source>上年外贸(标箱)</source>
        <translation>上年外贸(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="207" />
        <source>上年内贸(标箱)</source>
        <translation>上年内贸(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="219" />
        <source>年份</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="220" />
        <source>月份</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="221" />
        <source>合计(标箱)</source>
        <translation>合计(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="222" />
        <source>外贸(标箱)</source>
        <translation>外贸(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="223" />
        <source>内贸(标箱)</source>
        <translation>内贸(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="226" />
        <source>材料上传</source>
        <translation>材料上传</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="243" />
        <source>上年合计</source>
        <translation>上年合计</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="247" />
        <source>上年外贸</source>
        <translation>上年外贸</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="252" />
        <source>上年内贸</source>
        <translation>上年内贸</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="256" />
        <source>本年合计</source>
        <translation>本年合计</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="260" />
        <source>本年外贸</source>
        <translation>本年外贸</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="265" />
        <source>本年内贸</source>
        <translation>本年内贸</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="270" />
        <source>测算外贸(万元)</source>
        <translation>测算外贸(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="275" />
        <source>测算内贸(万元)</source>
        <translation>测算内贸(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="278" />
        <source>复核外贸(万元)</source>
        <translation>复核外贸(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="279" />
        <source>复核内贸(万元)</source>
        <translation>复核内贸(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="281" />
        <source>机算外贸(万元)</source>
        <translation>机算外贸(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/list_columns.py" line="285" />
        <source>机算内贸(万元)</source>
        <translation>机算内贸(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/columns.py" line="20" />
        <source>联审问题</source>
        <translation>联审问题</translation>
    </message>
</context>
<context>
    <name>ListExporter</name>
    <message>
        <location filename="../../desktop/views/lists/export.py" line="59" />
        <location filename="../../desktop/views/lists/export.py" line="82" />
        <source>导出查询结果</source>
        <translation>导出查询结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/export.py" line="38" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/export.py" line="81" />
        <source>正在导出 {0} 条记录……</source>
        <translation>正在导出 {0} 条记录……</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/export.py" line="86" />
        <source>已导出 {0} 条记录到 {1}</source>
        <translation>已导出 {0} 条记录到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/export.py" line="90" />
        <source>已取消导出，未生成文件。</source>
        <translation>已取消导出，未生成文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/export.py" line="93" />
        <source>导出失败：{0}</source>
        <translation>导出失败：{0}</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="65" />
        <source>登录 — 湖南省水运奖补资金审核桌面端</source>
        <translation>登录 — 湖南省水运奖补资金审核桌面端</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="70" />
        <source>湖南省水运奖补资金审核桌面端</source>
        <translation>湖南省水运奖补资金审核桌面端</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="111" />
        <source>例如 https://syjb.jt.hunan.gov.cn</source>
        <translation>例如 https://syjb.jt.hunan.gov.cn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="117" />
        <source>如 430121-1</source>
        <translation>如 430121-1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="121" />
        <source>9字密码</source>
        <translation>9字密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="122" />
        <location filename="../../desktop/views/login/login_window.py" line="303" />
        <source>显示密码</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="127" />
        <source>服务器地址</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="129" />
        <source>账号</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="130" />
        <source>密码</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="135" />
        <source>记住账号</source>
        <translation>记住账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="137" />
        <source>记住密码</source>
        <translation>记住密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="139" />
        <source>密码只保存在本机系统的凭据管理器中；登录失效时自动重新登录。</source>
        <translation>密码只保存在本机系统的凭据管理器中；登录失效时自动重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="148" />
        <source>离线工作</source>
        <translation>离线工作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="149" />
        <source>不连服务器，使用本机缓存审核；恢复联网后自动同步。</source>
        <translation>不连服务器，使用本机缓存审核；恢复联网后自动同步。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="154" />
        <source>登录</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="157" />
        <source>退出</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="246" />
        <source>请输入密码。</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="271" />
        <source>请输入服务器地址。</source>
        <translation>请输入服务器地址。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="274" />
        <source>服务器地址应以 http:// 或 https:// 开头，例如 https://syjb.example.cn。</source>
        <translation>服务器地址应以 http:// 或 https:// 开头，例如 https://syjb.example.cn。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="281" />
        <source>请输入账号。</source>
        <translation>请输入账号。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="283" />
        <source>账号格式为“6位区划代码-序号”，例如 430121-1。</source>
        <translation>账号格式为“6位区划代码-序号”，例如 430121-1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login/login_window.py" line="303" />
        <source>隐藏密码</source>
        <translation>隐藏密码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window/main_window.py" line="75" />
        <source>湖南省水运奖补资金审核桌面端</source>
        <translation>湖南省水运奖补资金审核桌面端</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/main_window.py" line="162" />
        <source>与服务器冲突的修改</source>
        <translation>与服务器冲突的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/main_window.py" line="186" />
        <source>立即同步</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/main_window.py" line="189" />
        <source>退出程序</source>
        <translation>退出程序</translation>
    </message>
</context>
<context>
    <name>MaterialOpener</name>
    <message>
        <location filename="../../desktop/views/workspace/material_opener.py" line="103" />
        <source>读取本机材料文件失败（{kind}：{detail}）</source>
        <translation>读取本机材料文件失败（{kind}：{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/material_opener.py" line="106" />
        <source>无法显示材料“{name}”：{reason}</source>
        <translation>无法显示材料“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/material_opener.py" line="120" />
        <source>正在下载“{name}”：{done} / {total}</source>
        <translation>正在下载“{name}”：{done} / {total}</translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="53" />
        <source>材料</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="53" />
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="53" />
        <source>大小</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="112" />
        <source>单击在右侧查看</source>
        <translation>单击在右侧查看</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="112" />
        <source>未上传该材料</source>
        <translation>未上传该材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="120" />
        <source>已上传（必需）</source>
        <translation>已上传（必需）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="120" />
        <source>已上传</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="122" />
        <source>缺少（必需）</source>
        <translation>缺少（必需）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="124" />
        <source>未上传（非必需）</source>
        <translation>未上传（非必需）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="126" />
        <source>清单外文件</source>
        <translation>清单外文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="132" />
        <source>{size}（未下载）</source>
        <translation>{size}（未下载）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/materials_panel.py" line="141" />
        <source>材料清单：必需 {required} 项，已上传 {present} 项，缺少 {missing} 项。</source>
        <translation>材料清单：必需 {required} 项，已上传 {present} 项，缺少 {missing} 项。</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="71" />
        <source>政策及规定</source>
        <translation>政策及规定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="73" />
        <source>奖补标准及计算公式与样例</source>
        <translation>奖补标准及计算公式与样例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="74" />
        <source>上传材料及命名规定一览表</source>
        <translation>上传材料及命名规定一览表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="78" />
        <source>拆建申请与审核（部省船舶）</source>
        <translation>拆建申请与审核（部省船舶）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="80" />
        <source>申请人建档</source>
        <translation>申请人建档</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="81" />
        <source>申请建档及材料</source>
        <translation>申请建档及材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="82" />
        <source>申请审核（平台）</source>
        <translation>申请审核（平台）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="85" />
        <source>申请审核（县级）</source>
        <translation>申请审核（县级）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="92" />
        <source>申请审核（市级）</source>
        <translation>申请审核（市级）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="99" />
        <source>申请审核（省级）</source>
        <translation>申请审核（省级）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="107" />
        <source>拆建完结与审核（部拆建船）</source>
        <translation>拆建完结与审核（部拆建船）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="111" />
        <source>完结建档及材料</source>
        <translation>完结建档及材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="118" />
        <source>完结审核（平台）</source>
        <translation>完结审核（平台）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="125" />
        <source>完结审核（县级）</source>
        <translation>完结审核（县级）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="133" />
        <source>完结审核（市级）</source>
        <translation>完结审核（市级）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="140" />
        <source>完结审核（省级）</source>
        <translation>完结审核（省级）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="148" />
        <source>货主申请与审核</source>
        <translation>货主申请与审核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="150" />
        <source>货主建档及材料</source>
        <translation>货主建档及材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="153" />
        <source>货主审核（市级）</source>
        <translation>货主审核（市级）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="158" />
        <source>集装箱月报及材料</source>
        <translation>集装箱月报及材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="162" />
        <source>货主奖励与审核</source>
        <translation>货主奖励与审核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="164" />
        <source>奖励建档及材料</source>
        <translation>奖励建档及材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="167" />
        <source>奖励审核（市级）</source>
        <translation>奖励审核（市级）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="174" />
        <source>奖励审核（省级）</source>
        <translation>奖励审核（省级）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="182" />
        <source>查询与导出结果</source>
        <translation>查询与导出结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="184" />
        <source>拆建申请人</source>
        <translation>拆建申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="187" />
        <source>拆建申请与完结记录</source>
        <translation>拆建申请与完结记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="191" />
        <source>货主与奖励记录</source>
        <translation>货主与奖励记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="192" />
        <source>货主集装箱月报</source>
        <translation>货主集装箱月报</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="196" />
        <source>汇总与导出报表</source>
        <translation>汇总与导出报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="200" />
        <source>平台联审情况汇总</source>
        <translation>平台联审情况汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="206" />
        <source>资金测算与复核表（拆解）</source>
        <translation>资金测算与复核表（拆解）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="212" />
        <source>资金测算与复核表（新改）</source>
        <translation>资金测算与复核表（新改）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="216" />
        <source>导出附件7</source>
        <translation>导出附件7</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="219" />
        <source>资金测算与复核表（货主）</source>
        <translation>资金测算与复核表（货主）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="223" />
        <source>导出附件8</source>
        <translation>导出附件8</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="227" />
        <source>系统管理</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="231" />
        <source>管理奖补申报状态</source>
        <translation>管理奖补申报状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="235" />
        <source>管理奖补年份</source>
        <translation>管理奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="239" />
        <source>账号与登录者</source>
        <translation>账号与登录者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="243" />
        <source>管理本级与下级账号</source>
        <translation>管理本级与下级账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="247" />
        <source>修改(自己)登录者信息</source>
        <translation>修改(自己)登录者信息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/menu.py" line="248" />
        <source>注销(自己)登录账号</source>
        <translation>注销(自己)登录账号</translation>
    </message>
</context>
<context>
    <name>OwnPasswordForm</name>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="113" />
        <source>修改登录密码</source>
        <translation>修改登录密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="113" />
        <source>修改密码</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="118" />
        <source>至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {}</source>
        <translation>至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="121" />
        <source>原密码</source>
        <translation>原密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="122" />
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="123" />
        <source>确认新密码</source>
        <translation>确认新密码</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/views/main_window/pages.py" line="117" />
        <source>拆建申请记录</source>
        <translation>拆建申请记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/pages.py" line="118" />
        <source>拆建完结记录</source>
        <translation>拆建完结记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/pages.py" line="121" />
        <source>货主记录</source>
        <translation>货主记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/pages.py" line="122" />
        <source>奖励申请记录</source>
        <translation>奖励申请记录</translation>
    </message>
</context>
<context>
    <name>ParentRow</name>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="28" />
        <location filename="../../desktop/views/forms/parent_row.py" line="47" />
        <source>（尚未选取）</source>
        <translation>（尚未选取）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="52" />
        <source>完结记录复制自申请记录，不能改选。</source>
        <translation>完结记录复制自申请记录，不能改选。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="64" />
        <source>申请人：</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="66" />
        <source>拆建申请：</source>
        <translation>拆建申请：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="67" />
        <source>货主：</source>
        <translation>货主：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="71" />
        <source>查找并选取申请人</source>
        <translation>查找并选取申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="73" />
        <source>查找并选取申请记录</source>
        <translation>查找并选取申请记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="74" />
        <source>查找并选取货主</source>
        <translation>查找并选取货主</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="78" />
        <source>选取后复制申请人信息（所有人、经营人为空时填入申请人名称）。</source>
        <translation>选取后复制申请人信息（所有人、经营人为空时填入申请人名称）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="80" />
        <source>船舶信息复制自申请记录，不可修改；此处只填写注销、归档日期和资金复核。</source>
        <translation>船舶信息复制自申请记录，不可修改；此处只填写注销、归档日期和资金复核。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/parent_row.py" line="81" />
        <source>只能选取通过了市级审核的货主。</source>
        <translation>只能选取通过了市级审核的货主。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/views/settings/password_dialog.py" line="34" />
        <source>新建/重建登录密码</source>
        <translation>新建/重建登录密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/password_dialog.py" line="40" />
        <source>账号</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/password_dialog.py" line="41" />
        <source>至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {}</source>
        <translation>至少3个不同字母（含大小写）、3个不同数字、3个不同半角标点，如 {}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/password_dialog.py" line="44" />
        <source>新密码</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/password_dialog.py" line="45" />
        <source>确认密码</source>
        <translation>确认密码</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../../desktop/views/settings/widgets.py" line="177" />
        <source>隐藏密码</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/widgets.py" line="177" />
        <source>显示密码</source>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>PdfToolBar</name>
    <message>
        <location filename="../../desktop/views/pdf/toolbar.py" line="115" />
        <source>缩放比例（50%–400%）</source>
        <translation>缩放比例（50%–400%）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/toolbar.py" line="130" />
        <source>输入页码后按回车跳转</source>
        <translation>输入页码后按回车跳转</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/toolbar.py" line="131" />
        <source>第 </source>
        <translation>第 </translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/toolbar.py" line="137" />
        <source>在文件中查找</source>
        <translation>在文件中查找</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/toolbar.py" line="154" />
        <source> / {total} 页</source>
        <translation> / {total} 页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/toolbar.py" line="155" />
        <source>第 – / – 页</source>
        <translation>第 – / – 页</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="384" />
        <source>已复制第 {page} 页的文字</source>
        <translation>已复制第 {page} 页的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="387" />
        <source>第 {page} 页没有可复制的文字（可能是扫描件）</source>
        <translation>第 {page} 页没有可复制的文字（可能是扫描件）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="410" />
        <source>打印完成</source>
        <translation>打印完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="411" />
        <source>已取消打印</source>
        <translation>已取消打印</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="412" />
        <source>打印失败：无法渲染页面或写入打印机</source>
        <translation>打印失败：无法渲染页面或写入打印机</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="423" />
        <source>另存为</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="425" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="443" />
        <source>材料</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="447" />
        <source>已另存为 {path}</source>
        <translation>已另存为 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/viewer.py" line="451" />
        <source>另存失败：{path}（{reason}）</source>
        <translation>另存失败：{path}（{reason}）</translation>
    </message>
</context>
<context>
    <name>PermissionBoxes</name>
    <message>
        <location filename="../../desktop/views/settings/account_dialog.py" line="68" />
        <source>（本级账号不能授予【管理】）</source>
        <translation>（本级账号不能授予【管理】）</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="115" />
        <source>过滤并列表</source>
        <translation>过滤并列表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="117" />
        <source>选取（双击）</source>
        <translation>选取（双击）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="121" />
        <source>正在读取…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="138" />
        <source>查找并选取申请人</source>
        <translation>查找并选取申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="140" />
        <source>查找并选取申请记录（省级已审核通过的部政策拆解船）</source>
        <translation>查找并选取申请记录（省级已审核通过的部政策拆解船）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="141" />
        <source>查找并选取通过了市级审核的货主</source>
        <translation>查找并选取通过了市级审核的货主</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="145" />
        <source>船名含字串（可空）</source>
        <translation>船名含字串（可空）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="147" />
        <source>货主名含子串（可空）</source>
        <translation>货主名含子串（可空）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="148" />
        <source>申请人名含名字串（可空）</source>
        <translation>申请人名含名字串（可空）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="151" />
        <source>输入名称中的几个字，列表随输入过滤</source>
        <translation>输入名称中的几个字，列表随输入过滤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="163" />
        <source>读取本地记录失败：{error}</source>
        <translation>读取本地记录失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/pickers.py" line="174" />
        <source>共 {shown} 条（全部 {total} 条）。双击一行选取。</source>
        <translation>共 {shown} 条（全部 {total} 条）。双击一行选取。</translation>
    </message>
</context>
<context>
    <name>PolicyPages</name>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="34" />
        <source>不限</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="44" />
        <location filename="../../desktop/views/lists/policy_pages.py" line="64" />
        <source>编号</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="45" />
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="46" />
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="47" />
        <source>参数单位</source>
        <translation>参数单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="48" />
        <source>参数范围</source>
        <translation>参数范围</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="49" />
        <source>系数</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="50" />
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="52" />
        <source>数据来源</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="54" />
        <source>示例占位</source>
        <translation>示例占位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="56" />
        <source>手册</source>
        <translation>手册</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="65" />
        <source>材料文件名</source>
        <translation>材料文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="66" />
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="68" />
        <source>必传</source>
        <translation>必传</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="71" />
        <source>上限(MB)</source>
        <translation>上限(MB)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="72" />
        <source>适用政策</source>
        <translation>适用政策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="73" />
        <source>适用项目</source>
        <translation>适用项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="74" />
        <source>适用船舶</source>
        <translation>适用船舶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="75" />
        <source>压缩包建议名</source>
        <translation>压缩包建议名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="80" />
        <source>&lt;h3&gt;计算公式与样例（金额单位万元，保留2位小数，四舍五入）&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;部政策&lt;/b&gt;：奖补 = 标准 × 总吨 × 船型系数 × X；拆解时 X 为船龄系数，新建时为动力形式系数，更新时不乘 X。例：0.1 × 345 × 1.5 × 1.00 = 51.75。&lt;/li&gt;&lt;li&gt;&lt;b&gt;省政策拆解&lt;/b&gt;：基数 × 总吨 × 船型系数 × 船龄系数。例：0.1 × 345 × 1.5 × 0.72 = 37.26。&lt;/li&gt;&lt;li&gt;&lt;b&gt;省政策新建/改建液化天然气船&lt;/b&gt;：按主机功率档位定额。例：改建 299.5 千瓦液气货船 → 63。&lt;/li&gt;&lt;li&gt;&lt;b&gt;省政策新建/改建纯电客船&lt;/b&gt;：功率取整定档，奖补 = 每千瓦标准 × 实际功率。例：100.5 千瓦 → 101 千瓦档 → 0.7 × 100.5 = 70.35。&lt;/li&gt;&lt;li&gt;&lt;b&gt;省政策纯电或其他新能源货船&lt;/b&gt;：载重 D 在 [D1, D2] 档、金额 [M1, M2]：M1 + (D − D1)/(D2 − D1) × (M2 − M1)，吨位系数取6位小数。例：D = 2500 → 300 + 0.166389 × 200 = 333.28。&lt;/li&gt;&lt;li&gt;&lt;b&gt;船龄&lt;/b&gt;（3位小数）：同年为建成日（含）至注销日（不含）的天数 ÷ 当年天数；跨年为整年数 + 建成年剩余天数 ÷ 当年天数 + 注销年已过天数 ÷ 当年天数。例：2024-05-01 → 2024-10-31 = 0.5。&lt;/li&gt;&lt;li&gt;&lt;b&gt;集装箱运输发展&lt;/b&gt;：外贸按同比增量分档（≤300 标箱 60 元，301–800 标箱 80 元，800 以上 100 元），增量 1000 → 78000 元；内贸按本年完成量 30 元/标箱。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;每条记录同时保留申请人测算、审核复核与系统机算三个金额，三者不一致时在审核页中标出。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;计算公式与样例（金额单位万元，保留2位小数，四舍五入）&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;部政策&lt;/b&gt;：奖补 = 标准 × 总吨 × 船型系数 × X；拆解时 X 为船龄系数，新建时为动力形式系数，更新时不乘 X。例：0.1 × 345 × 1.5 × 1.00 = 51.75。&lt;/li&gt;&lt;li&gt;&lt;b&gt;省政策拆解&lt;/b&gt;：基数 × 总吨 × 船型系数 × 船龄系数。例：0.1 × 345 × 1.5 × 0.72 = 37.26。&lt;/li&gt;&lt;li&gt;&lt;b&gt;省政策新建/改建液化天然气船&lt;/b&gt;：按主机功率档位定额。例：改建 299.5 千瓦液气货船 → 63。&lt;/li&gt;&lt;li&gt;&lt;b&gt;省政策新建/改建纯电客船&lt;/b&gt;：功率取整定档，奖补 = 每千瓦标准 × 实际功率。例：100.5 千瓦 → 101 千瓦档 → 0.7 × 100.5 = 70.35。&lt;/li&gt;&lt;li&gt;&lt;b&gt;省政策纯电或其他新能源货船&lt;/b&gt;：载重 D 在 [D1, D2] 档、金额 [M1, M2]：M1 + (D − D1)/(D2 − D1) × (M2 − M1)，吨位系数取6位小数。例：D = 2500 → 300 + 0.166389 × 200 = 333.28。&lt;/li&gt;&lt;li&gt;&lt;b&gt;船龄&lt;/b&gt;（3位小数）：同年为建成日（含）至注销日（不含）的天数 ÷ 当年天数；跨年为整年数 + 建成年剩余天数 ÷ 当年天数 + 注销年已过天数 ÷ 当年天数。例：2024-05-01 → 2024-10-31 = 0.5。&lt;/li&gt;&lt;li&gt;&lt;b&gt;集装箱运输发展&lt;/b&gt;：外贸按同比增量分档（≤300 标箱 60 元，301–800 标箱 80 元，800 以上 100 元），增量 1000 → 78000 元；内贸按本年完成量 30 元/标箱。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;每条记录同时保留申请人测算、审核复核与系统机算三个金额，三者不一致时在审核页中标出。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/views/forms/machine_preview.py" line="181" />
        <source>资金机算（预览，提交后以服务器计算为准）</source>
        <translation>资金机算（预览，提交后以服务器计算为准）</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../desktop/views/pdf/printing.py" line="60" />
        <location filename="../../desktop/views/pdf/printing.py" line="106" />
        <source>打印</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/printing.py" line="104" />
        <source>正在准备打印…</source>
        <translation>正在准备打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/printing.py" line="104" />
        <source>取消打印</source>
        <translation>取消打印</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/printing.py" line="119" />
        <source>正在打印第 {done} / {total} 页…</source>
        <translation>正在打印第 {done} / {total} 页…</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="38" />
        <source>修改(自己)登录者信息</source>
        <translation>修改(自己)登录者信息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="38" />
        <source>保存个人资料</source>
        <translation>保存个人资料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="46" />
        <source>登录账号</source>
        <translation>登录账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="47" />
        <source>所在区划</source>
        <translation>所在区划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="48" />
        <source>账号权限</source>
        <translation>账号权限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="49" />
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="49" />
        <source>2-4个汉字</source>
        <translation>2-4个汉字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="51" />
        <source>所在单位与部门</source>
        <translation>所在单位与部门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="51" />
        <source>5-20个汉字</source>
        <translation>5-20个汉字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="54" />
        <source>部门</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="54" />
        <source>可空；5-20个汉字</source>
        <translation>可空；5-20个汉字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="75" />
        <source>个人资料尚未从服务器读取，请稍候或点【重试】。</source>
        <translation>个人资料尚未从服务器读取，请稍候或点【重试】。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="78" />
        <source>没有修改任何内容。</source>
        <translation>没有修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="97" />
        <source>您填写的内容仍保留；再次点击【保存个人资料】将以您的内容为准。</source>
        <translation>您填写的内容仍保留；再次点击【保存个人资料】将以您的内容为准。</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../desktop/views/settings/profile_page.py" line="59" />
        <source>修改个人资料、密码或注销账号需要连接服务器，当前处于离线状态。</source>
        <translation>修改个人资料、密码或注销账号需要连接服务器，当前处于离线状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_page.py" line="72" />
        <source>个人资料已保存。</source>
        <translation>个人资料已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_page.py" line="78" />
        <source>登录密码已修改。其他电脑上以此账号的登录已结束，本机保持登录；下次请用新密码登录。</source>
        <translation>登录密码已修改。其他电脑上以此账号的登录已结束，本机保持登录；下次请用新密码登录。</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <location filename="../../desktop/views/progress_task.py" line="92" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QueryDialog</name>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="83" />
        <source>设置综合查询条件与排序规则 — {0}</source>
        <translation>设置综合查询条件与排序规则 — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="91" />
        <source>排序规则</source>
        <translation>排序规则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="143" />
        <source>有 {0} 处输入需要修改，见各栏下方的红字提示。</source>
        <translation>有 {0} 处输入需要修改，见各栏下方的红字提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="192" />
        <source>无法读取已保存的查询“{0}”：{1}</source>
        <translation>无法读取已保存的查询“{0}”：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="238" />
        <source>已保存的查询</source>
        <translation>已保存的查询</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="243" />
        <source>保存当前条件…</source>
        <translation>保存当前条件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="245" />
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="254" />
        <source>获取查询结果</source>
        <translation>获取查询结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="257" />
        <source>清空/重置条件</source>
        <translation>清空/重置条件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="258" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="280" />
        <source>（选择后载入）</source>
        <translation>（选择后载入）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="280" />
        <source>（尚无）</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="295" />
        <source>保存查询</source>
        <translation>保存查询</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="295" />
        <source>查询名称（同名将替换）：</source>
        <translation>查询名称（同名将替换）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="305" />
        <source>删除已保存的查询</source>
        <translation>删除已保存的查询</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/query_dialog.py" line="305" />
        <source>确定删除已保存的查询“{0}”吗？</source>
        <translation>确定删除已保存的查询“{0}”吗？</translation>
    </message>
</context>
<context>
    <name>QueryFields</name>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="70" />
        <source>同意</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="71" />
        <source>退回</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="72" />
        <location filename="../../desktop/views/query/fields.py" line="77" />
        <source>未审</source>
        <translation>未审</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="75" />
        <source>通过</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="76" />
        <source>未过</source>
        <translation>未过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="79" />
        <source>上传</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="80" />
        <source>未传</source>
        <translation>未传</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="106" />
        <source>年份与区划</source>
        <translation>年份与区划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="108" />
        <source>奖补年份</source>
        <translation>奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="109" />
        <source>所在区划</source>
        <translation>所在区划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="114" />
        <source>上传材料</source>
        <translation>上传材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="120" />
        <source>申请日期</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="121" />
        <source>实际/拟注销日期</source>
        <translation>实际/拟注销日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="122" />
        <source>实际/拟拆解开工</source>
        <translation>实际/拟拆解开工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="123" />
        <location filename="../../desktop/views/query/fields.py" line="230" />
        <location filename="../../desktop/views/query/fields.py" line="244" />
        <location filename="../../desktop/views/query/fields.py" line="270" />
        <location filename="../../desktop/views/query/fields.py" line="288" />
        <source>建档日期</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="124" />
        <source>建成日期</source>
        <translation>建成日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="128" />
        <source>拆解完工日期</source>
        <translation>拆解完工日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="129" />
        <source>完结归档日</source>
        <translation>完结归档日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="134" />
        <source>申请人与经营</source>
        <translation>申请人与经营</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="136" />
        <location filename="../../desktop/views/query/fields.py" line="219" />
        <location filename="../../desktop/views/query/fields.py" line="221" />
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="139" />
        <location filename="../../desktop/views/query/fields.py" line="224" />
        <source>申请人类别</source>
        <translation>申请人类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="142" />
        <source>船舶所有人</source>
        <translation>船舶所有人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="143" />
        <source>船舶经营人</source>
        <translation>船舶经营人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="144" />
        <source>许可证/批文号</source>
        <translation>许可证/批文号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="147" />
        <source>控制状态</source>
        <translation>控制状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="150" />
        <source>资金申请表号</source>
        <translation>资金申请表号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="154" />
        <source>申请项目与船舶</source>
        <translation>申请项目与船舶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="156" />
        <source>补贴政策</source>
        <translation>补贴政策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="157" />
        <source>申请项目</source>
        <translation>申请项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="158" />
        <source>船舶航区</source>
        <translation>船舶航区</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="160" />
        <source>动力形式</source>
        <translation>动力形式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="162" />
        <source>船舶类型</source>
        <translation>船舶类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="163" />
        <source>船名</source>
        <translation>船名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="164" />
        <source>船舶识别号</source>
        <translation>船舶识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="165" />
        <source>船籍港</source>
        <translation>船籍港</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="166" />
        <source>营运证号</source>
        <translation>营运证号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="171" />
        <source>改建/已拆船名</source>
        <translation>改建/已拆船名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="176" />
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="178" />
        <source>船舶参数与资金</source>
        <translation>船舶参数与资金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="180" />
        <source>船舶总吨</source>
        <translation>船舶总吨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="181" />
        <source>载客位/载货吨</source>
        <translation>载客位/载货吨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="182" />
        <source>主机功率(千瓦)</source>
        <translation>主机功率(千瓦)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="183" />
        <source>机算船龄</source>
        <translation>机算船龄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="184" />
        <source>资金测算(万元)</source>
        <translation>资金测算(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="185" />
        <source>资金复核(万元)</source>
        <translation>资金复核(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="186" />
        <source>资金机算(万元)</source>
        <translation>资金机算(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="190" />
        <location filename="../../desktop/views/query/fields.py" line="292" />
        <source>材料与审核</source>
        <translation>材料与审核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="195" />
        <source>平台联审</source>
        <translation>平台联审</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="198" />
        <source>县级审核</source>
        <translation>县级审核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="199" />
        <location filename="../../desktop/views/query/fields.py" line="253" />
        <location filename="../../desktop/views/query/fields.py" line="295" />
        <source>市级审核</source>
        <translation>市级审核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="200" />
        <location filename="../../desktop/views/query/fields.py" line="296" />
        <source>省级审核</source>
        <translation>省级审核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="201" />
        <source>县级审核日期</source>
        <translation>县级审核日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="202" />
        <location filename="../../desktop/views/query/fields.py" line="254" />
        <location filename="../../desktop/views/query/fields.py" line="297" />
        <source>市级审核日期</source>
        <translation>市级审核日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="203" />
        <location filename="../../desktop/views/query/fields.py" line="298" />
        <source>省级审核日期</source>
        <translation>省级审核日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="210" />
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="211" />
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="212" />
        <source>开户银行</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="213" />
        <source>银行账号</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="227" />
        <source>社会信用代码/身份证号</source>
        <translation>社会信用代码/身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="228" />
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="238" />
        <location filename="../../desktop/views/query/fields.py" line="240" />
        <location filename="../../desktop/views/query/fields.py" line="264" />
        <location filename="../../desktop/views/query/fields.py" line="280" />
        <source>货主</source>
        <translation>货主</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="241" />
        <source>社会信用代码</source>
        <translation>社会信用代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="242" />
        <source>营业执照地址</source>
        <translation>营业执照地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="248" />
        <source>上年完成量与审核</source>
        <translation>上年完成量与审核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="250" />
        <source>上年外贸(标箱)</source>
        <translation>上年外贸(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="251" />
        <source>上年内贸(标箱)</source>
        <translation>上年内贸(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="262" />
        <source>月报</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="265" />
        <source>报告月</source>
        <translation>报告月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="266" />
        <source>外贸完成量(标箱)</source>
        <translation>外贸完成量(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="267" />
        <source>内贸完成量(标箱)</source>
        <translation>内贸完成量(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="268" />
        <source>合计(标箱)</source>
        <translation>合计(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="278" />
        <source>奖励申请</source>
        <translation>奖励申请</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="281" />
        <source>申请表号</source>
        <translation>申请表号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="282" />
        <source>本年外贸(标箱)</source>
        <translation>本年外贸(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="283" />
        <source>本年内贸(标箱)</source>
        <translation>本年内贸(标箱)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="284" />
        <source>外贸机算(万元)</source>
        <translation>外贸机算(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="285" />
        <source>内贸机算(万元)</source>
        <translation>内贸机算(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="286" />
        <source>外贸测算(万元)</source>
        <translation>外贸测算(万元)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/fields.py" line="287" />
        <source>内贸测算(万元)</source>
        <translation>内贸测算(万元)</translation>
    </message>
</context>
<context>
    <name>QueryParsing</name>
    <message>
        <location filename="../../desktop/views/query/parsing.py" line="33" />
        <source>“{0}”不是数字，请输入如 100 或 12.5 的数值。</source>
        <translation>“{0}”不是数字，请输入如 100 或 12.5 的数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/parsing.py" line="39" />
        <source>“{0}”不是有效的数值。</source>
        <translation>“{0}”不是有效的数值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/parsing.py" line="44" />
        <source>“{0}”应为整数。</source>
        <translation>“{0}”应为整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/parsing.py" line="50" />
        <source>“{0}”最多{1}位小数。</source>
        <translation>“{0}”最多{1}位小数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/parsing.py" line="65" />
        <source>“{0}”不是日期，请按“2024-05-21”（年-月-日）的格式输入。</source>
        <translation>“{0}”不是日期，请按“2024-05-21”（年-月-日）的格式输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/parsing.py" line="74" />
        <source>没有“{0}”这一天，请检查年月日。</source>
        <translation>没有“{0}”这一天，请检查年月日。</translation>
    </message>
</context>
<context>
    <name>QuerySummary</name>
    <message>
        <location filename="../../desktop/views/query/summary.py" line="48" />
        <source>{0}含“{1}”</source>
        <translation>{0}含“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/summary.py" line="57" />
        <source>{0} ≥ {1}</source>
        <translation>{0} ≥ {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/summary.py" line="59" />
        <source>{0} ≤ {1}</source>
        <translation>{0} ≤ {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/summary.py" line="60" />
        <source>{0} {1} 至 {2}</source>
        <translation>{0} {1} 至 {2}</translation>
    </message>
</context>
<context>
    <name>RecordColumns</name>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="20" />
        <source>资金申请表号</source>
        <translation>资金申请表号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="21" />
        <location filename="../../desktop/views/forms/columns.py" line="24" />
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="22" />
        <source>拆建申请</source>
        <translation>拆建申请</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="23" />
        <source>货主</source>
        <translation>货主</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="25" />
        <source>社信码/身份证号</source>
        <translation>社信码/身份证号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="26" />
        <source>营业执照/身份证地址</source>
        <translation>营业执照/身份证地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="27" />
        <source>申请人类别</source>
        <translation>申请人类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="28" />
        <source>联系人</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="29" />
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="30" />
        <source>开户银行名称</source>
        <translation>开户银行名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="31" />
        <source>银行账号</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="32" />
        <source>船舶所有人</source>
        <translation>船舶所有人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="33" />
        <source>船舶经营人</source>
        <translation>船舶经营人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="34" />
        <source>控制状态</source>
        <translation>控制状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="35" />
        <source>证/文号</source>
        <translation>证/文号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="36" />
        <source>补贴政策</source>
        <translation>补贴政策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="37" />
        <source>申请项目</source>
        <translation>申请项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="38" />
        <source>船舶航区</source>
        <translation>船舶航区</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="39" />
        <source>动力形式</source>
        <translation>动力形式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="40" />
        <source>船舶类型</source>
        <translation>船舶类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="41" />
        <source>船名</source>
        <translation>船名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="42" />
        <source>船舶识别号</source>
        <translation>船舶识别号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="43" />
        <source>船籍港</source>
        <translation>船籍港</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="44" />
        <source>营运证号</source>
        <translation>营运证号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="45" />
        <source>船舶总吨</source>
        <translation>船舶总吨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="46" />
        <source>载客位/载货吨</source>
        <translation>载客位/载货吨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="47" />
        <source>主机功率（千瓦）</source>
        <translation>主机功率（千瓦）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="48" />
        <source>建成日期</source>
        <translation>建成日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="49" />
        <source>机算船龄</source>
        <translation>机算船龄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="50" />
        <source>实际/拟注销日期</source>
        <translation>实际/拟注销日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="51" />
        <source>拆解开工</source>
        <translation>拆解开工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="52" />
        <source>拆解完工</source>
        <translation>拆解完工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="53" />
        <source>改建/已拆船名</source>
        <translation>改建/已拆船名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="54" />
        <source>改建/已拆船总吨</source>
        <translation>改建/已拆船总吨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="55" />
        <source>申请日期</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="56" />
        <source>船舶注销/建成完工</source>
        <translation>船舶注销/建成完工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="57" />
        <source>完结归档日</source>
        <translation>完结归档日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="58" />
        <source>资金测算（万元）</source>
        <translation>资金测算（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="59" />
        <source>资金复核（万元）</source>
        <translation>资金复核（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="60" />
        <source>资金机算（万元）</source>
        <translation>资金机算（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="61" />
        <source>机算公式</source>
        <translation>机算公式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="62" />
        <source>上年外贸完成量</source>
        <translation>上年外贸完成量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="63" />
        <source>上年内贸完成量</source>
        <translation>上年内贸完成量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="64" />
        <source>本年外贸完成量</source>
        <translation>本年外贸完成量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="65" />
        <source>本年内贸完成量</source>
        <translation>本年内贸完成量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="66" />
        <source>外贸奖补标准</source>
        <translation>外贸奖补标准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="67" />
        <source>内贸奖补标准</source>
        <translation>内贸奖补标准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="68" />
        <source>外贸资金机算（万元）</source>
        <translation>外贸资金机算（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="69" />
        <source>内贸资金机算（万元）</source>
        <translation>内贸资金机算（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="70" />
        <source>外贸资金测算（万元）</source>
        <translation>外贸资金测算（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="71" />
        <source>内贸资金测算（万元）</source>
        <translation>内贸资金测算（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="72" />
        <source>外贸资金复核（万元）</source>
        <translation>外贸资金复核（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="73" />
        <source>内贸资金复核（万元）</source>
        <translation>内贸资金复核（万元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="74" />
        <source>报告月</source>
        <translation>报告月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="75" />
        <source>本月外贸完成量</source>
        <translation>本月外贸完成量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="76" />
        <source>本月内贸完成量</source>
        <translation>本月内贸完成量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="77" />
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="78" />
        <source>奖补年份</source>
        <translation>奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="79" />
        <source>所在区划</source>
        <translation>所在区划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="80" />
        <source>建档日期</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="81" />
        <source>建档账号</source>
        <translation>建档账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="82" />
        <source>修改时间</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="83" />
        <source>上传材料日期</source>
        <translation>上传材料日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="84" />
        <source>平台联审结果</source>
        <translation>平台联审结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="85" />
        <source>平台联审日期</source>
        <translation>平台联审日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="86" />
        <source>联审问题</source>
        <translation>联审问题</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="87" />
        <source>县级审核结果</source>
        <translation>县级审核结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="88" />
        <source>县级审核日期</source>
        <translation>县级审核日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="89" />
        <source>市级审核结果</source>
        <translation>市级审核结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="90" />
        <source>市级审核日期</source>
        <translation>市级审核日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="91" />
        <source>省级审核结果</source>
        <translation>省级审核结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/columns.py" line="92" />
        <source>省级审核日期</source>
        <translation>省级审核日期</translation>
    </message>
</context>
<context>
    <name>RecordDocuments</name>
    <message>
        <location filename="../../desktop/views/documents/record_documents.py" line="37" />
        <source>打印文档</source>
        <translation>打印文档</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/record_documents.py" line="39" />
        <source>预览并打印本记录的审核意见表或资金申请表</source>
        <translation>预览并打印本记录的审核意见表或资金申请表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/record_documents.py" line="47" />
        <source>打印{document}…</source>
        <translation>打印{document}…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/documents/record_documents.py" line="51" />
        <source>预览并打印本记录的{document}（{key}）</source>
        <translation>预览并打印本记录的{document}（{key}）</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="158" />
        <source>上传材料…</source>
        <translation>上传材料…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="161" />
        <source>放弃草稿</source>
        <translation>放弃草稿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="162" />
        <source>丢弃未提交的内容，恢复为本机保存的记录</source>
        <translation>丢弃未提交的内容，恢复为本机保存的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="165" />
        <source>提交</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="170" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="171" />
        <source>关闭表单；未提交的内容作为草稿保留，下次打开时恢复</source>
        <translation>关闭表单；未提交的内容作为草稿保留，下次打开时恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="184" />
        <source>建档{noun}</source>
        <translation>建档{noun}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="186" />
        <source>修改{noun} {name}</source>
        <translation>修改{noun} {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="193" />
        <source>正在读取…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="217" />
        <source>该记录在本地不存在（可能已被删除），不能修改。</source>
        <translation>该记录在本地不存在（可能已被删除），不能修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="221" />
        <source>现在不能修改此记录：
{reasons}</source>
        <translation>现在不能修改此记录：
{reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="230" />
        <source>读取本地记录失败：{error}</source>
        <translation>读取本地记录失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="247" />
        <source>已恢复上次未提交的内容（草稿）。提交后草稿自动删除；点“放弃草稿”恢复原记录。</source>
        <translation>已恢复上次未提交的内容（草稿）。提交后草稿自动删除；点“放弃草稿”恢复原记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="272" />
        <source>草稿已保存在本机。</source>
        <translation>草稿已保存在本机。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="370" />
        <source>共 {count} 处问题，请按各栏下方的红字逐项改正后再提交。</source>
        <translation>共 {count} 处问题，请按各栏下方的红字逐项改正后再提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="409" />
        <source>没有修改任何内容，无需提交。</source>
        <translation>没有修改任何内容，无需提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="416" />
        <source>正在保存到本机…</source>
        <translation>正在保存到本机…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="450" />
        <source>未能保存：
{reasons}</source>
        <translation>未能保存：
{reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/record_dialog.py" line="453" />
        <source>未能保存到本机（{kind}：{error}）；填写的内容已作为草稿保留。</source>
        <translation>未能保存到本机（{kind}：{error}）；填写的内容已作为草稿保留。</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="33" />
        <source>◀ 上一条</source>
        <translation>◀ 上一条</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="34" />
        <source>下一条 ▶</source>
        <translation>下一条 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="63" />
        <source>上一条记录（快捷键：{keys}）</source>
        <translation>上一条记录（快捷键：{keys}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="66" />
        <source>下一条记录（快捷键：{keys}）</source>
        <translation>下一条记录（快捷键：{keys}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="71" />
        <source>第 {n} / {count} 条：正在读取…</source>
        <translation>第 {n} / {count} 条：正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="80" />
        <source>{month} 月月报</source>
        <translation>{month} 月月报</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="82" />
        <source>第 {n} / {count} 条：{name}</source>
        <translation>第 {n} / {count} 条：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="92" />
        <source>待同步（已保存在本机）</source>
        <translation>待同步（已保存在本机）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="94" />
        <source>冲突：请在“冲突处理”中选择</source>
        <translation>冲突：请在“冲突处理”中选择</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="96" />
        <source>提交失败：请在“冲突处理”中查看</source>
        <translation>提交失败：请在“冲突处理”中查看</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="97" />
        <source>已同步</source>
        <translation>已同步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/record_header.py" line="102" />
        <source>材料 {mark}</source>
        <translation>材料 {mark}</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="169" />
        <source>只显示待本级审核</source>
        <translation>只显示待本级审核</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="177" />
        <source>综合查询…</source>
        <translation>综合查询…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="178" />
        <source>设置查询条件与排序规则（Ctrl+F）</source>
        <translation>设置查询条件与排序规则（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="180" />
        <source>清空条件</source>
        <translation>清空条件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="181" />
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="182" />
        <source>导出查询结果</source>
        <translation>导出查询结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="184" />
        <source>汇总</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="185" />
        <source>查看/审核（双击）</source>
        <translation>查看/审核（双击）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="187" />
        <source>批量打印已通过…</source>
        <translation>批量打印已通过…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="189" />
        <source>建档</source>
        <translation>建档</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="190" />
        <location filename="../../desktop/views/lists/list_page.py" line="325" />
        <source>修改</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="192" />
        <location filename="../../desktop/views/lists/list_page.py" line="331" />
        <source>上传材料</source>
        <translation>上传材料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="221" />
        <source>共 {0} 条</source>
        <translation>共 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="223" />
        <source>查询用时 {0} 毫秒</source>
        <translation>查询用时 {0} 毫秒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="246" />
        <source>待本级审核 {0} 条 · {1}已审 {2} 条</source>
        <translation>待本级审核 {0} 条 · {1}已审 {2} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="250" />
        <source> · 未过前审 {0} 条</source>
        <translation> · 未过前审 {0} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="273" />
        <source>条件：{0}</source>
        <translation>条件：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="275" />
        <source>排序：{0}</source>
        <translation>排序：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/list_page.py" line="320" />
        <source>请先在列表中选择要{0}的记录。</source>
        <translation>请先在列表中选择要{0}的记录。</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../desktop/models/table_model.py" line="353" />
        <source>读取本机缓存失败：{0}</source>
        <translation>读取本机缓存失败：{0}</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="40" />
        <location filename="../../desktop/views/settings/years_page.py" line="38" />
        <source>奖补年份</source>
        <translation>奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="42" />
        <source>拆建当前状态</source>
        <translation>拆建当前状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="45" />
        <source>货主当前状态</source>
        <translation>货主当前状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="47" />
        <source>创建的状态</source>
        <translation>创建的状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="49" />
        <source>拆建申报截止</source>
        <translation>拆建申报截止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="52" />
        <source>货主申报截止</source>
        <translation>货主申报截止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="56" />
        <source>实施奖补政策</source>
        <translation>实施奖补政策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="59" />
        <source>联审所有权</source>
        <translation>联审所有权</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="63" />
        <source>联审船检</source>
        <translation>联审船检</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/records_model.py" line="42" />
        <source>创建时间</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/records_model.py" line="44" />
        <source>创建者</source>
        <translation>创建者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/records_model.py" line="45" />
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="40" />
        <source>Pdf文件上限(M)</source>
        <translation>Pdf文件上限(M)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="45" />
        <source>Zip压缩包上限(M)</source>
        <translation>Zip压缩包上限(M)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="50" />
        <source>奖补标准(行)</source>
        <translation>奖补标准(行)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="55" />
        <source>材料清单(项)</source>
        <translation>材料清单(项)</translation>
    </message>
</context>
<context>
    <name>RegionControl</name>
    <message>
        <location filename="../../desktop/views/query/controls.py" line="120" />
        <source>{0}（含下辖区县）</source>
        <translation>{0}（含下辖区县）</translation>
    </message>
</context>
<context>
    <name>RemotePage</name>
    <message>
        <location filename="../../desktop/views/settings/remote_page.py" line="38" />
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/remote_page.py" line="50" />
        <source>该页面需要连接服务器，当前处于离线状态。</source>
        <translation>该页面需要连接服务器，当前处于离线状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/remote_page.py" line="89" />
        <source>正在从服务器读取…</source>
        <translation>正在从服务器读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/remote_page.py" line="116" />
        <source>联网后会自动重新读取，也可以点【重试】。操作不会离线排队。</source>
        <translation>联网后会自动重新读取，也可以点【重试】。操作不会离线排队。</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../desktop/views/reports/export.py" line="30" />
        <location filename="../../desktop/views/reports/export.py" line="47" />
        <source>导出报表</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export.py" line="46" />
        <source>正在导出“{0}”，共 {1} 行……</source>
        <translation>正在导出“{0}”，共 {1} 行……</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export.py" line="51" />
        <source>已导出报表（{0} 行）到 {1}</source>
        <translation>已导出报表（{0} 行）到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export.py" line="55" />
        <source>已取消导出，未生成文件。</source>
        <translation>已取消导出，未生成文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export.py" line="58" />
        <source>请检查文件是否正被 Excel 打开、目录是否可写。</source>
        <translation>请检查文件是否正被 Excel 打开、目录是否可写。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/export.py" line="59" />
        <source>导出失败：{0}。{1}</source>
        <translation>导出失败：{0}。{1}</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="30" />
        <source>奖补年份</source>
        <translation>奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="31" />
        <source>所在区划</source>
        <translation>所在区划</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="32" />
        <source>汇总行显示规则</source>
        <translation>汇总行显示规则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="33" />
        <source>零行规则</source>
        <translation>零行规则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="34" />
        <source>补贴政策</source>
        <translation>补贴政策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="35" />
        <source>船舶范围</source>
        <translation>船舶范围</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="36" />
        <source>申报阶段</source>
        <translation>申报阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="37" />
        <source>审核层次</source>
        <translation>审核层次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="38" />
        <source>资金类别</source>
        <translation>资金类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/filter_panel.py" line="40" />
        <source>联审阶段</source>
        <translation>联审阶段</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="110" />
        <source>正在读取本地数据的奖补年份……</source>
        <translation>正在读取本地数据的奖补年份……</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="142" />
        <source>正在准备导出……</source>
        <translation>正在准备导出……</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="146" />
        <source>导出失败：{0}</source>
        <translation>导出失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="170" />
        <source>汇总</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="172" />
        <source>按所选条件汇总本地数据（离线也可用）</source>
        <translation>按所选条件汇总本地数据（离线也可用）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="173" />
        <source>导出报表</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="174" />
        <source>将所选条件的报表导出为 Excel 文件</source>
        <translation>将所选条件的报表导出为 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="213" />
        <location filename="../../desktop/views/reports/report_page.py" line="320" />
        <source>条件已更改，点击【汇总】更新报表。</source>
        <translation>条件已更改，点击【汇总】更新报表。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="266" />
        <source>请选择条件后点击【汇总】。</source>
        <translation>请选择条件后点击【汇总】。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="272" />
        <source>条件有误：{0}</source>
        <translation>条件有误：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="279" />
        <source>正在汇总……</source>
        <translation>正在汇总……</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="298" />
        <source>没有符合条件的记录：{0}。请换一个奖补年份或所在区划，或放宽审核层次、船舶范围等条件后再点击【汇总】。</source>
        <translation>没有符合条件的记录：{0}。请换一个奖补年份或所在区划，或放宽审核层次、船舶范围等条件后再点击【汇总】。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="302" />
        <source>汇总完成：没有符合条件的记录。</source>
        <translation>汇总完成：没有符合条件的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="305" />
        <source>汇总完成：共 {0} 行。</source>
        <translation>汇总完成：共 {0} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="312" />
        <source>本地数据已更新，已按原条件重新汇总（{0}）。</source>
        <translation>本地数据已更新，已按原条件重新汇总（{0}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/report_page.py" line="336" />
        <source>汇总失败：{0}</source>
        <translation>汇总失败：{0}</translation>
    </message>
</context>
<context>
    <name>RunResultsTable</name>
    <message>
        <location filename="../../desktop/views/joint_review/results_table.py" line="41" />
        <source>船名</source>
        <translation>船名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/results_table.py" line="41" />
        <source>联审结果</source>
        <translation>联审结果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/results_table.py" line="41" />
        <source>问题或跳过原因</source>
        <translation>问题或跳过原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/results_table.py" line="71" />
        <source>跳过</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/results_table.py" line="90" />
        <source>{mark} 未过</source>
        <translation>{mark} 未过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/joint_review/results_table.py" line="93" />
        <source>{mark} 通过</source>
        <translation>{mark} 通过</translation>
    </message>
</context>
<context>
    <name>SavedQueries</name>
    <message>
        <location filename="../../desktop/views/query/saved_queries.py" line="44" />
        <source>请为查询起一个名字。</source>
        <translation>请为查询起一个名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/saved_queries.py" line="47" />
        <source>查询名称不能超过{0}个字。</source>
        <translation>查询名称不能超过{0}个字。</translation>
    </message>
</context>
<context>
    <name>SelfDeactivationForm</name>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="153" />
        <location filename="../../desktop/views/settings/profile_forms.py" line="178" />
        <source>注销(自己)登录者</source>
        <translation>注销(自己)登录者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="153" />
        <source>注销本账号</source>
        <translation>注销本账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="156" />
        <source>当前账号的登录密码</source>
        <translation>当前账号的登录密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="157" />
        <source>登录密码</source>
        <translation>登录密码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="162" />
        <source>注销后将删除当前账号：立即退出登录，不能再登录，也不能恢复；本机尚未同步的操作将无法再以此账号提交。</source>
        <translation>注销后将删除当前账号：立即退出登录，不能再登录，也不能恢复；本机尚未同步的操作将无法再以此账号提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="172" />
        <source>登录密码：必须填写（当前账号的登录密码）</source>
        <translation>登录密码：必须填写（当前账号的登录密码）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="179" />
        <source>确定注销您自己的账号 {}【{}】吗？</source>
        <translation>确定注销您自己的账号 {}【{}】吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="181" />
        <source>注销</source>
        <translation>注销</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="182" />
        <source>注销后不能撤销，您将立即退出登录。</source>
        <translation>注销后不能撤销，您将立即退出登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/profile_forms.py" line="199" />
        <source>账号 {} 已注销，不能再登录。</source>
        <translation>账号 {} 已注销，不能再登录。</translation>
    </message>
</context>
<context>
    <name>ServerCachePage</name>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="80" />
        <source>测试连接</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="81" />
        <source>保存设置</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="82" />
        <source>打开文件夹</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="83" />
        <source>清除缓存…</source>
        <translation>清除缓存…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="84" />
        <source>重新计算</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="102" />
        <source>留空则使用本机演示服务器，如 {}</source>
        <translation>留空则使用本机演示服务器，如 {}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="110" />
        <source>服务器</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="114" />
        <source>当前连接</source>
        <translation>当前连接</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="116" />
        <source>服务器地址</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="121" />
        <source>新地址在下次登录时使用：本机缓存按服务器和账号分别保存，当前会话和未同步的操作不受影响。除本机外必须使用 https://。</source>
        <translation>新地址在下次登录时使用：本机缓存按服务器和账号分别保存，当前会话和未同步的操作不受影响。除本机外必须使用 https://。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="129" />
        <source>本地缓存</source>
        <translation>本地缓存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="132" />
        <source>超过上限时自动删除最久未用的材料（有未同步操作的记录的材料除外）；下次登录时生效。</source>
        <translation>超过上限时自动删除最久未用的材料（有未同步操作的记录的材料除外）；下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="135" />
        <source>缓存位置</source>
        <translation>缓存位置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="136" />
        <source>记录数据</source>
        <translation>记录数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="137" />
        <source>材料文件</source>
        <translation>材料文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="138" />
        <source>材料缓存用量</source>
        <translation>材料缓存用量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="140" />
        <source>材料缓存上限</source>
        <translation>材料缓存上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="143" />
        <source>未同步的操作</source>
        <translation>未同步的操作</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="152" />
        <location filename="../../desktop/views/settings/server_page.py" line="323" />
        <source>清除缓存</source>
        <translation>清除缓存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="158" />
        <source>清除缓存只删除已下载的材料PDF文件（打开时会重新下载并校验）。本机的记录数据、未同步的操作、冲突记录，以及有未同步操作的记录的材料都会保留，联网后照常上传，不会丢失。</source>
        <translation>清除缓存只删除已下载的材料PDF文件（打开时会重新下载并校验）。本机的记录数据、未同步的操作、冲突记录，以及有未同步操作的记录的材料都会保留，联网后照常上传，不会丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="206" />
        <source>设置未能保存：{}</source>
        <translation>设置未能保存：{}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="209" />
        <source>设置已保存，下次登录时生效。</source>
        <translation>设置已保存，下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="218" />
        <source>服务器地址：请先填写要测试的地址</source>
        <translation>服务器地址：请先填写要测试的地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="221" />
        <source>正在连接 {} …</source>
        <translation>正在连接 {} …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="229" />
        <source>连接成功：服务器运行正常（接口版本 {}）。</source>
        <translation>连接成功：服务器运行正常（接口版本 {}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="234" />
        <source>该地址有应答，但不是奖补审核服务器。</source>
        <translation>该地址有应答，但不是奖补审核服务器。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="238" />
        <source>连接失败：{}</source>
        <translation>连接失败：{}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="268" />
        <source>{} 个文件，共 {}</source>
        <translation>{} 个文件，共 {}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="276" />
        <source>没有，全部已同步到服务器</source>
        <translation>没有，全部已同步到服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="279" />
        <source>共 {} 项（待上传 {} 项，冲突 {} 项，被拒绝 {} 项）</source>
        <translation>共 {} 项（待上传 {} 项，冲突 {} 项，被拒绝 {} 项）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="311" />
        <source>本机没有未同步的操作。确定删除已下载的材料文件吗？</source>
        <translation>本机没有未同步的操作。确定删除已下载的材料文件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="313" />
        <source>本机还有 {} 项操作未同步到服务器（待上传 {} 项，冲突 {} 项，被拒绝 {} 项）。清除缓存不会删除它们：这些操作、冲突记录和相关记录的材料都会保留，联网后照常处理。确定删除其余已下载的材料文件吗？</source>
        <translation>本机还有 {} 项操作未同步到服务器（待上传 {} 项，冲突 {} 项，被拒绝 {} 项）。清除缓存不会删除它们：这些操作、冲突记录和相关记录的材料都会保留，联网后照常处理。确定删除其余已下载的材料文件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="326" />
        <source>清除</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="327" />
        <source>材料文件在下次打开时会重新下载并校验。</source>
        <translation>材料文件在下次打开时会重新下载并校验。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="343" />
        <source>已删除 {} 个材料文件（{}）。</source>
        <translation>已删除 {} 个材料文件（{}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/server_page.py" line="347" />
        <source>保留 {} 个（{}）：属于有未同步操作的记录，或正在使用。</source>
        <translation>保留 {} 个（{}）：属于有未同步操作的记录，或正在使用。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings/dialog.py" line="62" />
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/dialog.py" line="80" />
        <source>服务器与缓存</source>
        <translation>服务器与缓存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/dialog.py" line="81" />
        <source>账号管理</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/dialog.py" line="82" />
        <source>个人资料</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/dialog.py" line="83" />
        <source>申报状态</source>
        <translation>申报状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/dialog.py" line="84" />
        <source>奖补年份</source>
        <translation>奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/dialog.py" line="117" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SheetModel</name>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="36" />
        <location filename="../../desktop/views/settings/year_tables.py" line="95" />
        <source>编码</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="39" />
        <source>类别</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="44" />
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="45" />
        <source>参数单位</source>
        <translation>参数单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="46" />
        <source>参数范围</source>
        <translation>参数范围</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="47" />
        <source>系数</source>
        <translation>系数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="48" />
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="51" />
        <location filename="../../desktop/views/settings/year_tables.py" line="103" />
        <source>补贴政策</source>
        <translation>补贴政策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="59" />
        <location filename="../../desktop/views/settings/year_tables.py" line="110" />
        <source>申请项目</source>
        <translation>申请项目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="67" />
        <source>水域</source>
        <translation>水域</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="75" />
        <source>客货</source>
        <translation>客货</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="82" />
        <source>船舶类型</source>
        <translation>船舶类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="86" />
        <source>动力形式</source>
        <translation>动力形式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="91" />
        <source>占位</source>
        <translation>占位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="96" />
        <source>材料文件名</source>
        <translation>材料文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="97" />
        <source>上限(M)</source>
        <translation>上限(M)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="99" />
        <source>阶段</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="117" />
        <source>经营类别</source>
        <translation>经营类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="121" />
        <source>必需</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="122" />
        <source>Zip包名</source>
        <translation>Zip包名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_tables.py" line="125" />
        <source>市州/省上传</source>
        <translation>市州/省上传</translation>
    </message>
</context>
<context>
    <name>SortRulesEditor</name>
    <message>
        <location filename="../../desktop/views/query/sort_rules.py" line="78" />
        <source>未设排序指标：按列表的默认顺序排列。</source>
        <translation>未设排序指标：按列表的默认顺序排列。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/sort_rules.py" line="81" />
        <source>添加排序指标</source>
        <translation>添加排序指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/sort_rules.py" line="95" />
        <source>排序指标“{0}”重复，每列只能设置一次。</source>
        <translation>排序指标“{0}”重复，每列只能设置一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/sort_rules.py" line="142" />
        <source>第{0}排序</source>
        <translation>第{0}排序</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="88" />
        <location filename="../../desktop/views/settings/status_dialog.py" line="176" />
        <source>新建申报状态</source>
        <translation>新建申报状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="119" />
        <source>奖补年份</source>
        <translation>奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="119" />
        <source>可以选择任意已创建的年份。</source>
        <translation>可以选择任意已创建的年份。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="120" />
        <source>申报状态</source>
        <translation>申报状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="120" />
        <source>仅对所选年份有效。</source>
        <translation>仅对所选年份有效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="121" />
        <source>开放时默认一个月后；关闭/运维时默认 2099-12-31。</source>
        <translation>开放时默认一个月后；关闭/运维时默认 2099-12-31。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="122" />
        <source>拆建申报截止日期</source>
        <translation>拆建申报截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="123" />
        <source>货主申报截止日期</source>
        <translation>货主申报截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="124" />
        <source>实施奖补政策</source>
        <translation>实施奖补政策</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="124" />
        <source>仅对拆建船舶。</source>
        <translation>仅对拆建船舶。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="125" />
        <source>审核船舶所有权</source>
        <translation>审核船舶所有权</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="125" />
        <location filename="../../desktop/views/settings/status_dialog.py" line="126" />
        <source>平台联审</source>
        <translation>平台联审</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="126" />
        <source>审核船检登记</source>
        <translation>审核船检登记</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="127" />
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="127" />
        <source>5-100个字。</source>
        <translation>5-100个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="132" />
        <source>说明：1）新建或删除申报状态，所有当前登录的账号（包括您自己）都将退出，需重新登录。2）最近创建的状态为当前有效状态。3）申报状态为开放且截止日期在今日之前时，表示过期。【开放】可以建档、修改、删除与审核记录，上传材料；【关闭】【过期】不能；【运维】只有省级系统与管理账号可以登录。</source>
        <translation>说明：1）新建或删除申报状态，所有当前登录的账号（包括您自己）都将退出，需重新登录。2）最近创建的状态为当前有效状态。3）申报状态为开放且截止日期在今日之前时，表示过期。【开放】可以建档、修改、删除与审核记录，上传材料；【关闭】【过期】不能；【运维】只有省级系统与管理账号可以登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="161" />
        <source>奖补年份：尚未创建任何奖补年份，请先新建奖补年份</source>
        <translation>奖补年份：尚未创建任何奖补年份，请先新建奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="177" />
        <source>确定为 {} 年新建申报状态【{}】吗？</source>
        <translation>确定为 {} 年新建申报状态【{}】吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="179" />
        <source>新建并退出登录</source>
        <translation>新建并退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/status_dialog.py" line="181" />
        <source>新建后，所有当前登录的账号（包括您自己）都将退出登录，需要重新登录；各账号未同步的操作会安全保存在各自电脑上，重新登录后继续上传。</source>
        <translation>新建后，所有当前登录的账号（包括您自己）都将退出登录，需要重新登录；各账号未同步的操作会安全保存在各自电脑上，重新登录后继续上传。</translation>
    </message>
</context>
<context>
    <name>StatusesPage</name>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="79" />
        <source>新建申报状态</source>
        <translation>新建申报状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="80" />
        <source>删除（仅当天创建的状态记录）</source>
        <translation>删除（仅当天创建的状态记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="81" />
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="116" />
        <source>第一行（粗体）为当前有效的申报状态。新建或删除申报状态后，所有当前登录的账号（包括您自己）都将退出登录，需要重新登录。</source>
        <translation>第一行（粗体）为当前有效的申报状态。新建或删除申报状态后，所有当前登录的账号（包括您自己）都将退出登录，需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="128" />
        <source>管理申报状态需要连接服务器，当前处于离线状态。</source>
        <translation>管理申报状态需要连接服务器，当前处于离线状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="160" />
        <source>只能删除当天创建的申报状态，该状态创建于 {}。</source>
        <translation>只能删除当天创建的申报状态，该状态创建于 {}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="178" />
        <source>已新建 {} 年申报状态【{}】。所有账号（包括您）都已退出登录，请重新登录。</source>
        <translation>已新建 {} 年申报状态【{}】。所有账号（包括您）都已退出登录，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="188" />
        <source>删除申报状态</source>
        <translation>删除申报状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="189" />
        <source>确定删除 {} 创建的 {} 年申报状态【{}】吗？</source>
        <translation>确定删除 {} 创建的 {} 年申报状态【{}】吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="193" />
        <source>删除并退出登录</source>
        <translation>删除并退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="195" />
        <source>删除后，上一条申报状态重新生效；所有当前登录的账号（包括您自己）都将退出登录，需要重新登录。</source>
        <translation>删除后，上一条申报状态重新生效；所有当前登录的账号（包括您自己）都将退出登录，需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/statuses_page.py" line="214" />
        <source>已删除 {} 年申报状态【{}】。所有账号（包括您）都已退出登录，请重新登录。</source>
        <translation>已删除 {} 年申报状态【{}】。所有账号（包括您）都已退出登录，请重新登录。</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="44" />
        <source>重新登录</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="51" />
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="56" />
        <source>同步 (F5)</source>
        <translation>同步 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="82" />
        <source>待上传 {0}</source>
        <translation>待上传 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="84" />
        <source>（失败 {0}）</source>
        <translation>（失败 {0}）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="87" />
        <source>本机已保存、尚未被服务器接收的操作：待上传 {0}，冲突 {1}，失败 {2}</source>
        <translation>本机已保存、尚未被服务器接收的操作：待上传 {0}，冲突 {1}，失败 {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="91" />
        <source>冲突 {0}</source>
        <translation>冲突 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="93" />
        <source>查看并处理与服务器冲突的修改</source>
        <translation>查看并处理与服务器冲突的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="96" />
        <source>尚未同步</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="99" />
        <source>上次同步 {0}</source>
        <translation>上次同步 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="106" />
        <source>○ 连接中</source>
        <translation>○ 连接中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="108" />
        <source>● 在线</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status/sync_status_bar.py" line="110" />
        <source>● 离线</source>
        <translation>● 离线</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="55" />
        <source>{} 年{}</source>
        <translation>{} 年{}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="65" />
        <source>重试</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="69" />
        <source>添加行</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="70" />
        <source>复制行</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="71" />
        <source>删除行</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="72" />
        <source>上移</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="73" />
        <source>下移</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="74" />
        <location filename="../../desktop/views/settings/table_editor.py" line="166" />
        <source>重新读取</source>
        <translation>重新读取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="75" />
        <location filename="../../desktop/views/settings/table_editor.py" line="307" />
        <source>保存</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="76" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="145" />
        <source>共 {} 行。双击单元格修改；保存时整表提交，所有问题一次列出。</source>
        <translation>共 {} 行。双击单元格修改；保存时整表提交，所有问题一次列出。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="155" />
        <source>编辑{}需要连接服务器，当前处于离线状态。</source>
        <translation>编辑{}需要连接服务器，当前处于离线状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="167" />
        <source>重新读取将放弃您尚未保存的修改，确定吗？</source>
        <translation>重新读取将放弃您尚未保存的修改，确定吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="169" />
        <source>放弃修改并重新读取</source>
        <translation>放弃修改并重新读取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="218" />
        <source>未保存：请先修正以下问题。</source>
        <translation>未保存：请先修正以下问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="233" />
        <source>已保存 {} 年{}，共 {} 行。</source>
        <translation>已保存 {} 年{}，共 {} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="249" />
        <source>您的修改仍保留；再次【保存】将以您的表格覆盖，或【重新读取】放弃修改。</source>
        <translation>您的修改仍保留；再次【保存】将以您的表格覆盖，或【重新读取】放弃修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="254" />
        <source>无法连接服务器，未保存（不会离线排队），您的修改仍保留：</source>
        <translation>无法连接服务器，未保存（不会离线排队），您的修改仍保留：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="267" />
        <source>{}（共 {} 个问题，已在表格中标出）</source>
        <translation>{}（共 {} 个问题，已在表格中标出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="307" />
        <source>正在保存…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="320" />
        <source>正在与服务器通信，请等待答复后再关闭。</source>
        <translation>正在与服务器通信，请等待答复后再关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="329" />
        <source>关闭{}</source>
        <translation>关闭{}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="330" />
        <source>{}有尚未保存的修改，确定放弃这些修改并关闭吗？</source>
        <translation>{}有尚未保存的修改，确定放弃这些修改并关闭吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/table_editor.py" line="332" />
        <source>放弃修改并关闭</source>
        <translation>放弃修改并关闭</translation>
    </message>
</context>
<context>
    <name>TextSearch</name>
    <message>
        <location filename="../../desktop/views/pdf/text_search.py" line="92" />
        <source>未找到</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/text_search.py" line="92" />
        <source>查找中…</source>
        <translation>查找中…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/text_search.py" line="94" />
        <source>{position} / {count}</source>
        <translation>{position} / {count}</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../desktop/views/pdf/thumbnails.py" line="109" />
        <source>第 {page} 页</source>
        <translation>第 {page} 页</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="23" />
        <source>{0}{1}申报至{2}</source>
        <translation>{0}{1}申报至{2}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="27" />
        <source>{0}申报已于{1}截止</source>
        <translation>{0}申报已于{1}截止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="31" />
        <source>{0}申报已关闭</source>
        <translation>{0}申报已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="32" />
        <source>系统运维中</source>
        <translation>系统运维中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="38" />
        <source>【尚未同步申报状态】</source>
        <translation>【尚未同步申报状态】</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="41" />
        <source>拆建</source>
        <translation>拆建</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="47" />
        <source>货主</source>
        <translation>货主</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="52" />
        <source>【{0}年，{1}】</source>
        <translation>【{0}年，{1}】</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="76" />
        <source>湖南省水运奖补资金审核桌面端</source>
        <translation>湖南省水运奖补资金审核桌面端</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="83" />
        <source>权限：{0}</source>
        <translation>权限：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="85" />
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="87" />
        <source>切换账号</source>
        <translation>切换账号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window/title_bar.py" line="89" />
        <source>退出登录</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="166" />
        <source>上传材料压缩包</source>
        <translation>上传材料压缩包</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="177" />
        <source>（尚未选择）</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="178" />
        <source>选择Zip文件…</source>
        <translation>选择Zip文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="188" />
        <source>上传</source>
        <translation>上传</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="191" />
        <source>关闭</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="207" />
        <source>申请人</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="208" />
        <source>船名及申请类型</source>
        <translation>船名及申请类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="209" />
        <source>前次上传日期</source>
        <translation>前次上传日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="210" />
        <source>待传Zip压缩包</source>
        <translation>待传Zip压缩包</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="213" />
        <source>：</source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="231" />
        <source>（未上传过）</source>
        <translation>（未上传过）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="233" />
        <source>　（本次提交的材料将覆盖前次的，并重置为待审状态）</source>
        <translation>　（本次提交的材料将覆盖前次的，并重置为待审状态）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="239" />
        <source>本机尚无该记录年度的材料清单，请先同步后再上传。</source>
        <translation>本机尚无该记录年度的材料清单，请先同步后再上传。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="241" />
        <source>无法确定应上传的材料：{reason}</source>
        <translation>无法确定应上传的材料：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="242" />
        <source>压缩包中应包含以下 PDF 文件（名称须与清单完全一致，含中文括号）：</source>
        <translation>压缩包中应包含以下 PDF 文件（名称须与清单完全一致，含中文括号）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="246" />
        <source>必需</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="246" />
        <source>非必需</source>
        <translation>非必需</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="248" />
        <source>• {name}（{need}，不超过 {mb} MB）</source>
        <translation>• {name}（{need}，不超过 {mb} MB）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="256" />
        <source>读取本地记录失败：{error}</source>
        <translation>读取本地记录失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="262" />
        <source>选择材料压缩包</source>
        <translation>选择材料压缩包</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="262" />
        <source>Zip 压缩包 (*.zip);;所有文件 (*)</source>
        <translation>Zip 压缩包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="276" />
        <source>正在检查压缩包…</source>
        <translation>正在检查压缩包…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="288" />
        <source>通过检查的文件：</source>
        <translation>通过检查的文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="295" />
        <source>压缩包未通过检查，请按上面列出的问题全部改正后重新选择。</source>
        <translation>压缩包未通过检查，请按上面列出的问题全部改正后重新选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="305" />
        <source>该记录是在本机新建的，尚未同步到服务器；请先同步，再上传材料。</source>
        <translation>该记录是在本机新建的，尚未同步到服务器；请先同步，再上传材料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="311" />
        <source>该记录有 {n} 项尚未同步的操作，请先同步，再上传材料。</source>
        <translation>该记录有 {n} 项尚未同步的操作，请先同步，再上传材料。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="314" />
        <source>（修改记录会要求重传材料。）</source>
        <translation>（修改记录会要求重传材料。）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="318" />
        <source>压缩包检查通过，可以上传。</source>
        <translation>压缩包检查通过，可以上传。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="330" />
        <source>正在上传，压缩包较大时可能需要几分钟…</source>
        <translation>正在上传，压缩包较大时可能需要几分钟…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="346" />
        <source>上传成功：共 {n} 个文件，记录已重置为待审状态。</source>
        <translation>上传成功：共 {n} 个文件，记录已重置为待审状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="361" />
        <source>无法连接服务器，压缩包没有上传。上传材料必须联网（记录的修改可以离线保存）。
原因：{reason}</source>
        <translation>无法连接服务器，压缩包没有上传。上传材料必须联网（记录的修改可以离线保存）。
原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="364" />
        <source>登录已失效，请重新登录后再上传。</source>
        <translation>登录已失效，请重新登录后再上传。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="369" />
        <source>上传失败（{kind}：{error}）。</source>
        <translation>上传失败（{kind}：{error}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="375" />
        <source>该记录已在服务器上被修改，请先同步，核对后再上传。</source>
        <translation>该记录已在服务器上被修改，请先同步，核对后再上传。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="379" />
        <source>服务器拒收压缩包（共 {n} 个问题）：</source>
        <translation>服务器拒收压缩包（共 {n} 个问题）：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/forms/zip_upload.py" line="381" />
        <source>服务器拒绝了上传：{detail}</source>
        <translation>服务器拒绝了上传：{detail}</translation>
    </message>
</context>
<context>
    <name>ViewerActions</name>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="33" />
        <source>缩略图</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="33" />
        <source>显示或隐藏页面缩略图</source>
        <translation>显示或隐藏页面缩略图</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="36" />
        <source>缩小</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="36" />
        <source>缩小（Ctrl+-）</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="38" />
        <source>放大</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="38" />
        <source>放大（Ctrl++）</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="43" />
        <source>适合宽度</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="43" />
        <source>页面宽度适合窗口</source>
        <translation>页面宽度适合窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="46" />
        <source>适合页面</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="46" />
        <source>整页显示在窗口内</source>
        <translation>整页显示在窗口内</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="51" />
        <source>向左旋转</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="51" />
        <source>逆时针旋转 90°</source>
        <translation>逆时针旋转 90°</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="54" />
        <source>向右旋转</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="54" />
        <source>顺时针旋转 90°</source>
        <translation>顺时针旋转 90°</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="58" />
        <source>打印…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="58" />
        <source>打印此文件</source>
        <translation>打印此文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="60" />
        <source>另存为…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="60" />
        <source>把此文件另存一份</source>
        <translation>把此文件另存一份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="63" />
        <source>复制本页文字</source>
        <translation>复制本页文字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="63" />
        <source>复制当前页的文字</source>
        <translation>复制当前页的文字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="67" />
        <source>上一页</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="67" />
        <source>上一页（PgUp）</source>
        <translation>上一页（PgUp）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="69" />
        <source>下一页</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="69" />
        <source>下一页（PgDn）</source>
        <translation>下一页（PgDn）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="71" />
        <source>第一页</source>
        <translation>第一页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="71" />
        <source>第一页（Home）</source>
        <translation>第一页（Home）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="73" />
        <source>最后一页</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="73" />
        <source>最后一页（End）</source>
        <translation>最后一页（End）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="77" />
        <source>查找</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="77" />
        <source>在文件中查找文字（Ctrl+F）</source>
        <translation>在文件中查找文字（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="79" />
        <source>下一个</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="79" />
        <source>下一个匹配（F3）</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="82" />
        <source>上一个</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pdf/actions.py" line="82" />
        <source>上一个匹配（Shift+F3）</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
</context>
<context>
    <name>WorkspaceWindow</name>
    <message>
        <location filename="../../desktop/views/workspace/window.py" line="275" />
        <source>读取本地记录失败：{error}</source>
        <translation>读取本地记录失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/window.py" line="305" />
        <source>审核工作区 — {name}（第 {n} / {count} 条）</source>
        <translation>审核工作区 — {name}（第 {n} / {count} 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/window.py" line="425" />
        <source>已是列表中的最后一条记录，本列表已审完。</source>
        <translation>已是列表中的最后一条记录，本列表已审完。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/window.py" line="444" />
        <source>未能保存审核结果：
{reasons}</source>
        <translation>未能保存审核结果：
{reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/workspace/window.py" line="448" />
        <source>未能在本机保存审核结果（{kind}：{error}），请重试。</source>
        <translation>未能在本机保存审核结果（{kind}：{error}），请重试。</translation>
    </message>
</context>
<context>
    <name>YearDialog</name>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="61" />
        <location filename="../../desktop/views/settings/year_dialog.py" line="143" />
        <source>新建奖补年份</source>
        <translation>新建奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="61" />
        <source>修改奖补年份</source>
        <translation>修改奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="85" />
        <source>上个奖补年份+1。</source>
        <translation>上个奖补年份+1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="85" />
        <source>不能更改。</source>
        <translation>不能更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="86" />
        <source>奖补年份</source>
        <translation>奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="89" />
        <source>Pdf文件大小上限</source>
        <translation>Pdf文件大小上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="91" />
        <source>上传单个Pdf文件的大小上限，1-20之间，单位M。</source>
        <translation>上传单个Pdf文件的大小上限，1-20之间，单位M。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="95" />
        <source>Zip压缩包大小上限</source>
        <translation>Zip压缩包大小上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="97" />
        <source>上传单个Zip压缩包的大小上限，2-60之间，单位M。</source>
        <translation>上传单个Zip压缩包的大小上限，2-60之间，单位M。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="99" />
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="99" />
        <source>5-100个字。</source>
        <translation>5-100个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="107" />
        <source>将复制 {} 年的奖补标准（{} 行）和材料清单（{} 项）</source>
        <translation>将复制 {} 年的奖补标准（{} 行）和材料清单（{} 项）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="113" />
        <source>将使用手册所列 2024 年的奖补标准和材料清单作为初始数据</source>
        <translation>将使用手册所列 2024 年的奖补标准和材料清单作为初始数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="115" />
        <source>特别提示：创建 {} 年奖补年份时，{}，并新建一个【开放】申报状态，截止日期为一个月后（{}）。创建后所有当前登录的账号（包括您自己）都将退出登录，需要重新登录。</source>
        <translation>特别提示：创建 {} 年奖补年份时，{}，并新建一个【开放】申报状态，截止日期为一个月后（{}）。创建后所有当前登录的账号（包括您自己）都将退出登录，需要重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="134" />
        <source>没有修改任何内容。</source>
        <translation>没有修改任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="144" />
        <source>确定新建 {} 年奖补年份吗？</source>
        <translation>确定新建 {} 年奖补年份吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/year_dialog.py" line="146" />
        <source>新建并退出登录</source>
        <translation>新建并退出登录</translation>
    </message>
</context>
<context>
    <name>YearsPage</name>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="75" />
        <source>新建奖补年份</source>
        <translation>新建奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="76" />
        <source>修改（双击）</source>
        <translation>修改（双击）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="77" />
        <source>删除</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="78" />
        <source>编辑奖补标准</source>
        <translation>编辑奖补标准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="79" />
        <source>编辑材料清单</source>
        <translation>编辑材料清单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="80" />
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="114" />
        <source>创建奖补年份时，将复制上个年份的奖补标准、材料清单等参数，同时新建一个【开放】申报状态（截止日期为一个月后）；所有当前登录的账号（包括您）都将退出登录。</source>
        <translation>创建奖补年份时，将复制上个年份的奖补标准、材料清单等参数，同时新建一个【开放】申报状态（截止日期为一个月后）；所有当前登录的账号（包括您）都将退出登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="135" />
        <source>管理奖补年份需要连接服务器，当前处于离线状态。</source>
        <translation>管理奖补年份需要连接服务器，当前处于离线状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="204" />
        <source>删除奖补年份</source>
        <translation>删除奖补年份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="205" />
        <source>确定删除 {} 年奖补年份吗？</source>
        <translation>确定删除 {} 年奖补年份吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="207" />
        <source>删除并退出登录</source>
        <translation>删除并退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="209" />
        <source>该年份的奖补标准、材料清单和申报状态将一并删除，所有当前登录的账号（包括您）都将退出登录。已有记录使用、或申报状态已在以前日期生效过的年份不能删除。</source>
        <translation>该年份的奖补标准、材料清单和申报状态将一并删除，所有当前登录的账号（包括您）都将退出登录。已有记录使用、或申报状态已在以前日期生效过的年份不能删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="232" />
        <source>已新建 {} 年奖补年份，申报开放至 {}。所有账号（包括您）都已退出登录，请重新登录。</source>
        <translation>已新建 {} 年奖补年份，申报开放至 {}。所有账号（包括您）都已退出登录，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="237" />
        <source>已修改 {} 年奖补年份。</source>
        <translation>已修改 {} 年奖补年份。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings/years_page.py" line="242" />
        <source>已删除 {} 年奖补年份。所有账号（包括您）都已退出登录，请重新登录。</source>
        <translation>已删除 {} 年奖补年份。所有账号（包括您）都已退出登录，请重新登录。</translation>
    </message>
</context>
<context>
    <name>_RangeControl</name>
    <message>
        <location filename="../../desktop/views/query/controls.py" line="218" />
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/controls.py" line="238" />
        <source>起值</source>
        <translation>起值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/controls.py" line="238" />
        <source>止值</source>
        <translation>止值</translation>
    </message>
</context>
<context>
    <name>_RuleRow</name>
    <message>
        <location filename="../../desktop/views/query/sort_rules.py" line="46" />
        <source>升序</source>
        <translation>升序</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/sort_rules.py" line="47" />
        <source>降序</source>
        <translation>降序</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/sort_rules.py" line="51" />
        <source>前移（先按此列排序）</source>
        <translation>前移（先按此列排序）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/sort_rules.py" line="53" />
        <source>后移</source>
        <translation>后移</translation>
    </message>
    <message>
        <location filename="../../desktop/views/query/sort_rules.py" line="55" />
        <source>删除此排序指标</source>
        <translation>删除此排序指标</translation>
    </message>
</context>
<context>
    <name>_YearTablePage</name>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="160" />
        <source>{0}（尚未同步奖补年份，请稍后刷新）</source>
        <translation>{0}（尚未同步奖补年份，请稍后刷新）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="162" />
        <source>{0}（{1}年）</source>
        <translation>{0}（{1}年）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lists/policy_pages.py" line="169" />
        <source>{0}：读取失败（{1}）</source>
        <translation>{0}：读取失败（{1}）</translation>
    </message>
</context>
</TS>