<#-- The headline, composed from the figure the view picked (view.headline.kind). -->
<#import "lib.ftl" as l>
<#macro headline v>
<#assign h = v.headline s = v.scope n = v.summary>
<#switch h.kind>
  <#case "review">${s.unitShort} sơ kết <#if s.reviewYears??>${s.reviewYears} năm thực hiện </#if>${s.review.programme.name}<#if h.value??>: ${h.value} lượt cán bộ được điều động, luân chuyển</#if><#break>
  <#case "share-target">${s.unitShort}: ${h.value} ${h.label}, <#if h.met>đạt<#else>chưa đạt</#if> mục tiêu ${h.target}<#break>
  <#case "moves"><#if n.down == n.moves>${s.unitShort}: ${l.num(n.moves)} lượt cán bộ được điều động, luân chuyển về cơ sở ${s.periodPhrase}<#elseif n.up == n.moves>${s.unitShort}: ${l.num(n.moves)} lượt cán bộ từ cơ sở được điều động lên cấp trên ${s.periodPhrase}<#else>${s.unitShort}: ${l.num(n.moves)} lượt điều động, luân chuyển cán bộ ${s.periodPhrase}<#if n.down gt 0>, ${l.num(n.down)} lượt về cơ sở</#if></#if><#break>
  <#case "declared-moves">${s.unitShort}: ${h.value} lượt cán bộ được điều động, luân chuyển<#if h.when?has_content> ${h.when}</#if><#break>
  <#case "evaluation">${s.unitShort}: ${h.value} cán bộ ${h.place} ${h.label} trở lên trong ${h.when}<#break>
  <#case "training">${s.unitShort}: ${h.value} học viên qua các lớp đào tạo, bồi dưỡng<#if h.when?has_content> ${h.when}</#if><#break>
  <#case "share">${s.unitShort}: ${h.value} ${h.label}<#break>
  <#case "count">${s.unitShort}: ${h.value} ${h.label}<#if h.when?has_content>, ${h.when}</#if><#break>
  <#case "result">${h.place?cap_first}: ${h.label} (${h.value})<#break>
  <#default>Luân chuyển cán bộ ở ${s.unitName} ${s.periodLabel}
</#switch>
</#macro>
