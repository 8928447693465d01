from django.urls import path

from console.chat import views

app_name = "chat"

urlpatterns = [
    path("", views.chat_home, name="home"),
    path("sign-in/", views.sign_in, name="sign_in"),
    path("sign-out/", views.sign_out, name="sign_out"),
    path("new/", views.new_chat, name="new"),
    path("<uuid:conversation_id>/", views.conversation_page, name="conversation"),
]
