<#-- The footer under the login box: the same licence and contact lines as the site's footer. -->
<#macro content>
<div class="tt-login-footer">
  <#if client?? && client.baseUrl?has_content>
    <p><a href="${client.baseUrl}">${msg("ttBackToSite")}</a></p>
  </#if>
  <p>${msg("ttFooterLicence")} <a href="https://creativecommons.org/licenses/by-sa/4.0/deed.vi" rel="license">CC BY-SA 4.0</a>.</p>
  <p>${msg("ttFooterContact")}</p>
</div>
</#macro>
