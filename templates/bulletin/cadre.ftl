<#-- One paragraph per moved cadre: who, from which post, to which post, since when; what followed. -->
<#import "lib.ftl" as l>
<#macro cadre m>
<p class="cadre">Đồng chí ${m.name}<#if m.birthYear??> (sinh năm ${m.birthYear})</#if><#if m.fromPost??>, <#if m.fromTitled && m.fromMonths??>sau <#if m.fromMonthsApprox>khoảng </#if>${m.fromMonths} tháng giữ chức vụ ${m.fromPost}<#elseif m.fromTitled>nguyên ${m.fromPost}<#else>trước đó là ${m.fromPost?uncap_first}</#if></#if>, được <#if m.decidedBy??>${m.decidedBy} </#if>${m.moveVerbs}${l.toward(m)}, <#if m.otherVerbs??>được ${m.otherVerbs} </#if>giữ chức vụ ${m.toPost} từ ${m.since}.<#list m.later as later> ${later.on?cap_first}, đồng chí ${m.shortName} <#if later.verbs??>được ${later.verbs} làm<#else>chuyển sang giữ chức vụ</#if> ${later.post}.</#list><#if m.stillHeldOn??> Tính đến ${m.stillHeldOn}, đồng chí ${m.shortName} vẫn đảm nhiệm cương vị này.</#if><#if m.swapWith??> Như vậy, đồng chí ${m.shortName} và đồng chí ${m.swapWith} đã đổi vị trí công tác cho nhau.</#if></p>
<#if m.action??><#assign a = m.action>
<p class="action">Khi nhận nhiệm vụ mới, đồng chí ${m.shortName} trình bày chương trình hành động<#if a.presentedTo??> trước ${a.presentedTo}</#if><#if a.on??> (${a.on})</#if><#if a.tasks?has_content>, với ${a.tasks?size} nhiệm vụ trọng tâm:<#else>.</#if></p>
<#if a.tasks?has_content>
<ol class="tasks"><#list a.tasks as t><li>${l.sentence(t)}</li></#list></ol>
</#if>
<#if a.aim??><p class="action">Mục tiêu chung của chương trình: ${l.sentence(a.aim)}</p></#if>
</#if>
</#macro>
