<#ftl output_format="HTML" strip_whitespace=true>
<#-- Helpers for the templates JBake renders (articles, archive, tags): the layout's meta and
     site from JBake's model, and Vietnamese dates. -->
<#setting locale="vi_VN">
<#function site>
  <#return {"host": config.site_host, "name": "Luân chuyển cán bộ"}>
</#function>
<#function meta title description path root ogType>
  <#return {"title": title, "description": description, "path": path, "root": root, "ogType": ogType, "jsonLd": ""}>
</#function>
<#function day date><#return date?string("EEEE, dd/MM/yyyy")?cap_first></#function>
<#function iso date><#return date?string("yyyy-MM-dd")></#function>
<#-- The ASCII address of a tag, as view.TagPages makes it with ICU: tone marks and đ folded. -->
<#function slug tag>
  <#local s = tag?lower_case>
  <#local s = s?replace("[àáảãạăằắẳẵặâầấẩẫậ]", "a", "r")?replace("[èéẻẽẹêềếểễệ]", "e", "r")?replace("[ìíỉĩị]", "i", "r")>
  <#local s = s?replace("[òóỏõọôồốổỗộơờớởỡợ]", "o", "r")?replace("[ùúủũụưừứửữự]", "u", "r")?replace("[ỳýỷỹỵ]", "y", "r")>
  <#local s = s?replace("đ", "d")?replace("[^a-z0-9]+", "-", "r")?replace("^-+|-+$", "", "r")>
  <#return s>
</#function>
