<#-- Small helpers of the bulletin templates: lists in running text, names of documents, targets. -->

<#-- "A", "A và B", "A, B và C" -->
<#macro join items><#list items as i>${i}<#sep><#if i?has_next && i?index == items?size - 2> và <#else>, </#if></#sep></#list></#macro>

<#-- A programme as running text names it: "Công văn số 915 ngày 05/04/2022 của Tỉnh ủy Quảng Nam". -->
<#function ref r><#return r.name + (r.on??)?then(" " + r.on!, "") + (r.issuer??)?then(" của " + r.issuer!, "")></#function>

<#-- A target as a noun phrase: "ít nhất 2 cán bộ luân chuyển về cơ sở mỗi năm", "ít nhất 30% đơn vị cấp xã …";
     only what is counted when the document sets no number. -->
<#function target t>
  <#if !t.threshold??><#return t.counted></#if>
  <#return t.comparison + " " + t.threshold + t.share?then("%", "") + " " + t.counted>
</#function>

<#-- What qualifies a target: "(đến năm 2025)", "(không nêu con số; đến năm 2026)", "". -->
<#function targetTerms t>
  <#local terms = []>
  <#if !t.threshold??><#local terms += ["không nêu con số"]></#if>
  <#if t.deadline??><#local terms += ["đến " + t.deadline]></#if>
  <#return terms?has_content?then(" (" + terms?join("; ") + ")", "")>
</#function>

<#-- A text from the data as a sentence: adds the final full stop when it has none. -->
<#-- A count as Vietnamese writes it: "4.106". -->
<#function num n><#return n?string(",##0")></#function>

<#function sentence s><#return s?matches(".*[.!?…]\\s*", "s")?then(s, s + ".")></#function>

<#-- Where a move led: "về xã", "về thành phố"; nothing for lateral or unknown moves. -->
<#function toward m>
  <#if m.direction == "down" || m.direction == "up"><#return " về " + m.toPlace></#if>
  <#return "">
</#function>

<#function statusWord s>
  <#switch s>
    <#case "met"><#return "Đạt">
    <#case "unmet"><#return "Chưa đạt">
    <#case "unrecorded"><#return "Hồ sơ chưa ghi nhận đủ">
    <#case "no-threshold"><#return "Văn bản không nêu con số để so sánh">
    <#default><#return "Chưa có số liệu">
  </#switch>
</#function>
